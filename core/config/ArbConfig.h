#pragma once

#include "core/money/Decimal.h"

#include <cstdint>

namespace polaris {

/// Every threshold the scanner and the risk layers use. Defaults are the seed's (§12.4) and the
/// strategy spec's; ArbConfigLoader reads overrides from a config file and command-line flags.
/// Money and prices are exact Decimals; ratios (percentages) are Decimals too so that a 3 %
/// threshold is exactly 0.03. Plain value; copied into each scan.
struct ArbConfig
{
    // Strategy A / A' / B / C: baskets sized by the sizing rule.
    Decimal minDiscount = Decimal::fromMicros(30'000);   ///< net profit % of cost, 0.03
    Decimal minShares = Decimal::fromInt(50);            ///< smallest basket worth reporting
    Decimal maxShares = Decimal::fromInt(500);           ///< largest basket to size
    Decimal shareStep = Decimal::fromMicros(10'000);     ///< order-size precision: 2 dp on shares
    Decimal mergeGasUsd = Decimal::fromMicros(10'000);   ///< B: merging YES+NO on Polygon, $0.01
    Decimal convertGasUsd = Decimal::fromMicros(20'000); ///< C: convertPositions, $0.02

    // Layer 1 / 2: data integrity and quality.
    Decimal minLiquidityUsd = Decimal::fromInt(1000);      ///< anti-rug
    std::int64_t maxBookAgeMs = 5'000;                     ///< books older than this are stale
    std::int64_t resolutionLagMs = 2LL * 24 * 3600 * 1000; ///< end date -> payout, default 2 days

    // Strategy F: bonds.
    Decimal bondMinPrice = Decimal::fromMicros(930'000);
    Decimal bondMaxPrice = Decimal::fromMicros(995'000);
    Decimal bondMinAnnualized = Decimal::fromMicros(100'000); ///< 10 %
    int bondMaxDays = 30;
    Decimal bondMinShares = Decimal::fromInt(50);

    // Strategy G: tail-end.
    std::int64_t tailMaxHoursMs = 6LL * 3600 * 1000;
    Decimal tailMinConfidence = Decimal::fromMicros(900'000);
    Decimal tailMinProfitPct = Decimal::fromMicros(30'000);

    // Layer 3 / 4 (used by execution; here so that one file configures everything).
    Decimal maxCapitalPct = Decimal::fromMicros(300'000);
    Decimal maxEventPct = Decimal::fromMicros(500'000);
    Decimal maxOpenPct = Decimal::fromMicros(800'000);
    Decimal maxDailyLossUsd = Decimal::fromInt(50);
    int maxConsecutiveFailures = 3;
    std::int64_t breakerPauseMs = 3600LL * 1000; ///< pause after maxConsecutiveFailures
    std::int64_t maxApiLatencyMs = 500;          ///< above this, executions drop to Monitor
    // Execution (strategies.md "Execution"; issue 6).
    std::int64_t fillTimeoutMs = 10'000;                  ///< wait for fills before cancelling
    Decimal patchRatio = Decimal::fromMicros(800'000);    ///< fill ratio above which to patch
    Decimal unwindRatio = Decimal::fromMicros(500'000);   ///< fill ratio below which to unwind
    Decimal patchSlippage = Decimal::fromMicros(50'000);  ///< 5 % above the leg's limit
    Decimal unwindSlippage = Decimal::fromMicros(50'000); ///< 5 % below the best bid
    std::int64_t approvalTtlMs = 30'000;                  ///< a frozen quote's time-to-live
    Decimal approvalTolerancePct =
            Decimal::fromMicros(5'000); ///< net % drop that needs re-confirmation (0.5 pp)
    std::int64_t paperLatencyMs = 250;  ///< simulated order round trip
    Decimal paperStartingBalance = Decimal::fromInt(1000); ///< paper account's collateral
    int scanIntervalNormalS = 30;
    int scanIntervalActiveS = 5;
};

} // namespace polaris
