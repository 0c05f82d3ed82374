#include "core/strategies/HoldToResolution.h"

#include "core/book/OrderBook.h"
#include "core/market/Market.h"
#include "core/market/TakerFee.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace polaris::holding {

Decimal takerFeeFor(const Market& market, Decimal shares, Decimal price)
{
    if (!market.feeSchedule.present) {
        return Decimal();
    }
    return takerFee(shares, price, market.feeSchedule.rate, market.feeSchedule.exponent);
}

double feePerShare(const Market& market, Decimal price)
{
    if (!market.feeSchedule.present || !market.feeSchedule.rate.isPositive()) {
        return 0.0;
    }
    const double p = price.toDouble();
    return market.feeSchedule.rate.toDouble()
           * std::pow(p * (1.0 - p), market.feeSchedule.exponent);
}

Fill buyWithin(const OrderBook& book,
               const Market& market,
               Decimal limitPrice,
               Decimal maxShares,
               Decimal step)
{
    Fill fill;
    Decimal wanted = min(book.depthWithin(BookSide::Ask, limitPrice), maxShares);
    if (step.isPositive()) {
        wanted = wanted.roundToMultiple(step, Rounding::Down);
    }
    if (!wanted.isPositive()) {
        return fill;
    }
    const DepthWalk walk = book.askCost(wanted);
    fill.shares = walk.shares;
    fill.cost = walk.notional;
    fill.worstPrice = walk.worstPrice;
    fill.vwap = walk.vwap(Rounding::Up);
    fill.levels = walk.levelsTouched;
    Decimal remaining = walk.shares;
    for (const BookLevel& level : book.asks()) {
        if (!remaining.isPositive()) {
            break;
        }
        const Decimal take = min(level.size, remaining);
        fill.fees += takerFeeFor(market, take, level.price);
        remaining -= take;
    }
    return fill;
}

std::string outcomeLabel(const Market& market, const Token& token)
{
    std::string label = token.outcome.empty() ? token.tokenId.substr(0, 12) : token.outcome;
    if (!market.groupItemTitle.empty()) {
        label += " (" + market.groupItemTitle + ")";
    }
    return label;
}

OpportunityLeg
buyLeg(const Market& market, const Token& token, const OrderBook& book, const Fill& fill)
{
    OpportunityLeg leg;
    leg.tokenId = token.tokenId;
    leg.conditionId = market.conditionId;
    leg.outcome = outcomeLabel(market, token);
    leg.side = TradeSide::Buy;
    leg.limitPrice = fill.worstPrice;
    leg.shares = fill.shares;
    leg.vwap = fill.vwap;
    leg.notional = fill.cost;
    leg.fee = fill.fees;
    leg.bookHash = book.hash();
    leg.bookTimestampMs = book.venueTimestampMs();
    const std::span<const BookLevel> asks = book.asks();
    leg.depth.assign(asks.begin(),
                     asks.begin() + std::ptrdiff_t(std::min(asks.size(), kLadderLevels)));
    return leg;
}

std::string formatFixed(double value, int places)
{
    if (!std::isfinite(value)) {
        return value > 0 ? "inf" : (value < 0 ? "-inf" : "nan");
    }
    char buffer[64];
    const auto result =
            std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, places);
    if (result.ec != std::errc()) {
        return "?";
    }
    return std::string(buffer, result.ptr);
}

std::string formatPct(double fraction)
{
    return formatFixed(fraction * 100.0, 2) + "%";
}

std::string formatDuration(std::int64_t ms)
{
    constexpr double kHourMs = 3'600'000.0;
    const double hours = static_cast<double>(ms) / kHourMs;
    if (std::abs(hours) < 48.0) {
        return formatFixed(hours, 2) + " h";
    }
    return formatFixed(hours / 24.0, 2) + " d";
}

} // namespace polaris::holding
