#include "core/execution/PartialFillPlanner.h"

#include "core/market/TakerFee.h"

#include <algorithm>

namespace polaris {

namespace {

__extension__ using Int128 = __int128; // exact products of micro-units

/// filled / target compared with a ratio, exactly: sign of filled − ratio × target.
int compareRatio(Decimal filled, Decimal target, Decimal ratio)
{
    const Int128 lhs = static_cast<Int128>(filled.micros()) * Decimal::kOne;
    const Int128 rhs = static_cast<Int128>(ratio.micros()) * target.micros();
    return lhs < rhs ? -1 : (lhs > rhs ? 1 : 0);
}

OrderIntent orderFor(const PartialLeg& leg, TradeSide side, Decimal price, Decimal shares)
{
    OrderIntent intent;
    intent.tokenId = leg.tokenId;
    intent.conditionId = leg.conditionId;
    intent.side = side;
    intent.limitPrice = price;
    intent.shares = shares;
    intent.type = OrderType::Fak;
    intent.tickSize = leg.tickSize;
    intent.negRisk = leg.negRisk;
    return intent;
}

Decimal tickOf(const PartialLeg& leg)
{
    return leg.tickSize.isPositive() ? leg.tickSize : Decimal::fromMicros(10'000);
}

PartialPlan planPatch(const std::vector<PartialLeg>& legs,
                      const PartialFillPolicy& policy,
                      Decimal payoutPerShare,
                      Decimal costSoFar,
                      PartialPlan plan,
                      Decimal maxFilled)
{
    const Decimal one = Decimal::fromInt(1);
    Decimal patchCost;
    for (const PartialLeg& leg : legs) {
        if (leg.filledShares >= maxFilled) {
            continue;
        }
        const Decimal tick = tickOf(leg);
        const Decimal missing = maxFilled - leg.filledShares;
        // Never more than the slippage above the original limit: round the cap down to the tick.
        const Decimal cap =
                min(Decimal::mul(leg.limitPrice, one + policy.patchSlippage, Rounding::Down)
                            .roundToMultiple(tick, Rounding::Down),
                    one - tick);
        if (!leg.bestPrice.isPositive()) {
            plan.action = PartialAction::Hold;
            plan.orders.clear();
            plan.reason = "cannot patch: no ask for token " + leg.tokenId;
            return plan;
        }
        if (leg.bestPrice > cap) {
            plan.action = PartialAction::Hold;
            plan.orders.clear();
            plan.reason = "cannot patch: best ask " + leg.bestPrice.toString() + " of token "
                          + leg.tokenId + " is above the patch limit " + cap.toString() + " (limit "
                          + leg.limitPrice.toString() + " + " + policy.patchSlippage.toString()
                          + ")";
            return plan;
        }
        patchCost += Decimal::mul(cap, missing, Rounding::Up)
                     + takerFee(missing, cap, leg.feeRate, leg.feeExponent);
        plan.orders.push_back(orderFor(leg, TradeSide::Buy, cap, missing));
    }
    const Decimal payout = Decimal::mul(maxFilled, payoutPerShare, Rounding::Down);
    if (costSoFar + patchCost >= payout) {
        plan.action = PartialAction::Hold;
        plan.orders.clear();
        plan.reason = "cannot patch profitably: cost so far " + costSoFar.toString()
                      + " + patch at most " + patchCost.toString() + " >= payout "
                      + payout.toString();
        return plan;
    }
    plan.action = PartialAction::Patch;
    plan.hedgedShares = maxFilled;
    plan.reason = "patch the short legs up to " + maxFilled.toString() + " shares (at most "
                  + patchCost.toString() + ")";
    return plan;
}

PartialPlan planUnwind(const std::vector<PartialLeg>& legs,
                       const PartialFillPolicy& policy,
                       PartialPlan plan,
                       Decimal minFilled)
{
    const Decimal one = Decimal::fromInt(1);
    std::string stuck;
    for (const PartialLeg& leg : legs) {
        if (leg.filledShares <= minFilled) {
            continue;
        }
        if (!leg.bestPrice.isPositive()) {
            stuck += (stuck.empty() ? "" : ", ") + leg.tokenId;
            continue;
        }
        const Decimal tick = tickOf(leg);
        // Never more than the slippage below the best bid: round the floor up to the tick.
        const Decimal floor =
                max(Decimal::mul(leg.bestPrice, one - policy.unwindSlippage, Rounding::Up)
                            .roundToMultiple(tick, Rounding::Up),
                    tick);
        plan.orders.push_back(orderFor(leg, TradeSide::Sell, floor, leg.filledShares - minFilled));
    }
    if (plan.orders.empty()) {
        plan.action = PartialAction::Hold;
        plan.reason = "cannot unwind: no bid for token " + stuck;
        return plan;
    }
    plan.action = PartialAction::Unwind;
    plan.reason = "unwind the excess over " + minFilled.toString() + " shares";
    if (!stuck.empty()) {
        plan.reason += "; no bid to unwind token " + stuck;
    }
    return plan;
}

} // namespace

const char* partialActionName(PartialAction action)
{
    switch (action) {
    case PartialAction::None:
        return "NONE";
    case PartialAction::Patch:
        return "PATCH";
    case PartialAction::Unwind:
        return "UNWIND";
    case PartialAction::Hold:
        return "HOLD";
    }
    return "NONE";
}

PartialPlan planPartialFill(const std::vector<PartialLeg>& legs,
                            const PartialFillPolicy& policy,
                            Decimal basketPayoutPerShare,
                            Decimal costSoFar)
{
    PartialPlan plan;
    if (legs.empty()) {
        plan.reason = "no legs";
        return plan;
    }
    Decimal minFilled = legs.front().filledShares;
    Decimal maxFilled = minFilled;
    bool allFilled = true;
    const PartialLeg* worst = &legs.front(); // the leg with the smallest filled / target
    for (const PartialLeg& leg : legs) {
        minFilled = min(minFilled, leg.filledShares);
        maxFilled = max(maxFilled, leg.filledShares);
        allFilled = allFilled && leg.filledShares >= leg.targetShares;
        const Int128 lhs =
                static_cast<Int128>(leg.filledShares.micros()) * worst->targetShares.micros();
        const Int128 rhs =
                static_cast<Int128>(worst->filledShares.micros()) * leg.targetShares.micros();
        if (lhs < rhs) {
            worst = &leg;
        }
    }
    plan.hedgedShares = minFilled;
    plan.fillRatio =
            worst->targetShares.isPositive()
                    ? Decimal::div(worst->filledShares, worst->targetShares, Rounding::Down)
                    : Decimal();
    if (allFilled) {
        plan.reason = "every leg filled";
        return plan;
    }
    if (maxFilled.isZero()) {
        plan.reason = "nothing filled";
        return plan;
    }
    if (minFilled == maxFilled) {
        plan.reason = "every leg filled " + minFilled.toString() + " shares: hedged, no exposure";
        return plan;
    }
    if (compareRatio(worst->filledShares, worst->targetShares, policy.patchRatio) > 0) {
        return planPatch(legs, policy, basketPayoutPerShare, costSoFar, std::move(plan), maxFilled);
    }
    if (compareRatio(worst->filledShares, worst->targetShares, policy.unwindRatio) < 0) {
        return planUnwind(legs, policy, std::move(plan), minFilled);
    }
    plan.action = PartialAction::Hold;
    plan.reason = "fill ratio " + plan.fillRatio.toString() + " between the unwind ratio "
                  + policy.unwindRatio.toString() + " and the patch ratio "
                  + policy.patchRatio.toString() + ": holding the exposure";
    return plan;
}

} // namespace polaris
