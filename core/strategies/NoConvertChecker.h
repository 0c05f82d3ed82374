#pragma once

#include "core/strategies/ScanContext.h"

namespace polaris {

/// Strategy C (strategies.md): on a neg-risk event buy q NO of each outcome in a subset S
/// (k = |S| ≥ 2), convert them through the NegRiskAdapter into (k−1)·out USDC plus out YES of
/// every outcome outside S (out = q − floor(q·negRiskFeeBips/10000), as the adapter computes),
/// and sell those YES at the bids. Gas = config.convertGasUsd; capital returns at once.
///
/// S is chosen greedily: i joins S when 1 − best_ask(NO_i) ≥ best_bid(YES_i) (a missing bid
/// counts as 0; a missing NO ask keeps i out). Outside S, outcomes whose YES has bids become sell
/// legs of out rounded down to the share step; outcomes without bids are held (worth ≥ 0).
/// Both variants are sized — "sell" (with the sell legs) and "hold" (keep every YES, payout
/// (k−1)·out) — and each passing one is reported; they differ in legs, hence in id. When S is
/// every outcome the two coincide and C is A' with the capital returned immediately.
/// On augmented events only named tradable outcomes take part (never Other or placeholders).
/// Near-misses (BasketDraft's rule): when every YES and NO book can be read (present, not Empty,
/// not Invalid; stale is fine) and S has fewer than 2 outcomes or neither variant has an edge at
/// the top of the book, nothing is reported. Otherwise Layer 1 as for A': not negRisk (events
/// with ≥ 2 markets), untradable market, low event liquidity, a YES or NO book missing/Invalid/
/// stale; then Layer 2 from the sizer. Ids: see BasketDraft ("C:<event>:<hash>").
/// Stateless; market-data thread.
class NoConvertChecker final : public StrategyChecker
{
public:
    void checkEvent(const Event& event, const ScanContext& context, ScanResult& out) const override;
};

} // namespace polaris
