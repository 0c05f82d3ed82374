#include "core/strategies/NoConvertChecker.h"

#include "core/book/OrderBook.h"
#include "core/market/Event.h"
#include "core/strategies/BasketDraft.h"

#include <algorithm>

namespace polaris {

namespace {

struct Outcome
{
    const Market* market = nullptr;
    std::string yesToken;
    std::string noToken;
    const OrderBook* yesBook = nullptr;
    const OrderBook* noBook = nullptr;
};

const OrderBook* findBook(const BookSource& books, const std::optional<std::string>& token)
{
    return token ? books.find(*token) : nullptr;
}

std::string describe(const BasketSizing& sizing)
{
    if (sizing.basket) {
        return "net " + sizing.basket->netProfit.toString() + " on cost "
               + sizing.basket->cost.toString() + " at " + sizing.basket->shares.toString()
               + " shares";
    }
    return std::string(refusalReasonName(sizing.reason)) + " (" + sizing.detail + ")";
}

} // namespace

void NoConvertChecker::checkEvent(const Event& event,
                                  const ScanContext& context,
                                  ScanResult& out) const
{
    if (!context.isEnabled(Strategy::NoConversion)) {
        return;
    }
    const ArbConfig& config = context.config;
    std::vector<const Market*> markets;
    if (event.negRisk && event.isAugmented()) {
        markets = event.namedTradableOutcomes();
    } else {
        for (const Market& market : event.markets) {
            markets.push_back(&market);
        }
    }
    if (!event.negRisk && markets.size() < 2) {
        return;
    }
    // Layer 1 draft: every candidate's NO (bought) and YES (sold), so the books of both are
    // checked.
    BasketDraft candidates(Strategy::NoConversion, event);
    std::vector<Outcome> outcomes;
    for (const Market* market : markets) {
        Outcome outcome{market, market->yesTokenId().value_or(std::string()),
                        market->noTokenId().value_or(std::string()),
                        findBook(context.books, market->yesTokenId()),
                        findBook(context.books, market->noTokenId())};
        candidates.addLeg(*market, outcome.noToken, TradeSide::Buy, outcome.noBook);
        candidates.addLeg(*market, outcome.yesToken, TradeSide::Sell, outcome.yesBook);
        outcomes.push_back(std::move(outcome));
    }
    if (!event.negRisk) {
        out.refusals.push_back(
                candidates.refusal(RefusalReason::NotNegRisk, "event is not flagged negRisk"));
        return;
    }
    if (const auto detail = untradableDetail(event, markets)) {
        out.refusals.push_back(candidates.refusal(RefusalReason::MarketNotTradable, *detail));
        return;
    }
    if (outcomes.size() < 2) {
        out.refusals.push_back(candidates.refusal(RefusalReason::MarketNotTradable,
                                                  std::to_string(outcomes.size())
                                                          + " named tradable outcomes (need 2)"));
        return;
    }
    if (event.liquidity < config.minLiquidityUsd) {
        out.refusals.push_back(candidates.refusal(
                RefusalReason::LowLiquidity, "event liquidity " + event.liquidity.toString() + " < "
                                                     + config.minLiquidityUsd.toString()));
        return;
    }
    if (auto refusal = candidates.checkBooks(context, false)) {
        out.refusals.push_back(std::move(*refusal));
        return;
    }

    BasketDraft sell(Strategy::NoConversion, event);
    BasketDraft hold(Strategy::NoConversion, event);
    for (const Outcome& outcome : outcomes) {
        const auto noAsk = outcome.noBook->bestAsk();
        const auto yesBid = outcome.yesBook->bestBid();
        const Decimal yesBidPrice = yesBid ? yesBid->price : Decimal();
        if (noAsk && Decimal::fromInt(1) - noAsk->price >= yesBidPrice) {
            sell.addLeg(*outcome.market, outcome.noToken, TradeSide::Buy, outcome.noBook);
            hold.addLeg(*outcome.market, outcome.noToken, TradeSide::Buy, outcome.noBook);
        }
    }
    const std::size_t k = hold.legCount();
    if (k < 2) {
        out.refusals.push_back(candidates.refusal(RefusalReason::BelowMinDiscount,
                                                  "greedy subset S has " + std::to_string(k)
                                                          + " outcome(s); need 2"));
        return;
    }
    for (const Outcome& outcome : outcomes) {
        const auto noAsk = outcome.noBook->bestAsk();
        const auto yesBid = outcome.yesBook->bestBid();
        const bool inS =
                noAsk && Decimal::fromInt(1) - noAsk->price >= (yesBid ? yesBid->price : Decimal());
        if (!inS && yesBid) {
            sell.addLeg(*outcome.market, outcome.yesToken, TradeSide::Sell, outcome.yesBook);
        }
    }
    const int bips = std::clamp(event.negRiskFeeBips, 0, 10'000);
    for (BasketDraft* draft : {&sell, &hold}) {
        draft->spec().collateralUnits = static_cast<std::int64_t>(k) - 1;
        draft->spec().conversionFeeBips = bips;
        draft->spec().gas = config.convertGasUsd;
    }
    const BasketSizing sellSizing = BasketSizer::size(sell.spec(), config);
    const bool distinct = sell.legCount() > k;
    const BasketSizing holdSizing = distinct ? BasketSizer::size(hold.spec(), config) : sellSizing;
    if (sellSizing.basket) {
        out.opportunities.push_back(sell.opportunity(*sellSizing.basket, context, std::nullopt));
    }
    if (distinct && holdSizing.basket) {
        out.opportunities.push_back(hold.opportunity(*holdSizing.basket, context, std::nullopt));
    }
    if (!sellSizing.basket && !holdSizing.basket) {
        out.refusals.push_back(sell.refusal(
                sellSizing, distinct ? "hold YES instead: " + describe(holdSizing) : ""));
    }
}

} // namespace polaris
