#include "ui/models/PnlSeries.h"

#include "core/strategies/Opportunity.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace polaris::ui {

namespace {

/// Total first, then Strategy order, then unknown codes.
std::tuple<int, int, std::string> orderOf(const std::string& strategy)
{
    if (strategy == "ALL") {
        return {0, 0, {}};
    }
    if (const auto known = strategyFromCode(strategy)) {
        return {1, int(*known), {}};
    }
    return {2, 0, strategy};
}

} // namespace

const PnlPointRecord* PnlSeries::nearest(std::int64_t timeMs) const
{
    if (points.empty()) {
        return nullptr;
    }
    const auto after = std::lower_bound(
            points.begin(), points.end(), timeMs,
            [](const PnlPointRecord& point, std::int64_t t) { return point.takenAtMs < t; });
    if (after == points.begin()) {
        return &*after;
    }
    if (after == points.end()) {
        return &points.back();
    }
    const auto before = std::prev(after);
    return timeMs - before->takenAtMs <= after->takenAtMs - timeMs ? &*before : &*after;
}

std::vector<PnlSeries> PnlSeries::group(std::vector<PnlPointRecord> records)
{
    std::map<std::tuple<int, int, std::string>, PnlSeries> byOrder;
    for (PnlPointRecord& record : records) {
        PnlSeries& series = byOrder[orderOf(record.strategy)];
        series.strategy = record.strategy;
        series.points.push_back(std::move(record));
    }
    std::vector<PnlSeries> out;
    out.reserve(byOrder.size());
    for (auto& [order, series] : byOrder) {
        std::stable_sort(series.points.begin(), series.points.end(),
                         [](const PnlPointRecord& a, const PnlPointRecord& b) {
                             return a.takenAtMs < b.takenAtMs;
                         });
        out.push_back(std::move(series));
    }
    return out;
}

} // namespace polaris::ui
