#include "core/strategies/NegRiskSumChecker.h"

#include "core/book/OrderBook.h"
#include "core/market/Event.h"
#include "core/strategies/BasketDraft.h"

namespace polaris {

namespace {

/// Adds one leg for `market`: its YES (A) or NO (A') token, bought.
void addLeg(BasketDraft& draft, const Market& market, bool yes, const ScanContext& context)
{
    const Token* token = yes ? market.yesToken() : market.noToken();
    draft.addLeg(market, token, TradeSide::Buy, context.book(market, token));
}

void addLegs(BasketDraft& draft,
             const std::vector<const Market*>& markets,
             bool yes,
             const ScanContext& context)
{
    draft.reserve(markets.size());
    for (const Market* market : markets) {
        addLeg(draft, *market, yes, context);
    }
}

void addAllLegs(BasketDraft& draft, const Event& event, bool yes, const ScanContext& context)
{
    draft.reserve(event.markets.size());
    for (const Market& market : event.markets) {
        addLeg(draft, market, yes, context);
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
                BasketDraft draft(strategy, event, &out.basketIds);
                const bool yes = strategy == Strategy::NegRiskLong;
                addAllLegs(draft, event, yes, context);
                draft.spec().collateralUnits =
                        yes ? 1 : static_cast<std::int64_t>(event.markets.size()) - 1;
                if (draft.topOfBook() == BasketDraft::TopOfBook::NoEdge) {
                    continue; // no edge: not a near-miss (BasketDraft's near-miss rule)
                }
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
    BasketDraft draft(Strategy::NegRiskLong, event, &out.basketIds);
    if (event.isAugmented()) {
        // Shown as a near-miss over the named legs, never traded: placeholders and "Other" can win.
        const std::vector<const Market*> named = event.namedTradableOutcomes();
        // Always shown, edge or not (strategies.md: "show such baskets as refused near-misses"):
        // one refusal per augmented event, so it cannot flood.
        addLegs(draft, named, true, context);
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
    addAllLegs(draft, event, true, context);
    if (draft.topOfBook() == BasketDraft::TopOfBook::NoEdge) {
        return;
    }
    if (const auto detail = untradableDetail(event, allMarkets(event))) {
        out.refusals.push_back(draft.refusal(RefusalReason::MarketNotTradable, *detail));
        return;
    }
    draft.spec().collateralUnits = 1;
    finish(draft, event, context, out);
}

void NegRiskSumChecker::checkShort(const Event& event, const ScanContext& context, ScanResult& out)
{
    BasketDraft draft(Strategy::NegRiskShort, event, &out.basketIds);
    const std::vector<const Market*> markets =
            event.isAugmented() ? event.namedTradableOutcomes() : allMarkets(event);
    addLegs(draft, markets, false, context);
    // N NOs pay N−1 when one of them wins; on an augmented event a winner outside the named legs
    // makes all k pay, so k−1 is the guaranteed floor either way. Set before the near-miss test,
    // which prices the payout.
    draft.spec().collateralUnits = static_cast<std::int64_t>(markets.size()) - 1;
    if (markets.size() >= 2 && draft.topOfBook() == BasketDraft::TopOfBook::NoEdge) {
        return;
    }
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
