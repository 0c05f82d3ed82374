#pragma once

#include "core/execution/OrderTypes.h"
#include "core/venues/polymarket/TradingReports.h"
#include "core/venues/polymarket/TradingTypes.h"

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <variant>
#include <vector>

namespace polaris::polymarket {

/// What the live gateway knows about the orders it placed (venue id -> our intent, fill so far,
/// last state) and the queue of venue news about them. Thread-safe (one mutex): the venue worker
/// thread pushes user-channel events and REST answers, the execution thread tracks orders and
/// drains the queue. Plain C++.
///
/// Draining turns events into OrderStatusReports with clientOrderId set for our orders. Trade
/// events repeat for every settlement step (MATCHED, MINED, CONFIRMED): each fill is reported
/// once. A FAILED trade whose fill was reported yields a report with state Unknown naming the
/// trade, so that the engine re-reads the order.
class OrderTracker
{
public:
    explicit OrderTracker(std::size_t maxQueued = 10'000);

    void setAccount(AccountIdentity account);
    AccountIdentity account() const;

    /// Remembers an order about to be sent under its venue id (the signed order hash).
    void track(const std::string& venueOrderId, const OrderIntent& intent);
    /// Sets clientOrderId (and the intent's size and price when the venue left them out) on a
    /// report about one of our orders and records its state and fill. Untracked: unchanged.
    void annotate(OrderStatusReport& report);
    /// Also knows the order under another id (when the venue answers with an id of its own).
    void alias(const std::string& venueOrderId, const std::string& trackedId);

    bool isOurOrder(std::string_view venueOrderId) const;
    /// Tracked orders not known to be finished (for reconciliation after a reconnect).
    std::vector<std::string> openOrderIds() const;
    /// Our fills in a trade (by tracked order id, API key or funder address).
    std::vector<FillReport> fills(const ClobTrade& trade) const;

    void push(UserOrderEvent event);
    void push(ClobTrade trade);
    void push(OrderStatusReport report);

    /// Waits at most timeoutMs for news, then converts and returns everything queued.
    std::vector<OrderStatusReport> waitForUpdates(int timeoutMs);

    std::size_t queued() const;
    std::size_t dropped() const;

private:
    struct Tracked
    {
        OrderIntent intent;
        Decimal filled;    ///< the most the venue or our fills ever said
        Decimal fromFills; ///< sum of the fills reported
        OrderState state = OrderState::Sent;
    };
    using Update = std::variant<UserOrderEvent, ClobTrade, OrderStatusReport>;

    void enqueue(Update update);
    void annotateLocked(OrderStatusReport& report);
    void convertTrade(const ClobTrade& trade, std::vector<OrderStatusReport>& out);
    std::vector<FillReport> fillsLocked(const ClobTrade& trade) const;

    mutable std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<Update> m_queue;
    std::size_t m_maxQueued;
    std::size_t m_dropped = 0;
    AccountIdentity m_account;
    std::unordered_map<std::string, Tracked> m_orders;
    std::unordered_set<std::string> m_reportedFills;
};

} // namespace polaris::polymarket
