#include "core/strategies/TailEndScanner.h"

#include "core/book/OrderBook.h"
#include "core/market/Event.h"
#include "core/strategies/ConfidenceProvider.h"
#include "core/strategies/HoldToResolution.h"

namespace polaris {

namespace {

constexpr double kDayMs = 86'400'000.0;

/// Mid when both sides are quoted, else the best bid: what the market thinks the token is worth.
std::optional<Decimal> referencePrice(const OrderBook& book)
{
    const auto bid = book.bestBid();
    if (!bid) {
        return std::nullopt;
    }
    if (const auto ask = book.bestAsk()) {
        return Decimal::div(bid->price + ask->price, Decimal::fromInt(2), Rounding::Nearest);
    }
    return bid->price;
}

/// (1 - p - f) / (p + f) for one share at `price` with its marginal fee f.
double profitPctAt(const Market& market, Decimal price)
{
    const double capital = price.toDouble() + holding::feePerShare(market, price);
    return (1.0 - capital) / capital;
}

} // namespace

std::string TailEndScanner::opportunityId(std::string_view tokenId)
{
    return "G:" + std::string(tokenId);
}

const Token* TailEndScanner::leader(const Market& market, const BookSource& books)
{
    static const ArbConfig defaults;
    const ScanContext context{defaults, books};
    return leader(market, context);
}

const Token* TailEndScanner::leader(const Market& market, const ScanContext& context)
{
    const Token* best = nullptr;
    Decimal bestPrice;
    for (const Token& token : market.tokens) {
        const OrderBook* book = context.book(market, &token);
        if (book == nullptr) {
            continue;
        }
        const auto price = referencePrice(*book);
        if (price && (best == nullptr || *price > bestPrice)) {
            best = &token;
            bestPrice = *price;
        }
    }
    return best;
}

void TailEndScanner::checkEvent(const Event& event,
                                const ScanContext& context,
                                ScanResult& out) const
{
    if (!context.isEnabled(Strategy::TailEnd)) {
        return;
    }
    for (const Market& market : event.markets) {
        checkMarket(event, market, context, out);
    }
}

void TailEndScanner::checkMarket(const Event& event,
                                 const Market& market,
                                 const ScanContext& context,
                                 ScanResult& out) const
{
    const ArbConfig& config = context.config;
    const std::int64_t now = context.nowMs;
    // Only named outcomes: "Other" and placeholders change meaning as placeholders are named.
    if (market.closed || market.archived || !market.endDateMs
        || market.kind() != OutcomeKind::Named) {
        return;
    }
    const Token* token = leader(market, context);
    if (token == nullptr) {
        return;
    }
    const OrderBook& book = *context.book(market, token);
    const Decimal reference = *referencePrice(book);
    const bool pricedHigh = reference >= config.tailMinConfidence;
    const std::int64_t endMs = *market.endDateMs;
    const std::int64_t remainingMs = endMs - now;

    const auto refuse = [&](RefusalReason reason, std::string detail) {
        Refusal refusal;
        refusal.id = opportunityId(token->tokenId);
        refusal.strategy = Strategy::TailEnd;
        refusal.eventId = event.id;
        refusal.eventTitle = event.title;
        refusal.marketIds = {market.conditionId};
        refusal.reason = reason;
        refusal.detail = "leader " + holding::outcomeLabel(market, *token) + " at "
                         + reference.toString() + ": " + std::move(detail);
        if (const auto ask = book.bestAsk()) {
            refusal.edge = Decimal::fromInt(1) - ask->price;
        }
        out.refusals.push_back(std::move(refusal));
    };

    if (remainingMs > config.tailMaxHoursMs) {
        // A near-miss only while it is about to enter the window (within twice its length).
        if (pricedHigh && remainingMs <= 2 * config.tailMaxHoursMs) {
            refuse(RefusalReason::TooFarFromResolution,
                   "resolves in " + holding::formatDuration(remainingMs) + " (window "
                           + holding::formatDuration(config.tailMaxHoursMs) + ")");
        }
        return;
    }
    const std::optional<double> confidence = m_confidence.confidence(market, token->tokenId, now);
    const double minConfidence = config.tailMinConfidence.toDouble();
    if (!pricedHigh && !(confidence && *confidence >= minConfidence)) {
        return; // neither the market nor the provider rates the leader near-certain
    }
    if (market.inUmaDispute()) {
        return refuse(RefusalReason::UmaDispute, "open UMA dispute");
    }
    if (remainingMs <= 0) {
        return refuse(RefusalReason::AwaitingResolution,
                      "awaiting resolution: end date passed "
                              + holding::formatDuration(-remainingMs) + " ago");
    }
    if (!market.isTradable()) {
        return refuse(RefusalReason::MarketNotTradable, "market is not accepting orders");
    }
    if (market.liquidity < config.minLiquidityUsd) {
        return refuse(RefusalReason::LowLiquidity, "liquidity $" + market.liquidity.toFixed(2)
                                                           + " below $"
                                                           + config.minLiquidityUsd.toString());
    }
    if (book.state() == BookState::Invalid) {
        return refuse(RefusalReason::InvalidBook, "book invalid: " + book.invalidReason());
    }
    if (!book.isFresh(now, config.maxBookAgeMs)) {
        return refuse(
                RefusalReason::StaleBook,
                std::string("book ") + bookStateName(book.state()) + ", confirmed "
                        + holding::formatFixed(
                                static_cast<double>(now - book.confirmedAtMs()) / 1000.0, 1)
                        + " s ago (limit "
                        + holding::formatFixed(static_cast<double>(config.maxBookAgeMs) / 1000.0, 1)
                        + " s)");
    }
    const auto bestAsk = book.bestAsk();
    if (!bestAsk) {
        return refuse(RefusalReason::MissingAsk, "no ask in the order book");
    }
    if (!confidence) {
        return refuse(RefusalReason::LowConfidence,
                      m_confidence.unavailableReason(market, token->tokenId, now));
    }
    if (*confidence < minConfidence) {
        return refuse(RefusalReason::LowConfidence,
                      "confidence " + holding::formatFixed(*confidence, 4) + " below "
                              + config.tailMinConfidence.toString());
    }
    const double minProfit = config.tailMinProfitPct.toDouble();
    const double bestProfit = profitPctAt(market, bestAsk->price);
    if (bestProfit < minProfit) {
        return refuse(RefusalReason::BelowMinDiscount,
                      "profit " + holding::formatPct(bestProfit) + " at ask "
                              + bestAsk->price.toString() + " net of fees, below "
                              + holding::formatPct(minProfit));
    }
    // Every level that on its own still earns the threshold; p + fee(p) rises with p, so the
    // first failing level ends the walk.
    Decimal limit = bestAsk->price;
    for (const BookLevel& level : book.asks()) {
        if (profitPctAt(market, level.price) < minProfit) {
            break;
        }
        limit = level.price;
    }
    const holding::Fill fill =
            holding::buyWithin(book, market, limit, config.maxShares, config.shareStep);
    if (fill.shares < config.minShares) {
        return refuse(RefusalReason::BelowMinShares,
                      "only " + fill.shares.toString() + " shares at <= " + limit.toString()
                              + " (min " + config.minShares.toString() + ")");
    }
    if (fill.shares < market.minOrderSize) {
        return refuse(RefusalReason::BelowMinOrderSize,
                      fill.shares.toString() + " shares below the market's minimum order of "
                              + market.minOrderSize.toString());
    }
    const Decimal payout = fill.shares;
    const Decimal netProfit = payout - fill.capital();
    // Exact re-check on the amounts: net profit >= threshold x capital.
    if (netProfit < Decimal::mul(config.tailMinProfitPct, fill.capital(), Rounding::Up)) {
        return refuse(RefusalReason::BelowMinDiscount,
                      "profit "
                              + holding::formatPct(netProfit.toDouble() / fill.capital().toDouble())
                              + " on " + fill.shares.toString() + " shares net of fees, below "
                              + holding::formatPct(minProfit));
    }

    Opportunity opportunity;
    opportunity.id = opportunityId(token->tokenId);
    opportunity.strategy = Strategy::TailEnd;
    opportunity.eventId = event.id;
    opportunity.eventTitle = event.title;
    opportunity.marketIds = {market.conditionId};
    opportunity.legs = {holding::buyLeg(market, *token, book, fill)};
    opportunity.shares = fill.shares;
    opportunity.cost = fill.cost;
    opportunity.payout = payout;
    opportunity.fees = fill.fees;
    opportunity.netProfit = netProfit;
    opportunity.netProfitPct = netProfit.toDouble() / fill.cost.toDouble();
    opportunity.lockedUntilMs = endMs + config.resolutionLagMs;
    const double lockDays = static_cast<double>(endMs + config.resolutionLagMs - now) / kDayMs;
    opportunity.annualizedPct = netProfit.toDouble() / fill.capital().toDouble() * 365.0 / lockDays;
    opportunity.firstSeenMs = now;
    opportunity.lastSeenMs = now;
    out.opportunities.push_back(std::move(opportunity));
}

} // namespace polaris
