#include "core/execution/Reconciler.h"

#include <algorithm>
#include <map>
#include <set>

namespace polaris {

namespace {

/// Everything the venue told us about one of its orders.
struct VenueOrder
{
    std::string venueOrderId;
    const OrderStatusReport* report = nullptr; ///< open order or status answer
    bool open = false;
    std::vector<const FillReport*> fills;
    bool used = false;

    const std::string& tokenId() const { return report ? report->tokenId : fills.front()->tokenId; }
    TradeSide side() const { return report ? report->side : fills.front()->side; }
    /// Creation time: the report's, else the first trade's; 0 = unknown.
    std::int64_t timeMs() const
    {
        if (report) {
            return report->createdAtMs;
        }
        std::int64_t first = fills.front()->timeMs;
        for (const FillReport* fill : fills) {
            first = std::min(first, fill->timeMs);
        }
        return first;
    }
};

std::string shortId(const std::string& id)
{
    return id.size() > 14 ? id.substr(0, 12) + "..." : id;
}

const char* sideName(TradeSide side)
{
    return side == TradeSide::Buy ? "BUY" : "SELL";
}

std::int64_t distance(std::int64_t a, std::int64_t b)
{
    return a > b ? a - b : b - a;
}

/// Whether a venue order could be this order of ours that never learnt its venue id.
bool couldBe(const VenueOrder& venue, const OrderRecord& order, std::int64_t windowMs)
{
    if (venue.used || venue.tokenId() != order.tokenId || venue.side() != order.side) {
        return false;
    }
    const std::int64_t time = venue.timeMs();
    if (time != 0 && distance(time, order.createdAtMs) > windowMs) {
        return false;
    }
    if (venue.report) {
        return venue.report->limitPrice == order.limitPrice
               && venue.report->originalShares == order.shares;
    }
    Decimal total;
    for (const FillReport* fill : venue.fills) {
        const bool withinLimit = order.side == TradeSide::Buy ? fill->price <= order.limitPrice
                                                              : fill->price >= order.limitPrice;
        if (!withinLimit) {
            return false;
        }
        total += fill->shares;
    }
    return total <= order.shares;
}

std::string describe(const OrderStatusReport& report)
{
    return std::string(sideName(report.side)) + " " + report.originalShares.toString() + " @ "
           + report.limitPrice.toString() + " of token " + shortId(report.tokenId) + " ("
           + report.filledShares.toString() + " filled)";
}

} // namespace

const char* reconcileIssueKindName(ReconcileIssue::Kind kind)
{
    switch (kind) {
    case ReconcileIssue::Kind::UnexpectedOrder:
        return "UNEXPECTED_ORDER";
    case ReconcileIssue::Kind::NeverSent:
        return "NEVER_SENT";
    case ReconcileIssue::Kind::NotFound:
        return "NOT_FOUND";
    case ReconcileIssue::Kind::UnrecordedFills:
        return "UNRECORDED_FILLS";
    case ReconcileIssue::Kind::Ambiguous:
        return "AMBIGUOUS";
    }
    return "UNEXPECTED_ORDER";
}

ReconcileResult Reconciler::reconcile(const ReconcileInput& input) const
{
    ReconcileResult result;
    std::map<std::string, VenueOrder> venue; // by venue order id
    // A report or trade without venue id cannot be matched to anything; it is ignored.
    for (const OrderStatusReport& report : input.openOrders) {
        if (report.venueOrderId.empty()) {
            continue;
        }
        VenueOrder& v = venue[report.venueOrderId];
        v.venueOrderId = report.venueOrderId;
        v.report = &report;
        v.open = true;
    }
    for (const OrderStatusReport& report : input.statuses) {
        if (report.venueOrderId.empty()) {
            continue;
        }
        VenueOrder& v = venue[report.venueOrderId];
        v.venueOrderId = report.venueOrderId;
        if (!v.open) {
            v.report = &report;
        }
    }
    std::set<std::string> seenFills;
    for (const FillRecord& fill : input.recordedFills) {
        seenFills.insert(fill.fillId);
    }
    // Trades from the trade list and those a report carries, each once.
    auto addFill = [&venue](const std::string& venueOrderId, const FillReport& fill) {
        VenueOrder& v = venue[venueOrderId];
        v.venueOrderId = venueOrderId;
        for (const FillReport* known : v.fills) {
            if (known->fillId == fill.fillId) {
                return;
            }
        }
        v.fills.push_back(&fill);
    };
    for (const FillReport& fill : input.fills) {
        if (!fill.venueOrderId.empty()) {
            addFill(fill.venueOrderId, fill);
        }
    }
    for (const auto* reports : {&input.openOrders, &input.statuses}) {
        for (const OrderStatusReport& report : *reports) {
            for (const FillReport& fill : report.fills) {
                if (!report.venueOrderId.empty()) {
                    addFill(report.venueOrderId, fill);
                }
            }
        }
    }

    // Oldest first, so that an id-less order takes the earliest matching venue order.
    std::vector<const OrderRecord*> orders;
    for (const OrderRecord& order : input.orders) {
        orders.push_back(&order);
    }
    std::stable_sort(orders.begin(), orders.end(), [](const OrderRecord* a, const OrderRecord* b) {
        return a->createdAtMs < b->createdAtMs;
    });

    // Pass 1: orders that know their venue id, or that the venue knows by our client id.
    std::map<const OrderRecord*, VenueOrder*> matched;
    for (const OrderRecord* order : orders) {
        VenueOrder* found = nullptr;
        if (!order->venueOrderId.empty()) {
            auto it = venue.find(order->venueOrderId);
            found = it == venue.end() ? nullptr : &it->second;
        } else {
            for (auto& [id, v] : venue) {
                if (!v.used && v.report && v.report->clientOrderId == order->orderId) {
                    found = &v;
                    break;
                }
            }
        }
        if (found) {
            found->used = true;
            matched[order] = found;
        }
    }
    // Pass 2: the rest by token, side, price, size and time; open orders before bare trades.
    for (const OrderRecord* order : orders) {
        if (matched.count(order) || !order->venueOrderId.empty()) {
            continue;
        }
        std::vector<VenueOrder*> candidates;
        for (auto& [id, v] : venue) {
            if (couldBe(v, *order, m_options.matchWindowMs)) {
                candidates.push_back(&v);
            }
        }
        if (candidates.empty()) {
            continue;
        }
        std::stable_sort(candidates.begin(), candidates.end(),
                         [order](const VenueOrder* a, const VenueOrder* b) {
                             if (a->open != b->open) {
                                 return a->open;
                             }
                             return distance(a->timeMs(), order->createdAtMs)
                                    < distance(b->timeMs(), order->createdAtMs);
                         });
        VenueOrder* chosen = candidates.front();
        chosen->used = true;
        matched[order] = chosen;
        if (candidates.size() > 1) {
            result.issues.push_back(
                    {ReconcileIssue::Kind::Ambiguous, order->orderId, chosen->venueOrderId,
                     "order " + order->orderId + " had no venue id and "
                             + std::to_string(candidates.size())
                             + " venue orders look like it; took " + chosen->venueOrderId
                             + " (closest in time): check by hand"});
        }
    }

    for (const OrderRecord* order : orders) {
        OrderRecord updated = *order;
        const auto hit = matched.find(order);
        const VenueOrder* v = hit == matched.end() ? nullptr : hit->second;
        if (!v) {
            if (order->status == orderStateName(OrderState::Intent)
                && order->venueOrderId.empty()) {
                updated.status = orderStateName(OrderState::Rejected);
                updated.errorMessage = "never sent: the venue has no order or trade like it";
                result.issues.push_back(
                        {ReconcileIssue::Kind::NeverSent,
                         order->orderId,
                         {},
                         "order " + order->orderId
                                 + " was recorded but never sent: marked REJECTED"});
            } else {
                updated.status = orderStateName(OrderState::Unknown);
                result.issues.push_back(
                        {ReconcileIssue::Kind::NotFound, order->orderId, order->venueOrderId,
                         "order " + order->orderId + " (" + order->status + ", venue id "
                                 + (order->venueOrderId.empty() ? std::string("none")
                                                                : order->venueOrderId)
                                 + ") is not known to the venue: left UNKNOWN, check by hand"});
            }
        } else {
            updated.venueOrderId = v->venueOrderId;
            Decimal recorded;
            for (const FillRecord& fill : input.recordedFills) {
                if (fill.orderId == order->orderId) {
                    recorded += fill.shares;
                }
            }
            Decimal added;
            int newCount = 0;
            for (const FillReport* fill : v->fills) {
                if (!seenFills.insert(fill->fillId).second) {
                    continue;
                }
                result.newFills.push_back(
                        FillRecord{fill->fillId, order->orderId,
                                   fill->tokenId.empty() ? order->tokenId : fill->tokenId,
                                   fill->price, fill->shares, fill->fee, fill->timeMs, fill->side});
                added += fill->shares;
                ++newCount;
            }
            Decimal filled = max(order->filledShares, recorded + added);
            if (v->report) {
                filled = max(filled, v->report->filledShares);
            }
            OrderState state = OrderState::Unknown;
            if (v->open) {
                state = v->report->state == OrderState::Delayed ? OrderState::Delayed
                                                                : OrderState::Live;
            } else if (v->report && v->report->state != OrderState::Unknown) {
                state = v->report->state;
            } else if (!v->fills.empty()) {
                state = OrderState::Cancelled; // traded, no longer open: the rest was killed
            }
            if (filled >= order->shares && state != OrderState::Unknown) {
                state = OrderState::Filled;
            }
            updated.status = orderStateName(state);
            updated.filledShares = filled;
            if (v->report && v->report->error != TradingError::None) {
                updated.errorMessage =
                        std::string(tradingErrorName(v->report->error)) + ": " + v->report->message;
            }
            if (newCount > 0) {
                result.issues.push_back(
                        {ReconcileIssue::Kind::UnrecordedFills, order->orderId, v->venueOrderId,
                         "order " + order->orderId + " (" + order->status + ") had "
                                 + std::to_string(newCount) + " fill(s) for " + added.toString()
                                 + " shares not on record; now " + filled.toString() + " of "
                                 + order->shares.toString() + " filled, " + updated.status});
            }
        }
        if (updated.status != order->status || updated.filledShares != order->filledShares
            || updated.venueOrderId != order->venueOrderId
            || updated.errorMessage != order->errorMessage) {
            updated.updatedAtMs = input.nowMs;
            result.updatedOrders.push_back(std::move(updated));
        }
    }

    for (const OrderStatusReport& report : input.openOrders) {
        const auto it = venue.find(report.venueOrderId);
        if (it != venue.end() && !it->second.used && it->second.report == &report) {
            result.issues.push_back(
                    {ReconcileIssue::Kind::UnexpectedOrder,
                     {},
                     report.venueOrderId,
                     "unexpected order " + report.venueOrderId
                             + " open at the venue: " + describe(report)
                             + "; no unsettled order of ours is it (placed by hand, or its "
                               "record was lost)"});
        }
    }
    return result;
}

} // namespace polaris
