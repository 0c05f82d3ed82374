#pragma once

#include "core/execution/OrderGateway.h"
#include "core/execution/RecordSink.h"
#include "core/util/Clock.h"

#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace polaris {

/// One batch of an execution's orders (the basket's legs, or its patch / unwind orders) from
/// intent to final state, persisted before and after each step: every order recorded as INTENT
/// before any is sent, all sent in one place(), the answers recorded, fills awaited (gateway
/// news plus status polling) up to the timeout, this round's still-open orders (and only those)
/// cancelled, every state change and fill recorded as it becomes known. A venue answer says how
/// much filled before it itemises the fills (live: trade events or status()): the round also
/// waits, within the same timeout, until every filled share is itemised. Fills from separate
/// reports (one trade event each) are merged by fill id.
/// Plain C++; used by ExecutionEngine on the execution thread.
class OrderRound
{
public:
    struct Context
    {
        OrderGateway& gateway;
        RecordSink& records;
        const Clock& clock;
        std::string executionId;
        int fillTimeoutMs = 10'000;
        int pollIntervalMs = 250;
        /// The taker fee of a fill of a FOK/FAK order (always a taker) that the venue reported
        /// without one: live V2 trades carry only a rate, the fee is set at match time. Empty:
        /// fills keep the fee they came with.
        std::function<Decimal(std::string_view tokenId, Decimal shares, Decimal price)> takerFee;
    };

    struct Order
    {
        OrderIntent intent;
        OrderStatusReport report;
        std::string purpose; ///< LEG / PATCH / UNWIND
        std::int64_t createdAtMs = 0;
    };

    OrderRound(Context context, std::vector<OrderIntent> intents, std::string purpose);

    /// Records every order as INTENT. An error means at least one record failed: send nothing.
    Status recordIntents();
    /// Sends, waits, cancels what is still open. An Error means place() failed in transport: the
    /// orders are recorded UNKNOWN and must be reconciled with the venue.
    Status run();

    const std::vector<Order>& orders() const { return m_orders; }
    /// Records that failed after the orders left (they cannot be undone; reported).
    int recordFailures() const { return m_recordFailures; }
    std::string lastRecordError() const { return m_lastRecordError; }

private:
    void apply(const OrderStatusReport& report);
    /// Adds the fills not known yet (by fill id), with the taker fee where the venue gave none.
    bool mergeFills(Order& order, const std::vector<FillReport>& fills) const;
    bool anyOpen() const;
    bool anyPending() const; ///< open, or filled shares not itemised yet
    void persistOrder(const Order& order);
    void persistFills(const Order& order);
    void awaitFills();
    void cancelOpen();

    Context m_context;
    std::vector<Order> m_orders;
    std::set<std::string> m_persistedFills;
    int m_recordFailures = 0;
    std::string m_lastRecordError;
};

} // namespace polaris
