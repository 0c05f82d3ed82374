#pragma once

#include "core/strategies/ScanContext.h"

namespace polaris {

struct Market;

/// Strategy B (strategies.md): in one binary market buy q YES and q NO and merge them into q
/// USDC at once (gas = config.mergeGasUsd), so no capital is locked. Runs over every binary
/// market of every event, neg-risk outcome markets included.
///
/// Closed or archived markets and placeholder outcomes are skipped silently (nothing to trade,
/// not a near-miss); so is every market whose books prove there is no edge (BasketDraft's
/// near-miss rule: on Polymarket the YES and NO books mirror each other, so this is almost every
/// market, and the test is a few hundred ns without sizing). Other untradable markets (inactive,
/// not accepting orders) are refused.
/// Layer 1 per market: market liquidity < minLiquidityUsd, a book missing/Invalid/stale, a side
/// without an ask. Layer 2 from BasketSizer. Ids: "B:<event>:<hash of the two tokens>".
/// Stateless; market-data thread.
class BinaryArbChecker final : public StrategyChecker
{
public:
    void checkEvent(const Event& event, const ScanContext& context, ScanResult& out) const override;

private:
    static void checkMarket(const Event& event,
                            const Market& market,
                            const ScanContext& context,
                            ScanResult& out);
};

} // namespace polaris
