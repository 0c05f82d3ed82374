#include "ui/SnapshotThrottle.h"

#include <utility>

namespace polaris::ui {

bool SnapshotThrottle::due(bool visible, std::int64_t nowMs) const
{
    return visible || !m_lastAppliedMs || nowMs - *m_lastAppliedMs >= m_intervalMs;
}

bool SnapshotThrottle::offer(const ScanSummary& summary, bool visible, std::int64_t nowMs)
{
    if (due(visible, nowMs)) {
        m_kept.reset();
        m_lastAppliedMs = nowMs;
        return true;
    }
    // Copy only what the table shows: the refusals are a fraction of the opportunities' size.
    ScanSummary kept;
    if (m_part == Part::Refusals) {
        kept.refusals = summary.refusals;
        kept.refusalCount = summary.refusalCount;
        kept.asOfMs = summary.asOfMs;
    } else {
        kept = summary;
        kept.refusals.clear();
    }
    m_kept = std::move(kept);
    return false;
}

std::optional<ScanSummary> SnapshotThrottle::takeDue(bool visible, std::int64_t nowMs)
{
    if (!m_kept || !due(visible, nowMs)) {
        return std::nullopt;
    }
    m_lastAppliedMs = nowMs;
    return std::exchange(m_kept, std::nullopt);
}

} // namespace polaris::ui
