#include "core/execution/OrderRound.h"

#include "core/execution/ExecutionMode.h"
#include "core/storage/StorageRecords.h"

#include <algorithm>

namespace polaris {

namespace {

bool isOpen(const OrderStatusReport& report)
{
    return !isTerminal(report.state) && report.state != OrderState::Intent
           && !report.venueOrderId.empty();
}

/// Filled shares the venue has not itemised as fills yet (it may say "filled" first).
bool unitemised(const OrderStatusReport& report)
{
    Decimal itemised;
    for (const FillReport& fill : report.fills) {
        itemised += fill.shares;
    }
    return !report.venueOrderId.empty() && report.filledShares > itemised;
}

bool sameFill(const FillReport& a, const FillReport& b)
{
    if (!a.fillId.empty() || !b.fillId.empty()) {
        return a.fillId == b.fillId;
    }
    return a.venueOrderId == b.venueOrderId && a.price == b.price && a.shares == b.shares
           && a.timeMs == b.timeMs;
}

std::string errorText(const OrderStatusReport& report)
{
    if (report.error == TradingError::None) {
        return report.state == OrderState::Cancelled ? report.message : std::string();
    }
    return std::string(tradingErrorName(report.error)) + ": " + report.message;
}

} // namespace

OrderRound::OrderRound(Context context, std::vector<OrderIntent> intents, std::string purpose)
    : m_context(std::move(context))
{
    const std::int64_t nowMs = m_context.clock.nowMs();
    m_orders.reserve(intents.size());
    for (OrderIntent& intent : intents) {
        Order order;
        order.report.clientOrderId = intent.clientOrderId;
        order.report.tokenId = intent.tokenId;
        order.report.side = intent.side;
        order.report.limitPrice = intent.limitPrice;
        order.report.originalShares = intent.shares;
        order.report.state = OrderState::Intent;
        order.report.createdAtMs = nowMs;
        order.intent = std::move(intent);
        order.purpose = purpose;
        order.createdAtMs = nowMs;
        m_orders.push_back(std::move(order));
    }
}

Status OrderRound::recordIntents()
{
    for (const Order& order : m_orders) {
        OrderRecord record;
        record.orderId = order.intent.clientOrderId;
        record.execId = m_context.executionId;
        record.tokenId = order.intent.tokenId;
        record.side = order.intent.side;
        record.orderType = orderTypeName(order.intent.type);
        record.limitPrice = order.intent.limitPrice;
        record.shares = order.intent.shares;
        record.status = orderStateName(OrderState::Intent);
        record.createdAtMs = order.createdAtMs;
        record.updatedAtMs = order.createdAtMs;
        record.conditionId = order.intent.conditionId;
        record.purpose = order.purpose;
        record.mode = executionModeName(m_context.gateway.mode());
        if (Status status = m_context.records.persist(std::move(record)); !status.ok()) {
            return Error{status.error().code,
                         "order " + order.intent.clientOrderId + ": " + status.error().detail};
        }
    }
    return okStatus();
}

void OrderRound::persistOrder(const Order& order)
{
    OrderRecord record;
    record.orderId = order.intent.clientOrderId;
    record.execId = m_context.executionId;
    record.venueOrderId = order.report.venueOrderId;
    record.tokenId = order.intent.tokenId;
    record.side = order.intent.side;
    record.orderType = orderTypeName(order.intent.type);
    record.limitPrice = order.intent.limitPrice;
    record.shares = order.intent.shares;
    record.status = orderStateName(order.report.state);
    record.createdAtMs = order.createdAtMs;
    record.updatedAtMs = m_context.clock.nowMs();
    record.errorMessage = errorText(order.report);
    record.conditionId = order.intent.conditionId;
    record.filledShares = order.report.filledShares;
    record.purpose = order.purpose;
    record.mode = executionModeName(m_context.gateway.mode());
    if (Status status = m_context.records.persist(std::move(record)); !status.ok()) {
        ++m_recordFailures;
        m_lastRecordError = status.error().detail;
    }
}

void OrderRound::persistFills(const Order& order)
{
    for (const FillReport& fill : order.report.fills) {
        if (fill.fillId.empty() || m_persistedFills.contains(fill.fillId)) {
            continue;
        }
        FillRecord record;
        record.fillId = fill.fillId;
        record.orderId = order.intent.clientOrderId;
        record.tokenId = fill.tokenId.empty() ? order.intent.tokenId : fill.tokenId;
        record.price = fill.price;
        record.shares = fill.shares;
        record.fee = fill.fee;
        record.filledAtMs = fill.timeMs;
        record.side = fill.side;
        if (Status status = m_context.records.persist(std::move(record)); !status.ok()) {
            ++m_recordFailures;
            m_lastRecordError = status.error().detail;
            continue; // retried with the next news about this order
        }
        m_persistedFills.insert(fill.fillId);
    }
}

bool OrderRound::mergeFills(Order& order, const std::vector<FillReport>& fills) const
{
    bool added = false;
    for (const FillReport& fill : fills) {
        const bool known = std::any_of(order.report.fills.begin(), order.report.fills.end(),
                                       [&](const FillReport& k) { return sameFill(k, fill); });
        if (known) {
            continue;
        }
        FillReport merged = fill;
        if (merged.fee.isZero() && order.intent.type != OrderType::Gtc && m_context.takerFee) {
            // FOK/FAK fills are always the taker's. (A GTC fill may be either: left as given.)
            merged.fee = m_context.takerFee(merged.tokenId.empty() ? order.intent.tokenId
                                                                   : merged.tokenId,
                                            merged.shares, merged.price);
        }
        order.report.fills.push_back(std::move(merged));
        added = true;
    }
    return added;
}

void OrderRound::apply(const OrderStatusReport& report)
{
    const auto it = std::find_if(m_orders.begin(), m_orders.end(), [&](const Order& order) {
        return (!report.clientOrderId.empty() && order.intent.clientOrderId == report.clientOrderId)
               || (!report.venueOrderId.empty()
                   && order.report.venueOrderId == report.venueOrderId);
    });
    if (it == m_orders.end()) {
        return; // not one of this round's orders: never ours to touch
    }
    const bool changed = it->report.state != report.state
                         || it->report.filledShares != report.filledShares
                         || it->report.venueOrderId != report.venueOrderId;
    // Reports carry the fills they know of: a trade event only its own, status() all of them.
    std::vector<FillReport> knownFills = std::move(it->report.fills);
    it->report = report;
    it->report.clientOrderId = it->intent.clientOrderId;
    it->report.fills = std::move(knownFills);
    const bool newFills = mergeFills(*it, report.fills);
    if (changed || newFills) {
        persistOrder(*it);
    }
    persistFills(*it);
}

bool OrderRound::anyOpen() const
{
    return std::any_of(m_orders.begin(), m_orders.end(),
                       [](const Order& order) { return isOpen(order.report); });
}

bool OrderRound::anyPending() const
{
    return std::any_of(m_orders.begin(), m_orders.end(), [](const Order& order) {
        return isOpen(order.report) || unitemised(order.report);
    });
}

Status OrderRound::run()
{
    std::vector<OrderIntent> intents;
    intents.reserve(m_orders.size());
    for (const Order& order : m_orders) {
        intents.push_back(order.intent);
    }
    Result<std::vector<OrderStatusReport>> placed = m_context.gateway.place(intents);
    if (!placed.ok()) {
        for (Order& order : m_orders) {
            order.report.state = OrderState::Unknown;
            order.report.error = TradingError::Transport;
            order.report.message = placed.error().detail;
            persistOrder(order);
        }
        return placed.error();
    }
    for (std::size_t i = 0; i < m_orders.size(); ++i) {
        OrderStatusReport report = i < placed->size() ? (*placed)[i] : OrderStatusReport{};
        if (i >= placed->size()) {
            report.state = OrderState::Unknown;
            report.error = TradingError::Transport;
            report.message = "the venue's answer had no entry for this order";
        }
        report.clientOrderId = m_orders[i].intent.clientOrderId;
        apply(report);
    }
    awaitFills();
    cancelOpen();
    return okStatus();
}

void OrderRound::awaitFills()
{
    const std::int64_t deadline = m_context.clock.nowMs() + m_context.fillTimeoutMs;
    const int poll = std::max(1, m_context.pollIntervalMs);
    // Bounded by the clock and by a count, so a clock that does not move cannot hang us.
    const int maxRounds = m_context.fillTimeoutMs / poll + 2;
    for (int round = 0; round < maxRounds && anyPending(); ++round) {
        const std::int64_t left = deadline - m_context.clock.nowMs();
        if (left <= 0) {
            break;
        }
        for (const OrderStatusReport& update : m_context.gateway.waitForUpdates(
                     static_cast<int>(std::min<std::int64_t>(poll, left)))) {
            apply(update);
        }
        for (std::size_t i = 0; i < m_orders.size(); ++i) {
            if (isOpen(m_orders[i].report) || unitemised(m_orders[i].report)) {
                if (auto status = m_context.gateway.status(m_orders[i].report.venueOrderId)) {
                    apply(*status);
                }
            }
        }
    }
}

void OrderRound::cancelOpen()
{
    std::vector<std::string> open;
    for (const Order& order : m_orders) {
        if (isOpen(order.report)) {
            open.push_back(order.report.venueOrderId);
        }
    }
    if (open.empty()) {
        return;
    }
    const auto cancelled = m_context.gateway.cancel(open);
    for (std::size_t i = 0; i < m_orders.size(); ++i) {
        if (!isOpen(m_orders[i].report)) {
            continue;
        }
        // The final word, fills included, comes from the venue after the cancel.
        if (auto status = m_context.gateway.status(m_orders[i].report.venueOrderId)) {
            apply(*status);
        } else if (cancelled.ok()
                   && std::find(cancelled->begin(), cancelled->end(),
                                m_orders[i].report.venueOrderId)
                              != cancelled->end()) {
            OrderStatusReport report = m_orders[i].report;
            report.state = OrderState::Cancelled;
            report.message = "cancelled after the fill timeout";
            apply(report);
        }
    }
}

} // namespace polaris
