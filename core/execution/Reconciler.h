#pragma once

#include "core/execution/OrderTypes.h"
#include "core/storage/StorageRecords.h"

#include <cstdint>
#include <string>
#include <vector>

namespace polaris {

/// What reconciliation compares: our unsettled orders as stored, and what the venue says.
struct ReconcileInput
{
    std::vector<OrderRecord> orders;       ///< ours, not terminal (StorageQueries::unsettledOrders)
    std::vector<FillRecord> recordedFills; ///< fills already stored for those orders
    std::vector<OrderStatusReport>
            openOrders;            ///< the venue's open orders (OrderGateway::openOrders)
    std::vector<FillReport> fills; ///< the venue's recent trades (fillsSince)
    /// Answers to OrderGateway::status() for our orders with a venue id that are not open (they
    /// filled, were killed or cancelled meanwhile); may be empty.
    std::vector<OrderStatusReport> statuses;
    std::int64_t nowMs = 0;
};

/// Something a person should look at after a restart.
struct ReconcileIssue
{
    enum class Kind : std::uint8_t {
        UnexpectedOrder, ///< open at the venue, but no unsettled order of ours is it
        NeverSent,       ///< INTENT the venue never saw: marked REJECTED
        NotFound,        ///< SENT / LIVE / UNKNOWN the venue does not show: left UNKNOWN
        UnrecordedFills, ///< fills of an order we thought open that were not on record
        Ambiguous,       ///< an order without venue id matched several venue orders
    };
    Kind kind = Kind::UnexpectedOrder;
    std::string orderId;      ///< ours; empty for UnexpectedOrder
    std::string venueOrderId; ///< the venue's; empty when unknown
    std::string message;      ///< for people
};
const char* reconcileIssueKindName(ReconcileIssue::Kind kind);

/// What to persist (orders first: fills reference them) and what to tell the operator.
struct ReconcileResult
{
    std::vector<OrderRecord> updatedOrders; ///< only orders whose state changed
    std::vector<FillRecord> newFills;
    std::vector<ReconcileIssue> issues;
};

/// Decides, after a restart or a lost answer, what became of the orders the database still has
/// as unsettled. Orders are matched to the venue by venue order id (or by our client id when the
/// venue report carries it); an INTENT/SENT row without venue id is matched to a venue order of
/// the same token, side, limit price and size created within `matchWindowMs` of our row, or to
/// trades of one venue order on that token and side, within the limit, not over the size, and
/// in that window. Each venue order is used once. Pure function of its input; any thread.
class Reconciler
{
public:
    struct Options
    {
        std::int64_t matchWindowMs = 120'000;
    };

    Reconciler() = default;
    explicit Reconciler(Options options)
        : m_options(options)
    {}

    ReconcileResult reconcile(const ReconcileInput& input) const;

private:
    Options m_options;
};

} // namespace polaris
