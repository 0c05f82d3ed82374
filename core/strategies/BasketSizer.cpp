#include "core/strategies/BasketSizer.h"

#include "core/book/OrderBook.h"
#include "core/market/Market.h"
#include "core/market/TakerFee.h"
#include "core/money/UInt256.h"

#include <algorithm>

namespace polaris {

namespace {

__extension__ using Int128 = __int128; // GCC/Clang builtin: exact products of micro-units

constexpr std::int64_t kBips = 10'000;

Int128 wide(Decimal value)
{
    return static_cast<Int128>(value.micros());
}

SizedLeg walkLeg(const BasketLegSpec& leg, Decimal shares)
{
    SizedLeg result;
    if (!shares.isPositive()) {
        result.complete = shares.isZero();
        return result;
    }
    const bool buy = leg.side == TradeSide::Buy;
    const auto levels = buy ? leg.book->asks() : leg.book->bids();
    const Rounding rounding = buy ? Rounding::Up : Rounding::Down;
    Decimal remaining = shares;
    for (std::size_t i = 0; i < levels.size(); ++i) {
        const BookLevel& level = levels[i];
        const Decimal take = min(remaining, level.size);
        // Same per-level rounding as OrderBook::askCost/bidProceeds, so the two always agree.
        result.notional += Decimal::mul(level.price, take, rounding);
        result.shares += take;
        result.limitPrice = level.price;
        result.worstLevel = static_cast<int>(i);
        if (leg.fee) {
            result.fee += takerFee(take, level.price, leg.fee->rate, leg.fee->exponent);
        }
        remaining -= take;
        if (remaining.isZero()) {
            result.complete = true;
            break;
        }
    }
    result.vwap = result.shares.isZero() ? Decimal()
                                         : Decimal::div(result.notional, result.shares, rounding);
    return result;
}

Decimal legShares(const BasketLegSpec& leg, Decimal q, Decimal sellShares)
{
    return leg.side == TradeSide::Buy ? q : sellShares;
}

Decimal sellSharesFor(Decimal q, int bips, Decimal step)
{
    return BasketSizer::convertedShares(q, bips).roundToMultiple(step, Rounding::Down);
}

Decimal totalDepth(const BasketLegSpec& leg)
{
    Decimal depth;
    for (const BookLevel& level :
         leg.side == TradeSide::Buy ? leg.book->asks() : leg.book->bids()) {
        depth += level.size;
    }
    return depth;
}

/// Per basket share, scaled by 10 000 (conversion fee) and in micro-units: marginal payout minus
/// marginal cost when every leg trades at the level at `levelOf(leg)` (nullopt: no level).
template <typename PriceOf> Int128 marginalEdge(const BasketSpec& spec, PriceOf priceOf)
{
    Int128 payoutSide = static_cast<Int128>(spec.collateralUnits) * Decimal::kOne;
    Int128 costSide = 0;
    for (std::size_t i = 0; i < spec.legs.size(); ++i) {
        const BasketLegSpec& leg = spec.legs[i];
        const Decimal price = priceOf(i);
        const Decimal fee = leg.fee ? BasketSizer::marginalFeePerShare(price, *leg.fee) : Decimal();
        if (leg.side == TradeSide::Buy) {
            costSide += wide(price + fee);
        } else {
            payoutSide += wide(price - fee);
        }
    }
    return payoutSide * (kBips - spec.conversionFeeBips) - costSide * kBips;
}

/// Net profit % ≥ minDiscount, i.e. net × 1 ≥ minDiscount × cost, exactly.
bool meetsDiscount(Decimal net, Decimal cost, Decimal minDiscount)
{
    return cost.isPositive() && wide(net) * Decimal::kOne >= wide(minDiscount) * wide(cost);
}

double pct(const SizedBasket& basket)
{
    return basket.cost.isPositive() ? basket.netProfit.toDouble() / basket.cost.toDouble() : 0.0;
}

/// Branch and bound over grid indices [lo, hi] for the largest index whose basket passes.
class GridSearch
{
public:
    GridSearch(const BasketSpec& spec, const ArbConfig& config)
        : m_spec(spec)
        , m_config(config)
        , m_allowance(roundingAllowance())
    {}

    SizedBasket at(std::int64_t index) const
    {
        return BasketSizer::evaluate(m_spec, m_config.shareStep * index, m_config.shareStep);
    }

