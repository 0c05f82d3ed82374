#pragma once

#include "core/execution/ExecutionMode.h"
#include "core/money/Decimal.h"

#include <cstdint>
#include <string>
#include <unordered_map>

namespace polaris {

/// Layer 4's circuit breaker (seed §11.2, issue 6).
enum class BreakerState : std::uint8_t {
    Armed,            ///< trading allowed
    Paused,           ///< N consecutive failures: paused until `breakerUntilMs`
    StoppedForDay,    ///< daily loss over the limit: stopped until the next UTC day
    DroppedToMonitor, ///< API latency over the limit: executions fall back to Monitor
};
const char* breakerStateName(BreakerState state); ///< "ARMED", "PAUSED", ...

/// The money the capital checks (Layer 3) look at. Exposure = cost of open positions and of
/// orders not yet terminal, at their limit prices.
struct CapitalState
{
    Decimal balance; ///< collateral available
    Decimal openExposure;
    std::unordered_map<std::string, Decimal> perEvent; ///< event id -> exposure
};

/// Everything the risk panel shows, as one value (crosses threads by copy).
struct RiskSnapshot
{
    ExecutionMode phase = ExecutionMode::Monitor;         ///< what the operator chose
    ExecutionMode effectiveMode = ExecutionMode::Monitor; ///< after the breaker
    // Layers 1 and 2 are the scanner's: counts of refusals by layer in the last scan.
    int layer1Refusals = 0;
    int layer2Refusals = 0;
    // Layer 3: capital.
    Decimal balance;
    Decimal openExposure;
    Decimal largestEventExposure;
    std::string largestEventId;
    Decimal maxCapitalPct; ///< per trade, of balance
    Decimal maxEventPct;
    Decimal maxOpenPct;
    // Layer 4: circuit breaker.
    BreakerState breaker = BreakerState::Armed;
    std::int64_t breakerUntilMs = 0;
    std::string breakerReason;
    int consecutiveFailures = 0;
    int maxConsecutiveFailures = 3;
    Decimal dailyPnl; ///< realised today (UTC)
    Decimal maxDailyLoss;
    std::int64_t lastLatencyMs = 0;
    std::int64_t maxLatencyMs = 500;
    std::int64_t asOfMs = 0;
};

} // namespace polaris
