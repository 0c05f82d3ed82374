#pragma once

#include "core/scanner/ScanSummary.h"
#include "core/storage/StorageRecords.h"
#include "ui/models/BondRung.h"
#include "ui/models/KeyedRowsModel.h"

#include <vector>

namespace polaris::ui {

/// The bond ladder: one row per rung (resolution day or week) over the open bond positions the
/// database holds and the strategy-F candidates of the latest scan. Updated in place by diffing
/// (see KeyedRowsModel), keyed by the rung's date, so a new scan never resets the view; rows stay
/// in arrival order and a proxy sorts them by SortRole (the rung's first instant). Money shows
/// with two decimals and exact in tooltips; yields are exact decimals. GUI thread.
class BondLadderModel : public KeyedRowsModel<BondRung>
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        PositionsColumn,
        CandidatesColumn,
        SharesColumn,
        CapitalColumn,
        PayoutColumn,
        YieldColumn,
        AnnualizedColumn,
        ColumnCount
    };

    explicit BondLadderModel(QObject* parent = nullptr);

    void setPositions(std::vector<BondPositionRecord> positions, std::int64_t nowMs);
    /// Keeps the scan's strategy-F opportunities.
    void setCandidates(const ScanSummary& summary, std::int64_t nowMs);
    void setGrouping(BondGrouping grouping, std::int64_t nowMs);
    /// Recomputes the annualised yields for a new "now".
    void refresh(std::int64_t nowMs);

    BondGrouping grouping() const { return m_grouping; }
    const BondRung* rungAt(int row) const { return rowAt(row); }
    std::size_t positionCount() const { return m_positions.size(); }
    std::size_t candidateCount() const { return m_candidates.size(); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// "5.26 %" from an exact fraction (0.052631), rounded half away from zero to 2 decimals.
    static QString yieldText(Decimal fraction);

protected:
    std::string keyOf(const BondRung& row) const override { return row.key; }
    QVariant cell(const BondRung& row, int column, int role, std::int64_t nowMs) const override;

private:
    QVariant display(const BondRung& row, int column) const;
    QVariant toolTip(const BondRung& row, int column) const;
    QVariant sortKey(const BondRung& row, int column) const;

    std::vector<BondPositionRecord> m_positions;
    std::vector<Opportunity> m_candidates;
    BondGrouping m_grouping = BondGrouping::Days;
};

} // namespace polaris::ui
