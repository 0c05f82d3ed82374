#include "core/strategies/BinaryArbChecker.h"

#include "core/book/OrderBook.h"
#include "core/market/Event.h"
#include "core/strategies/BasketDraft.h"

namespace polaris {

void BinaryArbChecker::checkEvent(const Event& event,
                                  const ScanContext& context,
                                  ScanResult& out) const
{
    if (!context.isEnabled(Strategy::BinaryComplement)) {
        return;
    }
    for (const Market& market : event.markets) {
        if (market.tokens.size() != 2 || market.closed || market.archived
            || market.kind() == OutcomeKind::Placeholder) {
            continue;
        }
        checkMarket(event, market, context, out);
    }
}

void BinaryArbChecker::checkMarket(const Event& event,
                                   const Market& market,
                                   const ScanContext& context,
                                   ScanResult& out)
{
    const ArbConfig& config = context.config;
    BasketDraft draft(Strategy::BinaryComplement, event);
    if (!market.question.empty()) {
        draft.setTitle(market.question);
    }
    draft.reserve(2);
    for (const Token* token : {market.yesToken(), market.noToken()}) {
        draft.addLeg(market, token, TradeSide::Buy, context.book(market, token));
    }
    // Mirror-image YES/NO books (the usual case) have no edge: not a near-miss, nothing to size.
    if (draft.topOfBook() == BasketDraft::TopOfBook::NoEdge) {
        return;
    }
    if (const auto detail = untradableDetail(event, {&market})) {
        out.refusals.push_back(draft.refusal(RefusalReason::MarketNotTradable, *detail));
        return;
    }
    if (market.liquidity < config.minLiquidityUsd) {
        out.refusals.push_back(draft.refusal(RefusalReason::LowLiquidity,
                                             "market liquidity " + market.liquidity.toString()
                                                     + " < " + config.minLiquidityUsd.toString()));
        return;
    }
    if (auto refusal = draft.checkBooks(context)) {
        out.refusals.push_back(std::move(*refusal));
        return;
    }
    draft.spec().collateralUnits = 1;
    draft.spec().gas = config.mergeGasUsd;
    const BasketSizing sizing = BasketSizer::size(draft.spec(), config);
    if (!sizing.basket) {
        out.refusals.push_back(draft.refusal(sizing));
        return;
    }
    // Merged at once: no lock-up.
    out.opportunities.push_back(draft.opportunity(*sizing.basket, context, std::nullopt));
}

} // namespace polaris
