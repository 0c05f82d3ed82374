#pragma once

#include "core/scanner/ScanSummary.h"
#include "core/strategies/Opportunity.h"
#include "ui/models/KeyedRowsModel.h"

namespace polaris::ui {

/// The near-misses table: every refusal the scanner published (ScanSummary caps them to the
/// closest ones), with the reason as translated text, its risk layer, the detail and the edge.
/// Keyed by refusal id and reason, updated in place by diffing like the opportunities. GUI thread.
class RefusalTableModel : public KeyedRowsModel<Refusal>
{
    Q_OBJECT
public:
    enum Column {
        StrategyColumn,
        EventColumn,
        ReasonColumn,
        LayerColumn,
        DetailColumn,
        EdgeColumn,
        ColumnCount
    };

    explicit RefusalTableModel(QObject* parent = nullptr);

    void setSnapshot(const ScanSummary& summary, std::int64_t nowMs);
    const Refusal* refusalAt(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    std::string keyOf(const Refusal& row) const override;
    QVariant cell(const Refusal& row, int column, int role, std::int64_t nowMs) const override;
    ColumnSet changedColumns(const Refusal& before, const Refusal& after) const override;
};

} // namespace polaris::ui
