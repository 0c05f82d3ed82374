#pragma once

#include "core/execution/ExecutionReport.h"
#include "ui/models/KeyedRowsModel.h"

#include <cstddef>
#include <deque>

namespace polaris::ui {

/// The last execution reports in arrival order (views sort them, newest first): status, hedged /
/// target shares, cost, fees and the locked-in PnL, keyed by execution id (a report for an id
/// already shown replaces it in place). Keeps at most `capacity` reports. GUI thread.
class ExecutionResultsModel : public KeyedRowsModel<ExecutionReport>
{
    Q_OBJECT
public:
    enum Column {
        FinishedColumn,
        EventColumn,
        StrategyColumn,
        ModeColumn,
        StatusColumn,
        FilledColumn,
        CostColumn,
        FeesColumn,
        PnlColumn,
        ColumnCount
    };

    explicit ExecutionResultsModel(std::size_t capacity = 50, QObject* parent = nullptr);

    void addReport(const ExecutionReport& report);
    const ExecutionReport* reportAt(int row) const { return rowAt(row); }

    static QString statusText(ExecutionStatus status);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    std::string keyOf(const ExecutionReport& row) const override { return row.executionId; }
    QVariant
    cell(const ExecutionReport& row, int column, int role, std::int64_t nowMs) const override;

private:
    QVariant display(const ExecutionReport& row, int column) const;
    QVariant sortKey(const ExecutionReport& row, int column) const;

    std::size_t m_capacity;
    std::deque<ExecutionReport> m_reports; // oldest first
};

} // namespace polaris::ui