    std::optional<std::int64_t>
    run(std::int64_t lo, std::int64_t hi, const SizedBasket& atLo, const SizedBasket& atHi) const
    {
        if (cannotPass(atLo, atHi)) {
            return std::nullopt;
        }
        if (BasketSizer::passes(m_spec, atHi, m_config)) {
            return hi;
        }
        if (lo == hi) {
            return std::nullopt;
        }
        if (hi == lo + 1) {
            return BasketSizer::passes(m_spec, atLo, m_config) ? std::optional(lo) : std::nullopt;
        }
        const std::int64_t mid = lo + (hi - lo) / 2;
        const SizedBasket atMid = at(mid);
        const SizedBasket atNext = at(mid + 1);
        if (const auto upper = run(mid + 1, hi, atNext, atHi)) {
            return upper;
        }
        return run(lo, mid, atLo, atMid);
    }

private:
    /// (net − d·cost) × 10^6, exactly: ≥ 0 iff the discount condition holds.
    Int128 discountSlack(const SizedBasket& basket) const
    {
        return wide(basket.netProfit) * Decimal::kOne
               - wide(m_config.minDiscount) * wide(basket.cost);
    }

    /// How far per-level rounding can move discountSlack away from a straight line while every leg
    /// stays on one level: per leg < 1 micro for the notional and < 10 for the 5-dp fee floor (12
    /// allowed); a sell leg of a conversion with a fee also jumps by whole share steps; out(q) by
    /// < 1 micro per collateral unit. Weighted by (1 + |d|) for the cost side, generously.
    Int128 roundingAllowance() const
    {
        std::int64_t micros = m_spec.collateralUnits + 1;
        for (const BasketLegSpec& leg : m_spec.legs) {
            micros += 12;
            if (leg.side == TradeSide::Sell && m_spec.conversionFeeBips != 0) {
                micros += m_config.shareStep.micros();
            }
        }
        const Int128 weight =
                2 * Decimal::kOne
                + (m_config.minDiscount.isNegative() ? -1 : 1) * wide(m_config.minDiscount);
        return static_cast<Int128>(micros) * weight;
    }

    /// No q in [lo, hi] can pass. Payout, cost and fees are each non-decreasing in q, so
    /// payout(hi) − (1 + d)·cost(lo) − fees(lo) − gas bounds every (net − d·cost) in between.
    /// When every leg sits on the same level at both ends, every quantity is linear in q up to
    /// rounding: the marginal test is the same throughout, and the slack is at most the larger of
    /// its two ends plus the rounding allowance.
    bool cannotPass(const SizedBasket& atLo, const SizedBasket& atHi) const
    {
        const Int128 bound = wide(atHi.payout) * Decimal::kOne
                             - (Decimal::kOne + wide(m_config.minDiscount)) * wide(atLo.cost)
                             - wide(atLo.fees + atLo.gas) * Decimal::kOne;
        if (bound < 0) {
            return true;
        }
        for (std::size_t i = 0; i < atLo.legs.size(); ++i) {
            if (atLo.legs[i].worstLevel != atHi.legs[i].worstLevel) {
                return false;
            }
        }
        if (!BasketSizer::marginalHolds(m_spec, atHi)) {
            return true;
        }
        return std::max(discountSlack(atLo), discountSlack(atHi)) + m_allowance < 0;
    }

