#pragma once

#include "core/scanner/ScanSummary.h"

#include <cstdint>
#include <optional>

namespace polaris::ui {

/// Decides when a table gets the latest ScanSummary: at once while it is on screen, at most
/// every `hiddenIntervalMs` while it is not (keeping only the newest summary meanwhile), and at
/// once when it is shown again. Diffing thousands of rows costs tens of milliseconds of GUI time
/// (docs/benchmarks.md, "Console responsiveness"); a table nobody sees need not pay that on
/// every publish. Keeps only the part of the summary its table shows. GUI thread.
class SnapshotThrottle
{
public:
    enum class Part { Opportunities, Refusals };

    SnapshotThrottle(Part part, std::int64_t hiddenIntervalMs)
        : m_part(part)
        , m_intervalMs(hiddenIntervalMs)
    {}

    /// True: apply `summary` now. False: it was kept for later (see takeDue()).
    bool offer(const ScanSummary& summary, bool visible, std::int64_t nowMs);
    /// The kept summary when it is due (the table is visible, or the interval has passed).
    std::optional<ScanSummary> takeDue(bool visible, std::int64_t nowMs);
    bool hasKept() const { return m_kept.has_value(); }

private:
    bool due(bool visible, std::int64_t nowMs) const;

    Part m_part;
    std::int64_t m_intervalMs;
    std::optional<std::int64_t> m_lastAppliedMs;
    std::optional<ScanSummary> m_kept;
};

} // namespace polaris::ui
