#pragma once

#include "core/money/Decimal.h"
#include "core/strategies/Opportunity.h"

#include <cstdint>
#include <string>

namespace polaris {

class OrderBook;
struct Market;
struct Token;

/// Shared arithmetic of the strategies that buy one token and hold it to resolution (F bonds,
/// G tail-end): fees under the market's schedule, the ask walk, the leg, and locale-free text
/// for refusal details. Plain functions, no state; callable from any thread.
namespace holding {

/// Taker fee of one fill under the market's fee schedule (spec §6.4); zero when the venue sent
/// no schedule. Charged whenever a schedule is present, even with feesEnabled false: a fee we
/// over-estimate costs a little edge, one we miss can turn a bond into a loss.
Decimal takerFeeFor(const Market& market, Decimal shares, Decimal price);

/// rate * (p(1-p))^exponent before the venue's 5-dp floor: the marginal fee per share, used
/// only to decide which price levels still meet a threshold (a statistic, not an amount).
double feePerShare(const Market& market, Decimal price);

/// What buying `shares` of a token by walking its asks costs. All amounts exact.
struct Fill
{
    Decimal shares;
    Decimal cost;       ///< sum of price x shares over the levels taken, rounded up
    Decimal fees;       ///< sum of the per-level taker fees (each level is one fill)
    Decimal worstPrice; ///< limit price that fills the whole size
    Decimal vwap;       ///< cost / shares, rounded up
    int levels = 0;

    Decimal capital() const { return cost + fees; }
};

/// Takes every ask priced at or below `limitPrice`, capped at `maxShares` and rounded down to a
/// multiple of `step` (the venue's share precision). shares is zero when nothing qualifies.
Fill buyWithin(const OrderBook& book,
               const Market& market,
               Decimal limitPrice,
               Decimal maxShares,
               Decimal step);

/// The single Buy leg of a hold-to-resolution opportunity.
OpportunityLeg
buyLeg(const Market& market, const Token& token, const OrderBook& book, const Fill& fill);

/// "Yes (Trump)": the token's outcome and the market's groupItemTitle, for people.
std::string outcomeLabel(const Market& market, const Token& token);

/// Fixed-point text of a statistic, independent of the C locale (Qt sets it from the environment).
std::string formatFixed(double value, int places);
/// 0.0526 -> "5.26%".
std::string formatPct(double fraction);
/// A duration in hours ("5.00 h") below two days, else in days ("10.00 d").
std::string formatDuration(std::int64_t ms);

} // namespace holding
} // namespace polaris
