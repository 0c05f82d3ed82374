#pragma once

#include "core/storage/StorageRecords.h"

#include <cstdint>
#include <string>
#include <vector>

namespace polaris::ui {

/// One line of the PnL charts: the points of one phase and one strategy, oldest first. Plain
/// value; any thread.
struct PnlSeries
{
    std::string strategy; ///< "ALL" (the phase's total) or a strategyCode()
    std::vector<PnlPointRecord> points;

    bool isTotal() const { return strategy == "ALL"; }
    /// The point nearest in time to `timeMs` (the earlier one on a tie); nullptr when empty.
    const PnlPointRecord* nearest(std::int64_t timeMs) const;

    /// Splits what StorageQueries::pnlSeries returned into one series per strategy: the total
    /// first, then the strategies in Strategy order, then unknown codes by name. Points are
    /// sorted by time within each series.
    static std::vector<PnlSeries> group(std::vector<PnlPointRecord> records);
};

} // namespace polaris::ui
