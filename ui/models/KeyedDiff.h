#pragma once

#include <string>
#include <utility>
#include <vector>

namespace polaris::ui {

/// How to turn a model's current rows into a new snapshot without a reset (Bitcoin Core's
/// PeerTableModel pattern): remove the rows whose key is gone, update the survivors in place,
/// append the new keys. Plain value; computed on the GUI thread before touching the model.
struct KeyedDiff
{
    /// Inclusive [first, last] ranges of old rows to remove, bottom-most first, so applying them
    /// in order never shifts a range still to come.
    std::vector<std::pair<int, int>> removals;
    /// (row once the removals are applied, index in the new snapshot) for every kept key.
    std::vector<std::pair<int, int>> survivors;
    /// Indices in the new snapshot of keys the model does not have yet, to append in this order.
    std::vector<int> insertions;

    /// A key repeated in `newKeys` counts once (its first occurrence).
    static KeyedDiff compute(const std::vector<std::string>& oldKeys,
                             const std::vector<std::string>& newKeys);
};

} // namespace polaris::ui
