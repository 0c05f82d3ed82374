#include "core/strategies/BondScanner.h"

#include "core/book/OrderBook.h"
#include "core/market/Event.h"
#include "core/strategies/HoldToResolution.h"

#include <cmath>

namespace polaris {

namespace {

constexpr double kDayMs = 86'400'000.0;

std::string umaStatusText(const Market& market)
{
    if (!market.umaResolutionStatus.empty()) {
        return market.umaResolutionStatus;
    }
    return market.umaResolutionStatuses.empty() ? std::string("none")
                                                : market.umaResolutionStatuses.back();
}

/// Annualised return at one price level, per share, net of the marginal fee.
BondYield yieldAt(const Market& market, Decimal price, std::int64_t lockMs)
{
    const double capital = price.toDouble() + holding::feePerShare(market, price);
    return BondScanner::annualize(1.0 / capital - 1.0, lockMs);
}

std::string describeYield(const BondYield& yield)
{
    return holding::formatPct(yield.simple) + " annualised (" + holding::formatPct(yield.compounded)
           + " compounding) over " + holding::formatFixed(yield.days, 2) + " d";
}

} // namespace

BondYield BondScanner::annualize(double periodReturn, std::int64_t lockMs)
{
    BondYield yield;
    yield.periodReturn = periodReturn;
    yield.days = static_cast<double>(lockMs) / kDayMs;
    if (yield.days <= 0) {
        return yield;
    }
    const double periodsPerYear = 365.0 / yield.days;
    yield.simple = periodReturn * periodsPerYear;
    yield.compounded = std::pow(1.0 + periodReturn, periodsPerYear) - 1.0;
    return yield;
}

std::string BondScanner::opportunityId(std::string_view tokenId)
{
    return "F:" + std::string(tokenId);
}

void BondScanner::checkEvent(const Event& event, const ScanContext& context, ScanResult& out) const
{
    if (!context.isEnabled(Strategy::Bond)) {
        return;
    }
    for (const Market& market : event.markets) {
        for (const Token& token : market.tokens) {
            BondEvaluation result = evaluate(event, market, token, context);
            if (auto* quote = std::get_if<BondQuote>(&result)) {
                out.opportunities.push_back(std::move(quote->opportunity));
            } else if (auto* refusal = std::get_if<Refusal>(&result)) {
                out.refusals.push_back(std::move(*refusal));
            }
        }
    }
}

BondEvaluation BondScanner::evaluate(const Event& event,
                                     const Market& market,
                                     const Token& token,
                                     const ScanContext& context) const
{
    const ArbConfig& config = context.config;
    const std::int64_t now = context.nowMs;
    // Closed or archived: resolved (or withdrawn); nothing to buy and nothing to explain.
    // A negRisk "Other" leg or a placeholder is not a bond either: what it pays on changes as
    // placeholders are named (the venue: "only trade on named outcomes"), so it is never
    // near-certain.
    if (market.closed || market.archived || market.kind() != OutcomeKind::Named) {
        return {};
    }
    const OrderBook* book = context.book(market, &token);
    // Band test: the book's best ask even when stale (it still says whether this is a bond),
    // else Gamma's indicative price, so that a bond whose book is missing shows up as refused.
    std::optional<Decimal> price;
    if (book != nullptr && book->bestAsk()) {
        price = book->bestAsk()->price;
    } else if (token.price) {
        price = token.price;
    }
    if (!price || *price < config.bondMinPrice || *price > config.bondMaxPrice) {
        return {};
    }
    // Resolving beyond twice the horizon (lag included): not close to qualifying, whatever else
    // is wrong with it, so not a near-miss either.
    if (market.endDateMs
        && static_cast<double>(*market.endDateMs + config.resolutionLagMs - now) / kDayMs
                   > 2.0 * config.bondMaxDays) {
        return {};
    }

    const auto refuse = [&](RefusalReason reason, std::string detail) -> BondEvaluation {
        Refusal refusal;
        refusal.id = opportunityId(token.tokenId);
        refusal.strategy = Strategy::Bond;
        refusal.eventId = event.id;
        refusal.eventTitle = event.title;
        refusal.marketIds = {market.conditionId};
        refusal.reason = reason;
        refusal.detail = holding::outcomeLabel(market, token) + " at " + price->toString() + ": "
                         + std::move(detail);
        refusal.edge = Decimal::fromInt(1) - *price;
        return refusal;
    };

    if (market.inUmaDispute()) {
        return refuse(RefusalReason::UmaDispute,
                      "open UMA dispute (status " + umaStatusText(market) + ")");
    }
    if (!market.endDateMs) {
        return refuse(RefusalReason::TooFarFromResolution, "no end date: resolution time unknown");
    }
    const std::int64_t endMs = *market.endDateMs;
    if (endMs <= now) {
        return refuse(RefusalReason::AwaitingResolution,
                      "awaiting resolution: end date passed " + holding::formatDuration(now - endMs)
                              + " ago (UMA status " + umaStatusText(market) + ")");
    }
    if (!market.isTradable()) {
        return refuse(RefusalReason::MarketNotTradable, "market is not accepting orders");
    }
    if (market.liquidity < config.minLiquidityUsd) {
        return refuse(RefusalReason::LowLiquidity, "liquidity $" + market.liquidity.toFixed(2)
                                                           + " below $"
                                                           + config.minLiquidityUsd.toString());
    }
    const std::int64_t lockMs = endMs + config.resolutionLagMs - now;
    const double days = static_cast<double>(lockMs) / kDayMs;
    if (days > config.bondMaxDays) {
        return refuse(RefusalReason::TooFarFromResolution,
                      "resolves in " + holding::formatFixed(days, 2)
                              + " d incl. resolution lag (limit "
                              + std::to_string(config.bondMaxDays) + " d)");
    }
    if (book != nullptr && book->state() == BookState::Invalid) {
        return refuse(RefusalReason::InvalidBook, "book invalid: " + book->invalidReason());
    }
    if (book == nullptr || !book->bestAsk()) {
        return refuse(RefusalReason::MissingAsk, "no ask in the order book");
    }
    if (!book->isFresh(now, config.maxBookAgeMs)) {
        return refuse(
                RefusalReason::StaleBook,
                std::string("book ") + bookStateName(book->state()) + ", confirmed "
                        + holding::formatFixed(
                                static_cast<double>(now - book->confirmedAtMs()) / 1000.0, 1)
                        + " s ago (limit "
                        + holding::formatFixed(static_cast<double>(config.maxBookAgeMs) / 1000.0, 1)
                        + " s)");
    }

    const double minAnnualized = config.bondMinAnnualized.toDouble();
    const BondYield best = yieldAt(market, *price, lockMs);
    if (best.simple < minAnnualized) {
        return refuse(RefusalReason::BelowMinAnnualized,
                      describeYield(best) + ", below " + holding::formatPct(minAnnualized));
    }
    // Size: every ask level that on its own (net of its marginal fee) still meets the threshold
    // and the band. Yield falls as price rises (p + fee(p) is increasing), so the walk stops at
    // the first level that fails, and the average of what is bought meets the threshold too.
    Decimal limit = *price;
    for (const BookLevel& level : book->asks()) {
        if (level.price > config.bondMaxPrice
            || yieldAt(market, level.price, lockMs).simple < minAnnualized) {
            break;
        }
        limit = level.price;
    }
    const holding::Fill fill =
            holding::buyWithin(*book, market, limit, config.maxShares, config.shareStep);
    if (fill.shares < config.bondMinShares) {
        return refuse(RefusalReason::BelowMinShares,
                      "only " + fill.shares.toString() + " shares at <= " + limit.toString()
                              + " (min " + config.bondMinShares.toString() + ")");
    }
    if (fill.shares < market.minOrderSize) {
        return refuse(RefusalReason::BelowMinOrderSize,
                      fill.shares.toString() + " shares below the market's minimum order of "
                              + market.minOrderSize.toString());
    }
    const Decimal payout = fill.shares; // each share pays exactly 1 if the outcome happens
    const Decimal netProfit = payout - fill.capital();
    const BondYield yield = annualize(netProfit.toDouble() / fill.capital().toDouble(), lockMs);
    if (yield.simple < minAnnualized) { // only reachable through rounding of cost and fees
        return refuse(RefusalReason::BelowMinAnnualized,
                      describeYield(yield) + " for " + fill.shares.toString() + " shares, below "
                              + holding::formatPct(minAnnualized));
    }

    BondQuote quote;
    quote.yield = yield;
    Opportunity& opportunity = quote.opportunity;
    opportunity.id = opportunityId(token.tokenId);
    opportunity.strategy = Strategy::Bond;
    opportunity.eventId = event.id;
    opportunity.eventTitle = event.title;
    opportunity.marketIds = {market.conditionId};
    opportunity.legs = {holding::buyLeg(market, token, *book, fill)};
    opportunity.shares = fill.shares;
    opportunity.cost = fill.cost;
    opportunity.payout = payout;
    opportunity.fees = fill.fees;
    opportunity.netProfit = netProfit;
    opportunity.netProfitPct = netProfit.toDouble() / fill.cost.toDouble();
    opportunity.lockedUntilMs = endMs + config.resolutionLagMs;
    opportunity.annualizedPct = yield.simple;
    opportunity.firstSeenMs = now;
    opportunity.lastSeenMs = now;
    return quote;
}

} // namespace polaris
