#pragma once

#include "ui/models/KeyedDiff.h"
#include "ui/models/ModelRoles.h"

#include <QAbstractTableModel>

#include <bit>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace polaris::ui {

/// A table of value rows keyed by a stable id, updated from whole snapshots by diffing (never a
/// model reset): gone keys are removed in contiguous ranges from the bottom, survivors are
/// replaced in place with dataChanged only over the columns whose shown text, tooltip or sort key
/// changed, new keys are appended. Views keep their selection, current index and scroll position.
/// Subclasses say how a row looks; rows can depend on "now" (ages): a moved clock is one
/// dataChanged over the time columns of all rows, never per-row work. Cells are formatted only
/// when a view asks data() for them. GUI thread only.
template <class Row> class KeyedRowsModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!checkIndex(index,
                        CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
            return {};
        }
        return cell(m_rows[std::size_t(index.row())], index.column(), role, m_nowMs);
    }

    /// The row holding `key`, or -1.
    int rowOf(const std::string& key) const
    {
        const auto found = m_rowOfKey.find(key);
        return found == m_rowOfKey.end() ? -1 : found->second;
    }
    const Row* rowAt(int row) const
    {
        return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
    }
    std::int64_t nowMs() const { return m_nowMs; }

    /// Moves the clock: only the time-dependent columns of every row are reported changed.
    void setNow(std::int64_t nowMs)
    {
        m_nowMs = nowMs;
        const auto [first, last] = timeColumns();
        if (!m_rows.empty() && first >= 0) {
            Q_EMIT dataChanged(index(0, first), index(rowCount() - 1, last));
        }
    }

protected:
    /// Bit c set: column c. Tables have at most 64 columns.
    using ColumnSet = std::uint64_t;

    virtual std::string keyOf(const Row& row) const = 0;
    virtual QVariant cell(const Row& row, int column, int role, std::int64_t nowMs) const = 0;
    /// Inclusive column range that depends on now, or {-1, -1}.
    virtual std::pair<int, int> timeColumns() const { return {-1, -1}; }

    /// The columns whose display text, tooltip or sort key differ between two versions of a kept
    /// row at the same now. This default formats every cell of both; a subclass should compare
    /// the row fields each column shows instead (a snapshot holds thousands of rows, and
    /// formatting them all on every publish is what made the console's GUI thread slow).
    virtual ColumnSet changedColumns(const Row& before, const Row& after) const
    {
        ColumnSet changed = 0;
        for (int column = 0; column < columnCount(); ++column) {
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(SortRole)}) {
                if (cell(before, column, role, m_nowMs) != cell(after, column, role, m_nowMs)) {
                    changed |= ColumnSet(1) << column;
                    break;
                }
            }
        }
        return changed;
    }

    void applySnapshot(std::vector<Row> incoming, std::int64_t nowMs)
    {
        std::vector<std::string> oldKeys;
        oldKeys.reserve(m_rows.size());
        for (const Row& row : m_rows) {
            oldKeys.push_back(keyOf(row));
        }
        std::vector<std::string> newKeys;
        newKeys.reserve(incoming.size());
        for (const Row& row : incoming) {
            newKeys.push_back(keyOf(row));
        }
        const KeyedDiff diff = KeyedDiff::compute(oldKeys, newKeys);

        for (const auto& [first, last] : diff.removals) {
            beginRemoveRows({}, first, last);
            m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
            reindex(); // slots on rowsRemoved may already look rows up by key
            endRemoveRows();
        }
        const bool clockMoved = nowMs != m_nowMs;
        m_nowMs = nowMs;
        for (const auto& [row, from] : diff.survivors) {
            Row& current = m_rows[std::size_t(row)];
            Row& next = incoming[std::size_t(from)];
            const ColumnSet changed = changedColumns(current, next);
            current = std::move(next);
            if (changed != 0) {
                Q_EMIT dataChanged(index(row, std::countr_zero(changed)),
                                   index(row, 63 - std::countl_zero(changed)));
            }
        }
        // The survivors are rows 0..n-1 now; their ages moved with the clock all at once.
        const auto [firstTime, lastTime] = timeColumns();
        if (clockMoved && firstTime >= 0 && !m_rows.empty()) {
            Q_EMIT dataChanged(index(0, firstTime), index(rowCount() - 1, lastTime));
        }
        if (!diff.insertions.empty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(diff.insertions.size()) - 1);
            for (const int from : diff.insertions) {
                m_rows.push_back(std::move(incoming[std::size_t(from)]));
            }
            reindex();
            endInsertRows();
        }
    }

private:
    void reindex()
    {
        m_rowOfKey.clear();
        for (int row = 0; row < int(m_rows.size()); ++row) {
            m_rowOfKey.emplace(keyOf(m_rows[std::size_t(row)]), row);
        }
    }

    std::vector<Row> m_rows;
    std::unordered_map<std::string, int> m_rowOfKey;
    std::int64_t m_nowMs = 0;
};

} // namespace polaris::ui
