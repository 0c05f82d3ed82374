#pragma once

#include "core/scanner/ScanSummary.h"
#include "core/strategies/Opportunity.h"
#include "ui/models/KeyedRowsModel.h"

namespace polaris::ui {

/// The live opportunities table: one row per Opportunity::id, fed whole ScanSummary snapshots and
/// updated in place by diffing (see KeyedRowsModel). Rows stay in arrival order; sorting is the
/// proxy's job. Money is shown with Decimal::toFixed and sorted by exact micro-units. GUI thread.
class OpportunityTableModel : public KeyedRowsModel<Opportunity>
{
    Q_OBJECT
public:
    enum Column {
        StrategyColumn,
        EventColumn,
        LegsColumn,
        SharesColumn,
        CostColumn,
        NetProfitColumn,
        NetPercentColumn,
        AnnualizedColumn,
        AgeColumn,       ///< now − firstSeen
        FreshnessColumn, ///< age of the oldest book a leg was priced from
        ColumnCount
    };

    explicit OpportunityTableModel(QObject* parent = nullptr);

    void setSnapshot(const ScanSummary& summary, std::int64_t nowMs);
    const Opportunity* opportunityAt(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    std::string keyOf(const Opportunity& row) const override { return row.id; }
    QVariant cell(const Opportunity& row, int column, int role, std::int64_t nowMs) const override;
    std::pair<int, int> timeColumns() const override { return {AgeColumn, FreshnessColumn}; }
    ColumnSet changedColumns(const Opportunity& before, const Opportunity& after) const override;

private:
    QVariant display(const Opportunity& row, int column, std::int64_t nowMs) const;
    QVariant toolTip(const Opportunity& row, int column, std::int64_t nowMs) const;
    QVariant sortKey(const Opportunity& row, int column, std::int64_t nowMs) const;
};

} // namespace polaris::ui
