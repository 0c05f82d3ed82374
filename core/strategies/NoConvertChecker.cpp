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
    const Token* yesToken = nullptr;
    const Token* noToken = nullptr;
    const OrderBook* yesBook = nullptr;
    const OrderBook* noBook = nullptr;
};

/// A book the greedy choice of S can read: present, with a snapshot, not Invalid.
bool readable(const OrderBook* book)
{
    return book != nullptr && book->state() != BookState::Empty
           && book->state() != BookState::Invalid;
}

/// i joins S when 1 − best_ask(NO_i) ≥ best_bid(YES_i) (no bid counts as 0; no NO ask: out).
bool joinsS(const Outcome& outcome)
{
    const auto noAsk = outcome.noBook->bestAsk();
    const auto yesBid = outcome.yesBook->bestBid();
    return noAsk && Decimal::fromInt(1) - noAsk->price >= (yesBid ? yesBid->price : Decimal());
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
    std::vector<Outcome> outcomes;
    outcomes.reserve(markets.size());
    bool readableBooks = true;
    for (const Market* market : markets) {
        Outcome outcome{market, market->yesToken(), market->noToken(), nullptr, nullptr};
        outcome.yesBook = context.book(*market, outcome.yesToken);
        outcome.noBook = context.book(*market, outcome.noToken);
        readableBooks = readableBooks && readable(outcome.yesBook) && readable(outcome.noBook);
        outcomes.push_back(outcome);
    }

    // The greedy subset S and the two variants, from the books as they are (fresh or not): when
    // they prove that neither variant can pass (S has < 2 outcomes, or no edge at the top of the
    // book), the event is not a near-miss and nothing is reported (BasketDraft's rule). When a
    // book cannot be read the edge is unknown and Layer 1 explains why.
    BasketDraft sell(Strategy::NoConversion, event, &out.basketIds);
    BasketDraft hold(Strategy::NoConversion, event, &out.basketIds);
    std::size_t k = 0;
    if (readableBooks) {
        for (const Outcome& outcome : outcomes) {
            if (joinsS(outcome)) {
                sell.addLeg(*outcome.market, outcome.noToken, TradeSide::Buy, outcome.noBook);
                hold.addLeg(*outcome.market, outcome.noToken, TradeSide::Buy, outcome.noBook);
            }
        }
        k = hold.legCount();
        if (k < 2) {
            return;
        }
        for (const Outcome& outcome : outcomes) {
            if (!joinsS(outcome) && outcome.yesBook->bestBid()) {
                sell.addLeg(*outcome.market, outcome.yesToken, TradeSide::Sell, outcome.yesBook);
            }
        }
        const int bips = std::clamp(event.negRiskFeeBips, 0, 10'000);
        for (BasketDraft* draft : {&sell, &hold}) {
            draft->spec().collateralUnits = static_cast<std::int64_t>(k) - 1;
            draft->spec().conversionFeeBips = bips;
            draft->spec().gas = config.convertGasUsd;
        }
        if (sell.topOfBook() == BasketDraft::TopOfBook::NoEdge
            && hold.topOfBook() == BasketDraft::TopOfBook::NoEdge) {
            return;
        }
    }

    // Layer 1 draft: every candidate's NO (bought) and YES (sold), so the books of both are
    // checked. Built only now that a refusal may be reported.
    BasketDraft candidates(Strategy::NoConversion, event, &out.basketIds);
    candidates.reserve(2 * outcomes.size());
    for (const Outcome& outcome : outcomes) {
        candidates.addLeg(*outcome.market, outcome.noToken, TradeSide::Buy, outcome.noBook);
        candidates.addLeg(*outcome.market, outcome.yesToken, TradeSide::Sell, outcome.yesBook);
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
    // checkBooks passed, so every book was readable and S is set.
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
