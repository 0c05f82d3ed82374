#include "core/execution/RiskGuard.h"

#include <chrono>
#include <cstdio>

namespace polaris {

namespace {

constexpr std::int64_t kDayMs = 86'400'000;

std::int64_t utcDayStart(std::int64_t ms)
{
    const std::int64_t day = ms >= 0 ? ms / kDayMs : (ms - kDayMs + 1) / kDayMs;
    return day * kDayMs;
}

/// "2026-11-24T13:00:00Z", for messages; plain C++ (no Qt in the domain library).
std::string utcText(std::int64_t ms)
{
    using namespace std::chrono;
    const sys_time<milliseconds> time{milliseconds(ms)};
    const sys_days day = floor<days>(time);
    const year_month_day date{day};
    const hh_mm_ss clock{floor<seconds>(time - day)};
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02dZ", int(date.year()),
                  unsigned(date.month()), unsigned(date.day()), int(clock.hours().count()),
                  int(clock.minutes().count()), int(clock.seconds().count()));
    return text;
}

std::string usd(Decimal value)
{
    return value.toString() + " USD";
}

/// "cost 310 USD is over max_capital_pct 0.3 x balance 1000 USD = 300 USD".
Status checkLimit(
        const std::string& what, Decimal amount, const char* key, Decimal fraction, Decimal balance)
{
    // Rounding the limit down is exact for the comparison: amounts are whole micro-units, and
    // x <= L holds for such an x exactly when x <= floor(L).
    const Decimal limit = Decimal::mul(fraction, balance, Rounding::Down);
    if (amount <= limit) {
        return okStatus();
    }
    return Error{ErrorCode::OutOfRange, "Layer 3: " + what + " " + usd(amount) + " is over " + key
                                                + " " + fraction.toString() + " x balance "
                                                + usd(balance) + " = " + usd(limit)};
}

} // namespace

RiskGuard::RiskGuard(const ArbConfig& config, const Clock& clock)
    : m_config(config)
    , m_clock(clock)
    , m_dayStartMs(utcDayStart(clock.nowMs()))
{}

void RiskGuard::setConfig(const ArbConfig& config)
{
    m_config = config;
}

void RiskGuard::setPhase(ExecutionMode phase)
{
    m_phase = phase;
}

ExecutionMode RiskGuard::phase() const
{
    return m_phase;
}

RiskGuard::BreakerView RiskGuard::view(std::int64_t nowMs) const
{
    BreakerView v;
    const bool newDay = utcDayStart(nowMs) > m_dayStartMs;
    v.dailyPnl = newDay ? Decimal() : m_dailyPnl;
    v.consecutiveFailures = m_consecutiveFailures;
    const bool stopped = m_stoppedUntilMs > 0 && nowMs < m_stoppedUntilMs;
    const bool paused = m_pausedUntilMs > 0 && nowMs < m_pausedUntilMs;
    if (m_pausedUntilMs > 0 && !paused) {
        v.consecutiveFailures = 0; // the pause was served: count afresh
    }
    if (stopped) {
        v.state = BreakerState::StoppedForDay;
        v.untilMs = m_stoppedUntilMs;
        v.reason = m_stopReason;
    } else if (paused) {
        v.state = BreakerState::Paused;
        v.untilMs = m_pausedUntilMs;
        v.reason = m_pauseReason;
    } else if (m_config.maxApiLatencyMs > 0 && m_lastLatencyMs > m_config.maxApiLatencyMs) {
        v.state = BreakerState::DroppedToMonitor;
        v.reason = "API latency " + std::to_string(m_lastLatencyMs)
                   + " ms is over max_api_latency_ms " + std::to_string(m_config.maxApiLatencyMs)
                   + ": executions run in Monitor until it is back under the limit";
    }
    return v;
}

void RiskGuard::refresh()
{
    const std::int64_t now = m_clock.nowMs();
    const BreakerView current = view(now);
    m_dailyPnl = current.dailyPnl;
    m_consecutiveFailures = current.consecutiveFailures;
    m_dayStartMs = std::max(m_dayStartMs, utcDayStart(now));
    if (m_stoppedUntilMs > 0 && now >= m_stoppedUntilMs) {
        m_stoppedUntilMs = 0;
        m_stopReason.clear();
    }
    if (m_pausedUntilMs > 0 && now >= m_pausedUntilMs) {
        m_pausedUntilMs = 0;
        m_pauseReason.clear();
    }
}

BreakerState RiskGuard::breaker() const
{
    return view(m_clock.nowMs()).state;
}

Result<ExecutionMode> RiskGuard::admit()
{
    refresh();
    const BreakerView current = view(m_clock.nowMs());
    switch (current.state) {
    case BreakerState::Armed:
        return m_phase;
    case BreakerState::DroppedToMonitor:
        return ExecutionMode::Monitor;
    case BreakerState::Paused:
    case BreakerState::StoppedForDay:
        return Error{ErrorCode::OutOfRange, std::string("Layer 4: circuit breaker ")
                                                    + breakerStateName(current.state) + ": "
                                                    + current.reason};
    }
    return Error{ErrorCode::OutOfRange, "Layer 4: unknown breaker state"};
}

