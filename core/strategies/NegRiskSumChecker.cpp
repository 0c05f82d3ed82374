#include "core/strategies/NegRiskSumChecker.h"

#include "core/book/OrderBook.h"
#include "core/market/Event.h"
#include "core/strategies/BasketDraft.h"

namespace polaris {

namespace {

/// Adds one leg per market: its YES (A) or NO (A') token, bought.
void addLegs(BasketDraft& draft,
             const std::vector<const Market*>& markets,
             bool yes,
             const BookSource& books)
{
    for (const Market* market : markets) {
        const std::optional<std::string> token = yes ? market->yesTokenId() : market->noTokenId();
        const OrderBook* book = token ? books.find(*token) : nullptr;
        draft.addLeg(*market, token.value_or(std::string()), TradeSide::Buy, book);
    }
}

std::vector<const Market*> allMarkets(const Event& event)
{
    std::vector<const Market*> markets;
    markets.reserve(event.markets.size());
    for (const Market& market : event.markets) {
        markets.push_back(&market);
    }
    return markets;
}

} // namespace

void NegRiskSumChecker::checkEvent(const Event& event,
                                   const ScanContext& context,
                                   ScanResult& out) const
{
    const bool longSide = context.isEnabled(Strategy::NegRiskLong);
    const bool shortSide = context.isEnabled(Strategy::NegRiskShort);
    if (!event.negRisk) {
        if (event.markets.size() < 2) {
            return;
        }
        for (const Strategy strategy : {Strategy::NegRiskLong, Strategy::NegRiskShort}) {
            if (context.isEnabled(strategy)) {
                BasketDraft draft(strategy, event);
                addLegs(draft, allMarkets(event), strategy == Strategy::NegRiskLong, context.books);
                out.refusals.push_back(draft.refusal(
                        RefusalReason::NotNegRisk,
                        "event is not flagged negRisk: outcomes not provably exclusive"));
            }
        }
        return;
    }
    if (longSide) {
        checkLong(event, context, out);
    }
    if (shortSide) {
        checkShort(event, context, out);
    }
}

void NegRiskSumChecker::checkLong(const Event& event, const ScanContext& context, ScanResult& out)
{
    BasketDraft draft(Strategy::NegRiskLong, event);
    if (event.isAugmented()) {
        // Shown as a near-miss over the named legs, never traded: placeholders and "Other" can win.
        const std::vector<const Market*> named = event.namedTradableOutcomes();
        addLegs(draft, named, true, context.books);
        std::optional<Decimal> edge;
        if (!named.empty() && !draft.checkBooks(context)) {
            edge = BasketSizer::topEdgePerShare(draft.spec());
        }
        out.refusals.push_back(draft.refusal(RefusalReason::AugmentedNegRisk,
                                             "augmented neg risk: " + std::to_string(named.size())
                                                     + " named tradable of "
                                                     + std::to_string(event.markets.size())
                                                     + " outcomes; placeholders or Other can still "
                                                       "win, so a YES basket is not exhaustive",
                                             edge));
        return;
    }
    const std::vector<const Market*> markets = allMarkets(event);
    addLegs(draft, markets, true, context.books);
    if (const auto detail = untradableDetail(event, markets)) {
        out.refusals.push_back(draft.refusal(RefusalReason::MarketNotTradable, *detail));
        return;
    }
    draft.spec().collateralUnits = 1;
    finish(draft, event, context, out);
}

void NegRiskSumChecker::checkShort(const Event& event, const ScanContext& context, ScanResult& out)
{
    BasketDraft draft(Strategy::NegRiskShort, event);
    const std::vector<const Market*> markets =
            event.isAugmented() ? event.namedTradableOutcomes() : allMarkets(event);
    addLegs(draft, markets, false, context.books);
    if (const auto detail = untradableDetail(event, markets)) {
        out.refusals.push_back(draft.refusal(RefusalReason::MarketNotTradable, *detail));
        return;
    }
    if (markets.size() < 2) {
        out.refusals.push_back(draft.refusal(RefusalReason::MarketNotTradable,
                                             std::to_string(markets.size())
                                                     + " named tradable outcomes (need 2)"));
        return;
    }
    // N NOs pay N−1 when one of them wins; on an augmented event a winner outside the named legs
    // makes all k pay, so k−1 is the guaranteed floor either way.
    draft.spec().collateralUnits = static_cast<std::int64_t>(markets.size()) - 1;
    finish(draft, event, context, out);
}

void NegRiskSumChecker::finish(const BasketDraft& draft,
                               const Event& event,
                               const ScanContext& context,
                               ScanResult& out)
{
    const ArbConfig& config = context.config;
    if (event.liquidity < config.minLiquidityUsd) {
        out.refusals.push_back(draft.refusal(RefusalReason::LowLiquidity,
                                             "event liquidity " + event.liquidity.toString() + " < "
                                                     + config.minLiquidityUsd.toString()));
        return;
    }
    if (auto refusal = draft.checkBooks(context)) {
        out.refusals.push_back(std::move(*refusal));
        return;
    }
    const BasketSizing sizing = BasketSizer::size(draft.spec(), config);
    if (!sizing.basket) {
        out.refusals.push_back(draft.refusal(sizing));
        return;
    }
    out.opportunities.push_back(
            draft.opportunity(*sizing.basket, context, resolutionTimeMs(event, config)));
}

} // namespace polaris
