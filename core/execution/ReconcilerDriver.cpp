#include "core/execution/ReconcilerDriver.h"

#include "core/execution/OrderGateway.h"
#include "core/execution/RecordSink.h"
#include "core/storage/StorageQueries.h"

#include <algorithm>
#include <set>

namespace polaris {

namespace {

Error context(const char* what, const Error& error)
{
    return Error{error.code, std::string("reconciliation: ") + what + ": " + error.detail};
}

} // namespace

Result<ReconcileResult> reconcile(StorageQueries& queries,
                                  OrderGateway& gateway,
                                  RecordSink& records,
                                  std::int64_t nowMs,
                                  Reconciler::Options options)
{
    if (gateway.mode() == ExecutionMode::Monitor) {
        return ReconcileResult{}; // Monitor never sends anything
    }
    const std::string mode = executionModeName(gateway.mode());
    Result<std::vector<OrderRecord>> unsettled = queries.unsettledOrders();
    if (!unsettled) {
        return context("reading unsettled orders", unsettled.error());
    }
    ReconcileInput input;
    input.nowMs = nowMs;
    for (OrderRecord& order : unsettled.value()) {
        if (order.mode == mode) {
            input.orders.push_back(std::move(order));
        }
    }
    for (const OrderRecord& order : input.orders) {
        Result<std::vector<FillRecord>> fills = queries.fillsOfOrder(order.orderId);
        if (!fills) {
            return context("reading recorded fills", fills.error());
        }
        input.recordedFills.insert(input.recordedFills.end(), fills->begin(), fills->end());
    }
    Result<std::vector<OrderStatusReport>> open = gateway.openOrders();
    if (!open) {
        return context("asking the venue for open orders", open.error());
    }
    input.openOrders = std::move(open).value();
    if (!input.orders.empty()) {
        std::int64_t oldest = input.orders.front().createdAtMs;
        for (const OrderRecord& order : input.orders) {
            oldest = std::min(oldest, order.createdAtMs);
        }
        Result<std::vector<FillReport>> fills =
                gateway.fillsSince(std::max<std::int64_t>(0, oldest - options.matchWindowMs));
        if (!fills) {
            return context("asking the venue for recent trades", fills.error());
        }
        input.fills = std::move(fills).value();
    }
    std::set<std::string> openIds;
    for (const OrderStatusReport& report : input.openOrders) {
        openIds.insert(report.venueOrderId);
    }
    for (const OrderRecord& order : input.orders) {
        if (order.venueOrderId.empty() || openIds.count(order.venueOrderId)) {
            continue;
        }
        // Not listed as open: filled, killed or cancelled meanwhile. An unanswered query
        // leaves the order to the trades, or UNKNOWN.
        Result<OrderStatusReport> status = gateway.status(order.venueOrderId);
        if (status) {
            input.statuses.push_back(std::move(status).value());
        }
    }

    ReconcileResult result = Reconciler(options).reconcile(input);
    for (const OrderRecord& order : result.updatedOrders) {
        Status stored = records.persist(order);
        if (!stored) {
            return context("storing an order", stored.error());
        }
    }
    for (const FillRecord& fill : result.newFills) {
        Status stored = records.persist(fill);
        if (!stored) {
            return context("storing a fill", stored.error());
        }
    }
    return result;
}

} // namespace polaris