Status RiskGuard::checkCapital(const Opportunity& opportunity, const CapitalState& capital) const
{
    if (!capital.balance.isPositive()) {
        return Error{ErrorCode::OutOfRange,
                     "Layer 3: balance " + usd(capital.balance) + ": no collateral to trade with"};
    }
    const Decimal cost = opportunity.cost;
    Status perTrade = checkLimit("cost of this trade", cost, "max_capital_pct",
                                 m_config.maxCapitalPct, capital.balance);
    if (!perTrade) {
        return perTrade;
    }
    const auto event = capital.perEvent.find(opportunity.eventId);
    const Decimal eventBefore = event == capital.perEvent.end() ? Decimal() : event->second;
    Status perEvent =
            checkLimit("exposure to event " + opportunity.eventId + " after the trade ("
                               + usd(eventBefore) + " + " + usd(cost) + ")",
                       eventBefore + cost, "max_event_pct", m_config.maxEventPct, capital.balance);
    if (!perEvent) {
        return perEvent;
    }
    return checkLimit("total open exposure after the trade (" + usd(capital.openExposure) + " + "
                              + usd(cost) + ")",
                      capital.openExposure + cost, "max_open_pct", m_config.maxOpenPct,
                      capital.balance);
}

void RiskGuard::recordOutcome(bool success, Decimal realizedPnl)
{
    refresh();
    const std::int64_t now = m_clock.nowMs();
    m_dailyPnl += realizedPnl;
    if (success) {
        m_consecutiveFailures = 0;
    } else {
        ++m_consecutiveFailures;
        if (m_config.maxConsecutiveFailures > 0
            && m_consecutiveFailures >= m_config.maxConsecutiveFailures && m_pausedUntilMs == 0) {
            m_pausedUntilMs = now + std::max<std::int64_t>(m_config.breakerPauseMs, 0);
            m_pauseReason = std::to_string(m_consecutiveFailures)
                            + " consecutive failed executions (max_consecutive_fail "
                            + std::to_string(m_config.maxConsecutiveFailures) + "): paused until "
                            + utcText(m_pausedUntilMs) + "; the operator can reset it earlier";
            if (m_pausedUntilMs <= now) {
                m_pausedUntilMs = 0; // a zero pause is no pause
                m_pauseReason.clear();
                m_consecutiveFailures = 0;
            }
        }
    }
    if (-m_dailyPnl > m_config.maxDailyLossUsd && m_stoppedUntilMs == 0) {
        m_stoppedUntilMs = m_dayStartMs + kDayMs;
        m_stopReason = "today's realised loss " + usd(-m_dailyPnl) + " is over max_daily_loss "
                       + usd(m_config.maxDailyLossUsd) + ": trading stopped until "
                       + utcText(m_stoppedUntilMs);
    }
}

void RiskGuard::recordLatency(std::int64_t latencyMs)
{
    if (latencyMs > 0) {
        m_lastLatencyMs = latencyMs;
    }
}

Status RiskGuard::resetBreaker()
{
    refresh();
    if (m_stoppedUntilMs > 0) {
        return Error{ErrorCode::OutOfRange, "the daily loss stop cannot be reset: " + m_stopReason};
    }
    m_pausedUntilMs = 0;
    m_pauseReason.clear();
    m_consecutiveFailures = 0;
    return okStatus();
}

RiskSnapshot RiskGuard::snapshot(const CapitalState& capital) const
{
    const std::int64_t now = m_clock.nowMs();
    const BreakerView current = view(now);
    RiskSnapshot s;
    s.phase = m_phase;
    switch (current.state) {
    case BreakerState::Armed:
        s.effectiveMode = m_phase;
        break;
    case BreakerState::Paused:
    case BreakerState::StoppedForDay:
    case BreakerState::DroppedToMonitor:
        s.effectiveMode = ExecutionMode::Monitor; // nothing trades
        break;
    }
    s.balance = capital.balance;
    s.openExposure = capital.openExposure;
    for (const auto& [eventId, exposure] : capital.perEvent) {
        if (s.largestEventId.empty() || exposure > s.largestEventExposure
            || (exposure == s.largestEventExposure && eventId < s.largestEventId)) {
            s.largestEventId = eventId;
            s.largestEventExposure = exposure;
        }
    }
    s.maxCapitalPct = m_config.maxCapitalPct;
    s.maxEventPct = m_config.maxEventPct;
    s.maxOpenPct = m_config.maxOpenPct;
    s.breaker = current.state;
    s.breakerUntilMs = current.untilMs;
    s.breakerReason = current.reason;
    s.consecutiveFailures = current.consecutiveFailures;
    s.maxConsecutiveFailures = m_config.maxConsecutiveFailures;
    s.dailyPnl = current.dailyPnl;
    s.maxDailyLoss = m_config.maxDailyLossUsd;
    s.lastLatencyMs = m_lastLatencyMs;
    s.maxLatencyMs = m_config.maxApiLatencyMs;
    s.asOfMs = now;
    return s;
}

} // namespace polaris
