#pragma once

#include "core/execution/ExecutionMode.h"
#include "core/execution/OrderTypes.h"
#include "core/util/Result.h"

#include <span>
#include <string>
#include <vector>

namespace polaris {

/// Where orders go: the paper matcher or the live CLOB. Synchronous by design: the execution
/// engine runs on its own thread (never the GUI's, never the scanner's) and a basket's flow is a
/// sequence of steps that each need the previous answer. Every call is bounded by the
/// implementation's timeout and returns an Error instead of blocking forever.
class OrderGateway
{
public:
    virtual ~OrderGateway() = default;

    virtual ExecutionMode mode() const = 0;

    /// Places the intents together (the batch endpoint, split by 15). One report per intent, in
    /// the same order, each with clientOrderId set. An Error means the request's outcome is not
    /// known (transport failure): the caller marks the orders Unknown and reconciles.
    /// A single report with state Unknown and error Transport means that order's outcome is
    /// unknown (its request got no usable answer) while the others' are known; its venueOrderId
    /// is the signed order's hash, which is the venue's order id, so status() can be asked
    /// about it. A report may give filledShares before it lists the fills (live: the answer
    /// carries matched amounts only); the fills follow through waitForUpdates() or status(),
    /// and live fills carry fee 0 (V2 trades give a rate only: the engine charges the market's
    /// taker fee on FOK/FAK fills).
    virtual Result<std::vector<OrderStatusReport>> place(std::span<const OrderIntent> intents) = 0;

    /// Cancels these orders (ours only, never cancel-all). Returns the ids the venue cancelled.
    virtual Result<std::vector<std::string>> cancel(std::span<const std::string> venueOrderIds) = 0;

    /// The current state of one order, with its fills as far as known.
    virtual Result<OrderStatusReport> status(const std::string& venueOrderId) = 0;

    /// Waits at most `timeoutMs` for news about any order (a user-channel event, a paper fill);
    /// returns what arrived, possibly nothing. Lets the engine poll status() less often.
    virtual std::vector<OrderStatusReport> waitForUpdates(int timeoutMs) = 0;

    /// The account's open orders and trades since a time: reconciliation after a restart.
    virtual Result<std::vector<OrderStatusReport>> openOrders() = 0;
    virtual Result<std::vector<FillReport>> fillsSince(std::int64_t sinceMs) = 0;

    /// Collateral available to trade (USDC / pUSD).
    virtual Result<Decimal> collateralBalance() = 0;

    /// The round trip of the last request, for the Layer 4 latency breaker; 0 when unknown.
    virtual std::int64_t lastLatencyMs() const = 0;
};

} // namespace polaris
