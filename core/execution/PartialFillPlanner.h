#pragma once

#include "core/execution/OrderTypes.h"
#include "core/money/Decimal.h"

#include <string>
#include <vector>

namespace polaris {

/// What to do about a basket whose legs filled unevenly (strategies.md, Execution step 5).
enum class PartialAction : std::uint8_t { None, Patch, Unwind, Hold };
const char* partialActionName(PartialAction action); ///< "NONE", "PATCH", "UNWIND", "HOLD"

/// One (bought) leg as it stands after the first round: what it asked for and what it got, and
/// the book it can be topped up from / sold back into.
struct PartialLeg
{
    std::string tokenId;
    std::string conditionId;
    TradeSide side = TradeSide::Buy;
    Decimal targetShares;
    Decimal filledShares;
    Decimal limitPrice; ///< the leg's original limit
    /// Now: best ask (for a patch buy) or best bid (for an unwind sell); zero = that side is empty.
    Decimal bestPrice;
    Decimal tickSize = Decimal::fromMicros(10'000);
    Decimal feeRate; ///< the market's taker fee (zero: none), to price a patch exactly
    int feeExponent = 1;
    bool negRisk = false;
};

struct PartialPlan
{
    PartialAction action = PartialAction::None;
    Decimal hedgedShares;            ///< the basket size after the plan (min across legs)
    Decimal fillRatio;               ///< min over legs of filled / target, rounded down (display)
    std::vector<OrderIntent> orders; ///< patch buys or unwind sells (clientOrderId left empty)
    std::string reason;
};

/// Decision thresholds (ArbConfig's patch/unwind settings).
struct PartialFillPolicy
{
    Decimal patchRatio = Decimal::fromMicros(800'000);
    Decimal unwindRatio = Decimal::fromMicros(500'000);
    Decimal patchSlippage = Decimal::fromMicros(50'000);
    Decimal unwindSlippage = Decimal::fromMicros(50'000);
};

/// Pure decision logic over the basket's bought legs. Fill ratio = min over legs of
/// filled / target, compared exactly.
/// - every leg filled (or nothing filled, or every leg filled the same): None;
/// - ratio > patchRatio (0.8): buy each short leg up to the max filled, FAK at its original limit
///   plus `patchSlippage` (5 %) rounded down to the tick (never above 1 − tick), provided its
///   best ask is within that limit and the whole basket stays profitable when every patch fills
///   at its limit: costSoFar + Σ patch notional + patch fees < max filled × payout per share;
///   else Hold;
/// - ratio < unwindRatio (0.5): sell every leg's excess over the min filled, FAK at its best bid
///   less `unwindSlippage` rounded up to the tick (never below one tick); a leg without bids is
///   left as it is (named in the reason); Hold when no leg can be sold;
/// - otherwise Hold.
/// `basketPayoutPerShare` is the guaranteed payout per hedged share (1 for A/B, k − 1 for A'/C)
/// and `costSoFar` what the filled legs cost, fees included. Orders are FAK: a partial patch or
/// unwind still narrows the exposure.
PartialPlan planPartialFill(const std::vector<PartialLeg>& legs,
                            const PartialFillPolicy& policy,
                            Decimal basketPayoutPerShare,
                            Decimal costSoFar);

} // namespace polaris
