#pragma once

#include "core/money/Decimal.h"
#include "core/strategies/Opportunity.h"

#include <vector>

namespace polaris::ui {

/// One price level of a leg's depth ladder and how much of it the basket takes: levels are walked
/// best first, within the leg's limit price, until the leg's shares are taken, so every taken
/// level is whole except possibly the last. Plain value, computed from the leg alone (the GUI
/// never reads live books); any thread.
struct LadderRow
{
    enum class Fill {
        None,    ///< the basket does not reach this level
        Full,    ///< the basket takes the whole level
        Partial, ///< the basket's last shares: part of the level
    };

    Decimal price;
    Decimal size;
    Decimal cumulative; ///< size of this level and every better one
    Decimal taken;      ///< shares the basket takes at this level
    Fill fill = Fill::None;

    /// The rows of `leg.depth`, best first.
    static std::vector<LadderRow> compute(const OpportunityLeg& leg);
    /// The leg's shares the ladder cannot show: taken below its last level (it carries at most
    /// kLadderLevels), or not on it at all. Zero when every share is on a shown level.
    static Decimal sharesBeyond(const OpportunityLeg& leg);
};

} // namespace polaris::ui
