#include "ui/models/KeyedDiff.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace polaris::ui {

KeyedDiff KeyedDiff::compute(const std::vector<std::string>& oldKeys,
                             const std::vector<std::string>& newKeys)
{
    std::unordered_map<std::string_view, int> incoming;
    incoming.reserve(newKeys.size());
    for (int i = 0; i < int(newKeys.size()); ++i) {
        incoming.try_emplace(newKeys[std::size_t(i)], i);
    }

    KeyedDiff diff;
    std::vector<bool> kept(newKeys.size(), false);
    int keptRow = 0;
    for (int row = 0; row < int(oldKeys.size()); ++row) {
        const auto found = incoming.find(oldKeys[std::size_t(row)]);
        if (found == incoming.end() || kept[std::size_t(found->second)]) {
            // Gone (or a duplicate of a kept row): extend the current range or start a new one.
            if (!diff.removals.empty() && diff.removals.back().second == row - 1) {
                diff.removals.back().second = row;
            } else {
                diff.removals.emplace_back(row, row);
            }
            continue;
        }
        kept[std::size_t(found->second)] = true;
        diff.survivors.emplace_back(keptRow++, found->second);
    }
    for (int i = 0; i < int(newKeys.size()); ++i) {
        if (!kept[std::size_t(i)] && incoming.at(newKeys[std::size_t(i)]) == i) {
            diff.insertions.push_back(i);
        }
    }
    std::reverse(diff.removals.begin(), diff.removals.end());
    return diff;
}

} // namespace polaris::ui
