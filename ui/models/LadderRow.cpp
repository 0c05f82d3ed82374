#include "ui/models/LadderRow.h"

#include <algorithm>

namespace polaris::ui {

namespace {

bool withinLimit(const OpportunityLeg& leg, Decimal price)
{
    return leg.side == TradeSide::Buy ? price <= leg.limitPrice : price >= leg.limitPrice;
}

} // namespace

std::vector<LadderRow> LadderRow::compute(const OpportunityLeg& leg)
{
    std::vector<LadderRow> rows;
    rows.reserve(leg.depth.size());
    Decimal cumulative;
    Decimal remaining = leg.shares;
    for (const BookLevel& level : leg.depth) {
        LadderRow row;
        row.price = level.price;
        row.size = level.size;
        cumulative += level.size;
        row.cumulative = cumulative;
        // The limit guards against a leg whose shares were not sized on this very ladder.
        if (remaining.isPositive() && withinLimit(leg, level.price)) {
            row.taken = std::min(remaining, level.size);
            remaining -= row.taken;
            row.fill = row.taken == level.size ? Fill::Full : Fill::Partial;
        }
        rows.push_back(row);
    }
    return rows;
}

Decimal LadderRow::sharesBeyond(const OpportunityLeg& leg)
{
    Decimal taken;
    for (const LadderRow& row : compute(leg)) {
        taken += row.taken;
    }
    return std::max(leg.shares - taken, Decimal());
}

} // namespace polaris::ui
