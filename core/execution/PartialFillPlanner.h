#pragma once

#include "core/execution/OrderTypes.h"
#include "core/money/Decimal.h"

#include <vector>

namespace polaris {

/// What to do about a basket whose legs filled unevenly (strategies.md, Execution step 5).
enum class PartialAction : std::uint8_t { None, Patch, Unwind, Hold };

/// One leg as it stands after the first round: what it asked for and what it got, and the
/// book it can be topped up from / sold back into.
struct PartialLeg
{
    std::string tokenId;
    TradeSide side = TradeSide::Buy;
    Decimal targetShares;
    Decimal filledShares;
    Decimal limitPrice;    ///< the leg's original limit
    Decimal bestPrice;     ///< now: best ask (for a patch buy) or best bid (for an unwind sell)
    Decimal tickSize;
};

struct PartialPlan
{
    PartialAction action = PartialAction::None;
    Decimal hedgedShares;       ///< the basket size after the plan (min across legs)
    Decimal fillRatio;          ///< min filled / target, exact
    std::vector<OrderIntent> orders; ///< patch buys or unwind sells (clientOrderId left empty)
    std::string reason;
};

/// Pure decision logic: fill ratio = min filled / target. > patchRatio (0.8): buy the short legs
/// up to the max filled at most `patchSlippage` (5 %) above their original limit, if the whole
/// basket stays profitable at that price (`maxPatchCost` per share set by the caller from the
/// quote); < unwindRatio (0.5): sell every leg's excess over the min filled at most
/// `unwindSlippage` below its best bid; otherwise Hold.
struct PartialFillPolicy
{
    Decimal patchRatio = Decimal::fromMicros(800'000);
    Decimal unwindRatio = Decimal::fromMicros(500'000);
    Decimal patchSlippage = Decimal::fromMicros(50'000);
    Decimal unwindSlippage = Decimal::fromMicros(50'000);
};

/// `basketPayoutPerShare` is the guaranteed payout per hedged share (1 for A/B) and
/// `costPerShareSoFar` what each complete share cost so far: a patch must keep
/// cost + patch cost < payout.
PartialPlan planPartialFill(const std::vector<PartialLeg>& legs,
                            const PartialFillPolicy& policy,
                            Decimal basketPayoutPerShare);

} // namespace polaris
