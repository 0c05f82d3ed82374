#pragma once

#include "core/config/ArbConfig.h"
#include "core/money/Decimal.h"
#include "core/strategies/Opportunity.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace polaris {

class OrderBook;
struct Market;

/// A market's taker fee curve as the sizer applies it: fee = shares × rate × (p(1−p))^exponent,
/// floored to 5 dp, per level filled (every level is a separate fill).
struct LegFee
{
    Decimal rate;
    int exponent = 1;
};

/// The fee a leg on `market` pays: its own schedule when present and enabled, else none.
std::optional<LegFee> legFeeFor(const Market& market);

/// One leg of a basket: which book side to walk and the market's trading limits.
/// Buy legs trade q shares (walking asks); sell legs trade the shares a conversion returns
/// (walking bids), see BasketSpec.
struct BasketLegSpec
{
    const OrderBook* book = nullptr;
    TradeSide side = TradeSide::Buy;
    Decimal minOrderSize;
    std::optional<LegFee> fee;
};

/// A basket as a function of its size q (strategies.md, sizing rule):
///
///     out(q)      = q − floor(q × conversionFeeBips / 10 000)     (exact, as the adapter computes)
///     sell(q)     = out(q) rounded down to the share step          (what every sell leg sells)
///     payout(q)   = collateralUnits × out(q) + Σ_sell bid(leg, sell(q))
///     net(q)      = payout(q) − Σ_buy ask(leg, q) − Σ_all fees − gas
///
/// A and B: units 1, no sell legs. A': units N−1. C: units k−1, sell legs for the YES tokens the
/// conversion returns, conversionFeeBips = the event's negRiskFeeBips.
struct BasketSpec
{
    std::vector<BasketLegSpec> legs;
    std::int64_t collateralUnits = 1;
    int conversionFeeBips = 0;
    Decimal gas;
};

/// One leg at a given size.
struct SizedLeg
{
    Decimal shares;
    Decimal limitPrice;  ///< worst level touched
    Decimal vwap;        ///< rounded up for buys, down for sells
    Decimal notional;    ///< cost rounded up per level, proceeds rounded down per level
    Decimal fee;         ///< Σ over the levels taken of the market's taker fee
    int worstLevel = -1; ///< index of the worst level touched (-1 when nothing is taken)
    bool complete = false;
};

/// A basket evaluated at one size q.
struct SizedBasket
{
    Decimal shares;    ///< q
    Decimal converted; ///< out(q)
    std::vector<SizedLeg> legs;
    Decimal cost;         ///< Σ buy notionals
    Decimal collateral;   ///< collateralUnits × out(q)
    Decimal sellProceeds; ///< Σ sell notionals
    Decimal payout;       ///< collateral + sellProceeds: guaranteed in the worst outcome
    Decimal fees;
    Decimal gas;
    Decimal netProfit;     ///< payout − cost − fees − gas
    bool complete = false; ///< every book could supply its leg
};

/// The outcome of sizing: the sized basket, or why no size passes.
struct BasketSizing
{
    std::optional<SizedBasket> basket;
    RefusalReason reason = RefusalReason::BelowMinDiscount; ///< when no basket
    std::string detail;
    /// Marginal payout − marginal cost of the first share, fees included (per basket share).
    Decimal topEdgePerShare;
    /// Net profit % (netProfit / cost) at the smallest allowed size, when it could be evaluated:
    /// the best edge seen for a near-miss report.
    std::optional<double> netProfitPctAtMin;
};

/// Finds q* of the sizing rule for one basket: the largest q on the share grid with
/// minShares ≤ q ≤ maxShares, every leg ≥ its market's minimum order size, every book able to
/// supply its leg, net(q)/cost(q) ≥ minDiscount and marginal basket cost at q < marginal payout.
///
/// Exact: Decimal arithmetic and 128-bit comparisons throughout. The search is a branch and bound
/// over the grid that discards an interval only on facts that survive per-level rounding: payout,
/// cost and fees are each non-decreasing in q; on an interval whose ends sit on the same level of
/// every book the marginal test is constant and every quantity is linear up to a bounded rounding
/// allowance. When every fee rate is < 1 the marginal test holds on a prefix of the grid and is
/// capped first by binary search. The answer is the grid maximum, not an approximation.
/// Cost: a few µs when the top of book has no edge; ~100–300 µs (-O2) for a 10-leg, 10-level
/// basket whose discount condition binds, dominated by re-walking the ladders at each probe.
/// Stateless; any thread.
class BasketSizer
{
public:
    static BasketSizing size(const BasketSpec& spec, const ArbConfig& config);

    /// The basket at exactly size q (no condition checked besides book depth, see `complete`).
    static SizedBasket evaluate(const BasketSpec& spec, Decimal q, Decimal shareStep);
    /// out(q) of BasketSpec.
    static Decimal convertedShares(Decimal q, int conversionFeeBips);
    /// Ceiling of rate × (p(1−p))^exponent to the micro-unit: the fee per share of the marginal
    /// fill.
    static Decimal marginalFeePerShare(Decimal price, const LegFee& fee);
    /// Marginal cost < marginal payout at `basket`'s size: every leg priced at its worst level
    /// touched (the last share's price), buys plus and sells minus marginalFeePerShare, the payout
    /// side scaled by (1 − conversion fee). Compared exactly.
    static bool marginalHolds(const BasketSpec& spec, const SizedBasket& basket);
    /// The same difference for the first share (best levels), rounded down: the top-of-book edge
    /// per basket share after fees.
    static Decimal topEdgePerShare(const BasketSpec& spec);
    /// Exact, conservative rejection before size(): true only when no size can pass whatever the
    /// config — the first share has no edge after fees (marginal payout − marginal cost at the
    /// best levels, unrounded, ≤ 0; a buy leg without asks priced at 1) and the marginal edge
    /// cannot grow with q (every fee rate < 1: deeper levels are worse), so the marginal test of
    /// the sizing rule fails at every size. A few hundred ns; no allocation.
    static bool noSizePasses(const BasketSpec& spec);
    /// Whether basket passes every condition of the rule for `config`.
    static bool passes(const BasketSpec& spec, const SizedBasket& basket, const ArbConfig& config);
};

} // namespace polaris
