#pragma once

#include "core/config/ArbConfig.h"
#include "core/execution/RiskSnapshot.h"
#include "core/strategies/Opportunity.h"
#include "core/util/Clock.h"
#include "core/util/Result.h"

namespace polaris {

/// Layers 3 and 4 of the seed's risk pyramid. Every execution path (console approve button,
/// `polaris-arb execute`, automatic paper) goes through ExecutionEngine, which asks this guard
/// before any order exists; there is no flag or setting that skips it. Not thread-safe: owned by
/// the execution thread.
class RiskGuard
{
public:
    RiskGuard(const ArbConfig& config, const Clock& clock);

    void setConfig(const ArbConfig& config);
    void setPhase(ExecutionMode phase);
    ExecutionMode phase() const;

    /// The mode an execution runs in now: the phase, lowered by the breaker (Paused/Stopped:
    /// nothing runs -> Error; DroppedToMonitor: Monitor).
    Result<ExecutionMode> admit();

    /// Layer 3: the opportunity's cost against balance, its event's exposure and the total open
    /// exposure. Error(OutOfRange) with a message naming the limit and the numbers.
    Status checkCapital(const Opportunity& opportunity, const CapitalState& capital) const;

    /// Layer 4 inputs. A failure is an execution that ended in ERROR, or a partial it could not
    /// hedge; `realizedPnl` adds to today's PnL (UTC day).
    void recordOutcome(bool success, Decimal realizedPnl);
    void recordLatency(std::int64_t latencyMs);
    /// Operator reset of a Paused breaker (not of StoppedForDay: that waits for the new day).
    Status resetBreaker();

    RiskSnapshot snapshot(const CapitalState& capital) const;

private:
    void refresh(); // day roll-over, pause expiry

    ArbConfig m_config;
    const Clock& m_clock;
    ExecutionMode m_phase = ExecutionMode::Monitor;
    BreakerState m_breaker = BreakerState::Armed;
    std::int64_t m_breakerUntilMs = 0;
    std::string m_breakerReason;
    int m_consecutiveFailures = 0;
    Decimal m_dailyPnl;
    std::int64_t m_dayStartMs = 0;
    std::int64_t m_lastLatencyMs = 0;
};

} // namespace polaris
