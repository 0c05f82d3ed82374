#pragma once

#include "core/strategies/Opportunity.h"

#include <QMetaType>

#include <array>
#include <vector>

namespace polaris {

/// What the scanner currently sees, as one immutable value for other threads (the GUI).
struct ScanSummary
{
    std::vector<Opportunity> opportunities; ///< best net profit first
    std::array<int, 8> perStrategy{};       ///< indexed by Strategy
    /// Near-misses, closest edge first. Capped (ScanService keeps the kMaxRefusals with the best
    /// edge) so one publish copies a bounded amount; refusalCount is the total before the cap.
    std::vector<Refusal> refusals;
    int refusalCount = 0;
    std::int64_t asOfMs = 0;
    double lastFullScanMs = 0;
};

} // namespace polaris

Q_DECLARE_METATYPE(polaris::ScanSummary)
