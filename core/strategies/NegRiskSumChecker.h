#pragma once

#include "core/strategies/ScanContext.h"

namespace polaris {

class BasketDraft;

/// Strategies A and A' (strategies.md): buy YES (A) or NO (A') of every outcome of a neg-risk
/// event, held to resolution. A pays q, A' pays (N−1)·q; capital is locked until the event's end
/// date plus the configured resolution lag.
///
/// Near-misses follow BasketDraft's rule: a basket the books prove has no edge (e.g. NO asks
/// summing to more than N−1) is not reported at all, whatever else is wrong with it. The one
/// exception is A on an augmented event, always shown as AugmentedNegRisk (one per event, as
/// strategies.md asks), with the named legs' edge when their books pass Layer 1.
/// Layer 1 refusals, in this order: event not negRisk (only for events with ≥ 2 markets: a single
/// market is B's business, not a near-miss of A); A on an augmented event (AugmentedNegRisk, with
/// the named legs' edge when their books allow); a market or the event closed/archived/inactive/
/// not accepting orders; event liquidity < minLiquidityUsd; a book missing, Invalid or not fresh;
/// an outcome without an ask. A' on an augmented event trades the named tradable outcomes only
/// (never Other or placeholders): if the winner is outside them every NO pays, so the payout is
/// at least (k−1)·q.
/// Ids: see BasketDraft ("A:<event>:<hash of tokens>", "A':…"). Stateless; market-data thread.
class NegRiskSumChecker final : public StrategyChecker
{
public:
    void checkEvent(const Event& event, const ScanContext& context, ScanResult& out) const override;

private:
    static void checkLong(const Event& event, const ScanContext& context, ScanResult& out);
    static void checkShort(const Event& event, const ScanContext& context, ScanResult& out);
    /// Liquidity, books and asks; then sizes and appends the opportunity or the refusal.
    static void finish(const BasketDraft& draft,
                       const Event& event,
                       const ScanContext& context,
                       ScanResult& out);
};

} // namespace polaris
