#include "core/venues/polymarket/OrderTracker.h"

#include <algorithm>
#include <chrono>
#include <map>

namespace polaris::polymarket {

namespace {
// Bounds on memory for a long session; terminal orders and old fill ids go first.
constexpr std::size_t kMaxTrackedOrders = 50'000;
constexpr std::size_t kMaxReportedFills = 200'000;
} // namespace

OrderTracker::OrderTracker(std::size_t maxQueued)
    : m_maxQueued(std::max<std::size_t>(1, maxQueued))
{}

void OrderTracker::setAccount(AccountIdentity account)
{
    std::lock_guard lock(m_mutex);
    m_account = std::move(account);
}

AccountIdentity OrderTracker::account() const
{
    std::lock_guard lock(m_mutex);
    return m_account;
}

void OrderTracker::track(const std::string& venueOrderId, const OrderIntent& intent)
{
    std::lock_guard lock(m_mutex);
    if (m_orders.size() >= kMaxTrackedOrders) {
        std::erase_if(m_orders, [](const auto& entry) { return isTerminal(entry.second.state); });
    }
    m_orders[venueOrderId] = Tracked{intent, Decimal(), Decimal(), OrderState::Sent};
}

void OrderTracker::alias(const std::string& venueOrderId, const std::string& trackedId)
{
    std::lock_guard lock(m_mutex);
    const auto found = m_orders.find(trackedId);
    if (found != m_orders.end() && venueOrderId != trackedId) {
        m_orders[venueOrderId] = found->second;
    }
}

void OrderTracker::annotate(OrderStatusReport& report)
{
    std::lock_guard lock(m_mutex);
    annotateLocked(report);
}

void OrderTracker::annotateLocked(OrderStatusReport& report)
{
    const auto found = m_orders.find(report.venueOrderId);
    if (found == m_orders.end()) {
        return;
    }
    Tracked& tracked = found->second;
    report.clientOrderId = tracked.intent.clientOrderId;
    if (report.tokenId.empty()) {
        report.tokenId = tracked.intent.tokenId;
    }
    if (report.originalShares.isZero()) {
        report.originalShares = tracked.intent.shares;
        report.side = tracked.intent.side;
    }
    if (report.limitPrice.isZero()) {
        report.limitPrice = tracked.intent.limitPrice;
    }
    tracked.filled = max(tracked.filled, report.filledShares);
    if (report.state != OrderState::Unknown) {
        tracked.state = report.state;
    }
}

bool OrderTracker::isOurOrder(std::string_view venueOrderId) const
{
    std::lock_guard lock(m_mutex);
    return m_orders.contains(std::string(venueOrderId));
}

std::vector<std::string> OrderTracker::openOrderIds() const
{
    std::lock_guard lock(m_mutex);
    std::vector<std::string> ids;
    for (const auto& [id, tracked] : m_orders) {
        if (!isTerminal(tracked.state)) {
            ids.push_back(id);
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::vector<FillReport> OrderTracker::fillsLocked(const ClobTrade& trade) const
{
    return accountFills(trade, m_account,
                        [this](std::string_view id) { return m_orders.contains(std::string(id)); });
}

std::vector<FillReport> OrderTracker::fills(const ClobTrade& trade) const
{
    std::lock_guard lock(m_mutex);
    return fillsLocked(trade);
}

void OrderTracker::push(UserOrderEvent event)
{
    enqueue(std::move(event));
}

void OrderTracker::push(ClobTrade trade)
{
    enqueue(std::move(trade));
}

void OrderTracker::push(OrderStatusReport report)
{
    enqueue(std::move(report));
}

void OrderTracker::enqueue(Update update)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_queue.size() >= m_maxQueued) {
            m_queue.pop_front(); // nobody drains: keep the newest news
            ++m_dropped;
        }
        m_queue.push_back(std::move(update));
    }
    m_ready.notify_one();
}

std::size_t OrderTracker::queued() const
{
    std::lock_guard lock(m_mutex);
    return m_queue.size();
}

std::size_t OrderTracker::dropped() const
{
    std::lock_guard lock(m_mutex);
    return m_dropped;
}

void OrderTracker::convertTrade(const ClobTrade& trade, std::vector<OrderStatusReport>& out)
{
    if (isFailedTrade(trade)) {
        // Which of our fills did this trade carry? Read it as if it had matched.
        ClobTrade matched = trade;
        matched.status = "MATCHED";
        for (const FillReport& fill : fillsLocked(matched)) {
            if (!m_reportedFills.contains(fill.fillId)) {
                continue;
            }
            OrderStatusReport report;
            report.venueOrderId = fill.venueOrderId;
            report.tokenId = fill.tokenId;
            report.side = fill.side;
            report.state = OrderState::Unknown;
            report.error = TradingError::Unknown;
            report.message = "trade " + trade.id + " FAILED on chain: the fill of "
                             + fill.shares.toString() + " at " + fill.price.toString()
                             + " did not settle; re-read the order";
            annotateLocked(report);
            out.push_back(std::move(report));
        }
        return;
    }
    // One report per order, fills not reported before.
    std::map<std::string, std::vector<FillReport>> byOrder;
    for (FillReport& fill : fillsLocked(trade)) {
        if (m_reportedFills.insert(fill.fillId).second) {
            byOrder[fill.venueOrderId].push_back(std::move(fill));
        }
    }
    if (m_reportedFills.size() > kMaxReportedFills) {
        m_reportedFills.clear(); // after this many, a repeat is long past its settlement steps
    }
    for (auto& [orderId, fills] : byOrder) {
        OrderStatusReport report;
        report.venueOrderId = orderId;
        report.tokenId = fills.front().tokenId;
        report.side = fills.front().side;
        report.limitPrice = fills.front().price;
        Decimal shares;
        for (const FillReport& fill : fills) {
            shares += fill.shares;
        }
        const auto found = m_orders.find(orderId);
        if (found != m_orders.end()) {
            Tracked& tracked = found->second;
            tracked.fromFills += shares;
            tracked.filled = max(tracked.filled, tracked.fromFills);
            report.filledShares = tracked.filled;
            report.originalShares = tracked.intent.shares;
            report.limitPrice = tracked.intent.limitPrice;
            report.state = tracked.filled >= tracked.intent.shares ? OrderState::Filled
                           : isTerminal(tracked.state)             ? tracked.state
                                                                   : OrderState::Live;
        } else {
            report.filledShares = shares;
            report.state = OrderState::Unknown; // not placed by this session
        }
        report.fills = std::move(fills);
        report.message = "trade " + trade.id + " " + trade.status;
        annotateLocked(report);
        out.push_back(std::move(report));
    }
}

std::vector<OrderStatusReport> OrderTracker::waitForUpdates(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    m_ready.wait_for(lock, std::chrono::milliseconds(std::max(0, timeoutMs)),
                     [this] { return !m_queue.empty(); });
    std::deque<Update> batch;
    batch.swap(m_queue);
    std::vector<OrderStatusReport> out;
    for (Update& update : batch) {
        if (auto* event = std::get_if<UserOrderEvent>(&update)) {
            OrderStatusReport report = orderEventReport(*event);
            annotateLocked(report);
            out.push_back(std::move(report));
        } else if (auto* trade = std::get_if<ClobTrade>(&update)) {
            convertTrade(*trade, out);
        } else {
            OrderStatusReport& report = std::get<OrderStatusReport>(update);
            annotateLocked(report);
            out.push_back(std::move(report));
        }
    }
    return out;
}

} // namespace polaris::polymarket