    const BasketSpec& m_spec;
    const ArbConfig& m_config;
    Int128 m_allowance;
};

/// Whether marginal payout − marginal cost is non-increasing in q. Deeper levels are worse prices
/// (asks rise, bids fall), and p ± rate·(p(1−p))^e moves with p whenever rate < 1 (the curve's
/// slope is at most e·4^(1−e) ≤ 1 in magnitude); rounding the fee up to the micro keeps that order.
bool marginalIsMonotone(const BasketSpec& spec)
{
    return std::all_of(spec.legs.begin(), spec.legs.end(), [](const BasketLegSpec& leg) {
        return !leg.fee || leg.fee->rate < Decimal::fromInt(1);
    });
}

/// Largest index in [lo, hi] satisfying a predicate that holds on a prefix; lo - 1 if none.
template <typename Predicate>
std::int64_t lastTrue(std::int64_t lo, std::int64_t hi, Predicate predicate)
{
    std::int64_t result = lo - 1;
    while (lo <= hi) {
        const std::int64_t mid = lo + (hi - lo) / 2;
        if (predicate(mid)) {
            result = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    return result;
}

} // namespace

std::optional<LegFee> legFeeFor(const Market& market)
{
    if (!market.feesEnabled || !market.feeSchedule.present
        || !market.feeSchedule.rate.isPositive()) {
        return std::nullopt;
    }
    return LegFee{market.feeSchedule.rate, market.feeSchedule.exponent};
}

Decimal BasketSizer::convertedShares(Decimal q, int conversionFeeBips)
{
    // NegRiskAdapter: feeAmount = amount * feeBips / 10000 (integer division), out = amount - fee.
    const Int128 feeMicros = wide(q) * conversionFeeBips / kBips;
    return q - Decimal::fromMicros(static_cast<std::int64_t>(feeMicros));
}

Decimal BasketSizer::marginalFeePerShare(Decimal price, const LegFee& fee)
{
    const Decimal one = Decimal::fromInt(1);
    if (!fee.rate.isPositive() || !price.isPositive() || price >= one || fee.exponent < 0) {
        return Decimal();
    }
    // rate·(p(1−p))^e in units of 10^-(6 + 12e); ceil to 10^-6.
    const auto pq = static_cast<std::uint64_t>(price.micros())
                    * static_cast<std::uint64_t>((one - price).micros());
    UInt256 n(static_cast<std::uint64_t>(fee.rate.micros()));
    for (int i = 0; i < fee.exponent; ++i) {
        if (!n.mulSmall(pq)) {
            return one; // unreachable for exponents a venue uses; make the fee prohibitive
        }
    }
    bool remainder = false;
    for (int i = 0; i < fee.exponent; ++i) {
        remainder = n.divSmall(1'000'000'000'000ULL) != 0 || remainder;
    }
    const auto micros = static_cast<std::int64_t>(n.low64()) + (remainder ? 1 : 0);
    return Decimal::fromMicros(micros);
}

SizedBasket BasketSizer::evaluate(const BasketSpec& spec, Decimal q, Decimal shareStep)
{
    SizedBasket basket;
    basket.shares = q;
    basket.converted = convertedShares(q, spec.conversionFeeBips);
    const Decimal sellShares = basket.converted.roundToMultiple(shareStep, Rounding::Down);
    basket.complete = true;
    basket.legs.reserve(spec.legs.size());
    for (const BasketLegSpec& leg : spec.legs) {
        SizedLeg sized = walkLeg(leg, legShares(leg, q, sellShares));
        if (leg.side == TradeSide::Buy) {
            basket.cost += sized.notional;
        } else {
            basket.sellProceeds += sized.notional;
        }
        basket.fees += sized.fee;
        basket.complete = basket.complete && sized.complete;
        basket.legs.push_back(sized);
    }
    basket.collateral = basket.converted * spec.collateralUnits;
    basket.payout = basket.collateral + basket.sellProceeds;
    basket.gas = spec.gas;
    basket.netProfit = basket.payout - basket.cost - basket.fees - basket.gas;
    return basket;
}

bool BasketSizer::marginalHolds(const BasketSpec& spec, const SizedBasket& basket)
{
    return marginalEdge(spec, [&](std::size_t i) { return basket.legs[i].limitPrice; }) > 0;
}

namespace {

/// marginalEdge at the best levels (the first share).
Int128 topEdgeScaled(const BasketSpec& spec)
{
    return marginalEdge(spec, [&](std::size_t i) {
        const BasketLegSpec& leg = spec.legs[i];
        const auto best = leg.side == TradeSide::Buy ? leg.book->bestAsk() : leg.book->bestBid();
        // A buy leg without asks cannot be bought: price it at 1 so the edge shows it.
        return best ? best->price : (leg.side == TradeSide::Buy ? Decimal::fromInt(1) : Decimal());
    });
}

} // namespace

bool BasketSizer::noSizePasses(const BasketSpec& spec)
{
    return marginalIsMonotone(spec) && topEdgeScaled(spec) <= 0;
}

Decimal BasketSizer::topEdgePerShare(const BasketSpec& spec)
{
    const Int128 scaled = topEdgeScaled(spec);
    // Floor division by 10 000 (toward −infinity) keeps the reported edge conservative.
    Int128 micros = scaled / kBips;
    if (scaled % kBips != 0 && scaled < 0) {
        --micros;
    }
    return Decimal::fromMicros(static_cast<std::int64_t>(micros));
}

bool BasketSizer::passes(const BasketSpec& spec, const SizedBasket& basket, const ArbConfig& config)
{
    if (!basket.complete || basket.shares < config.minShares || basket.shares > config.maxShares
        || !basket.shares.isMultipleOf(config.shareStep)) {
        return false;
    }
    for (std::size_t i = 0; i < spec.legs.size(); ++i) {
        if (basket.legs[i].shares < spec.legs[i].minOrderSize) {
            return false;
        }
    }
    return meetsDiscount(basket.netProfit, basket.cost, config.minDiscount)
           && marginalHolds(spec, basket);
}

BasketSizing BasketSizer::size(const BasketSpec& spec, const ArbConfig& config)
{
    BasketSizing result;
    const Decimal step = config.shareStep;
    if (!step.isPositive() || spec.legs.empty()) {
        result.detail = "no legs or no share step";
        return result;
    }
    result.topEdgePerShare = topEdgePerShare(spec);

    const std::int64_t minIndex =
            config.minShares.roundToMultiple(step, Rounding::Up).micros() / step.micros();
    const std::int64_t capIndex =
            config.maxShares.roundToMultiple(step, Rounding::Down).micros() / step.micros();
    std::vector<Decimal> depths;
    for (const BasketLegSpec& leg : spec.legs) {
        depths.push_back(totalDepth(leg));
    }
    const auto sharesAt = [&](std::int64_t index, std::size_t leg) {
        const Decimal q = step * index;
        return legShares(spec.legs[leg], q, sellSharesFor(q, spec.conversionFeeBips, step));
    };
    // Depth and the legs' minimum order sizes are monotone in q: binary searches give the range.
    const std::int64_t depthIndex = lastTrue(0, capIndex, [&](std::int64_t index) {
        for (std::size_t i = 0; i < spec.legs.size(); ++i) {
            if (sharesAt(index, i) > depths[i]) {
                return false;
            }
        }
        return true;
    });
    const std::int64_t hiIndex = std::min(capIndex, depthIndex);
    const std::int64_t belowMinOrder = lastTrue(minIndex, hiIndex, [&](std::int64_t index) {
        for (std::size_t i = 0; i < spec.legs.size(); ++i) {
            if (sharesAt(index, i) < spec.legs[i].minOrderSize) {
                return true;
            }
        }
        return false;
    });
    const std::int64_t loIndex = std::max(minIndex, belowMinOrder + 1);
    if (loIndex > hiIndex) {
        if (hiIndex < minIndex) {
            result.reason = RefusalReason::BelowMinShares;
            result.detail = "books supply at most "
                            + (step * std::max<std::int64_t>(depthIndex, 0)).toString()
                            + " shares (min " + config.minShares.toString() + ", max "
                            + config.maxShares.toString() + ")";
        } else {
            result.reason = RefusalReason::BelowMinOrderSize;
            result.detail = "a leg's minimum order size is not reachable within "
                            + (step * hiIndex).toString() + " shares";
        }
        return result;
    }

    const GridSearch search(spec, config);
    const SizedBasket atLo = search.at(loIndex);
    result.netProfitPctAtMin = pct(atLo);
    std::int64_t searchHi = hiIndex;
    if (marginalIsMonotone(spec)) {
        // The marginal test holds on a prefix of the grid: cap the search where it stops holding.
        const auto holdsAt = [&](std::int64_t index) {
            return marginalHolds(spec, search.at(index));
        };
        searchHi =
                marginalHolds(spec, atLo) ? lastTrue(loIndex + 1, hiIndex, holdsAt) : loIndex - 1;
    }
    const std::optional<std::int64_t> best =
            searchHi < loIndex ? std::nullopt
                               : search.run(loIndex, searchHi, atLo, search.at(searchHi));
    if (best) {
        result.basket = search.at(*best);
        return result;
    }
    const bool topPays = result.topEdgePerShare.isPositive();
    if (!marginalHolds(spec, atLo) && topPays) {
        // The profitable depth ends before the smallest allowed size: blame the legs' minimum order
        // size when it (not minShares) is what pushed the smallest size out of it.
        const bool minOrderBinds = loIndex > minIndex && minIndex <= hiIndex
                                   && marginalHolds(spec, search.at(minIndex));
        result.reason =
                minOrderBinds ? RefusalReason::BelowMinOrderSize : RefusalReason::BelowMinShares;
        result.detail = "profitable depth ends below " + atLo.shares.toString() + " shares";
    } else {
        result.reason = RefusalReason::BelowMinDiscount;
        result.detail = "net " + atLo.netProfit.toString() + " on cost " + atLo.cost.toString()
                        + " at " + atLo.shares.toString() + " shares; top edge "
                        + result.topEdgePerShare.toString() + "/share; min discount "
                        + config.minDiscount.toString();
    }
    return result;
}

} // namespace polaris
