#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>

namespace polaris {

/// Where "now" comes from. Time-based logic (staleness, days to resolution, annualised yield)
/// asks a Clock instead of the system so that replayed snapshots run on their capture time and
/// tests control time. Implementations are thread-safe.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Milliseconds since the Unix epoch (UTC).
    virtual std::int64_t nowMs() const = 0;
};

/// The machine's wall clock.
class SystemClock final : public Clock
{
public:
    std::int64_t nowMs() const override
    {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                .count();
    }
};

/// A clock that only moves when told: replay (starts at a snapshot's captured_at and follows the
/// recorded frame times) and tests.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(std::int64_t startMs = 0)
        : m_nowMs(startMs)
    {}
    std::int64_t nowMs() const override { return m_nowMs.load(std::memory_order_relaxed); }
    void setNowMs(std::int64_t ms) { m_nowMs.store(ms, std::memory_order_relaxed); }
    void advanceMs(std::int64_t ms) { m_nowMs.fetch_add(ms, std::memory_order_relaxed); }

private:
    std::atomic<std::int64_t> m_nowMs;
};

} // namespace polaris
