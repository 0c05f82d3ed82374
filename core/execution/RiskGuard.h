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
///
/// Layer 4 keeps three independent trips and reports the most severe one: StoppedForDay (daily
/// loss) over Paused (consecutive failures) over DroppedToMonitor (API latency). Time-based ones
/// end by themselves: a pause at `breakerPauseMs` after it began, a stop at the next UTC midnight
/// (when today's PnL starts again from zero).
class RiskGuard
{
public:
    RiskGuard(const ArbConfig& config, const Clock& clock);

    void setConfig(const ArbConfig& config);
    void setPhase(ExecutionMode phase);
    ExecutionMode phase() const;

    /// The mode an execution runs in now: the phase, lowered by the breaker (Paused/Stopped:
    /// nothing runs -> Error; DroppedToMonitor: Monitor). Never higher than the phase, so Live
    /// is only ever returned when the operator chose the Live phase.
    Result<ExecutionMode> admit();

    /// Layer 3: the opportunity's cost against balance, its event's exposure and the total open
    /// exposure. Error(OutOfRange) with a message naming the limit and the numbers.
    Status checkCapital(const Opportunity& opportunity, const CapitalState& capital) const;

    /// Layer 4 inputs. A failure is an execution that ended in ERROR, or a partial it could not
    /// hedge; `realizedPnl` adds to today's PnL (UTC day).
    void recordOutcome(bool success, Decimal realizedPnl);
    /// The gateway's last round trip; 0 (unknown) leaves the last known latency in place.
    void recordLatency(std::int64_t latencyMs);
    /// Operator reset of a Paused breaker (not of StoppedForDay: that waits for the new day).
    Status resetBreaker();

    /// The breaker as of now (after roll-over and expiry), without changing anything.
    BreakerState breaker() const;
    RiskSnapshot snapshot(const CapitalState& capital) const;

private:
    /// Layer 4 as of a time: the stored trips with the expired ones lifted.
    struct BreakerView
    {
        BreakerState state = BreakerState::Armed;
        std::int64_t untilMs = 0;
        std::string reason;
        Decimal dailyPnl;
        int consecutiveFailures = 0;
    };
    BreakerView view(std::int64_t nowMs) const;
    void refresh(); // day roll-over, pause expiry

    ArbConfig m_config;
    const Clock& m_clock;
    ExecutionMode m_phase = ExecutionMode::Monitor;
    std::int64_t m_pausedUntilMs = 0;  ///< 0 = not paused
    std::int64_t m_stoppedUntilMs = 0; ///< 0 = not stopped
    std::string m_pauseReason;
    std::string m_stopReason;
    int m_consecutiveFailures = 0;
    Decimal m_dailyPnl;
    std::int64_t m_dayStartMs = 0; ///< UTC midnight that m_dailyPnl belongs to
    std::int64_t m_lastLatencyMs = 0;
};

} // namespace polaris
