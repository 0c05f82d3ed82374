#include "ui/models/ExecutionResultsModel.h"

#include "ui/models/DisplayFormat.h"
#include "ui/models/RiskPanelModel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <vector>

namespace polaris::ui {

ExecutionResultsModel::ExecutionResultsModel(std::size_t capacity, QObject* parent)
    : KeyedRowsModel<ExecutionReport>(parent)
    , m_capacity(std::max<std::size_t>(capacity, 1))
{}

void ExecutionResultsModel::addReport(const ExecutionReport& report)
{
    const auto same = std::find_if(m_reports.begin(), m_reports.end(), [&](const auto& r) {
        return r.executionId == report.executionId;
    });
    if (same != m_reports.end()) {
        *same = report;
    } else {
        m_reports.push_back(report);
        while (m_reports.size() > m_capacity) {
            m_reports.pop_front();
        }
    }
    applySnapshot(std::vector<ExecutionReport>(m_reports.begin(), m_reports.end()), nowMs());
}

QString ExecutionResultsModel::statusText(ExecutionStatus status)
{
    switch (status) {
    case ExecutionStatus::Pending:
        return tr("Pending");
    case ExecutionStatus::Recorded:
        return tr("Recorded (Monitor)");
    case ExecutionStatus::Filled:
        return tr("Filled");
    case ExecutionStatus::Patched:
        return tr("Partial, patched");
    case ExecutionStatus::Unwound:
        return tr("Partial, unwound");
    case ExecutionStatus::PartialHold:
        return tr("Partial, held");
    case ExecutionStatus::NotFilled:
        return tr("Not filled");
    case ExecutionStatus::Stale:
        return tr("Stale: gone at pre-flight");
    case ExecutionStatus::RiskRefused:
        return tr("Refused by risk limits");
    case ExecutionStatus::Error:
        return tr("Error");
    }
    return {};
}

int ExecutionResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExecutionResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case FinishedColumn:
        return tr("Finished");
    case EventColumn:
        return tr("Opportunity");
    case StrategyColumn:
        return tr("Strategy");
    case ModeColumn:
        return tr("Mode");
    case StatusColumn:
        return tr("Result");
    case FilledColumn:
        return tr("Filled / target");
    case CostColumn:
        return tr("Cost");
    case FeesColumn:
        return tr("Fees");
    case PnlColumn:
        return tr("Locked-in PnL");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ExecutionResultsModel::cell(const ExecutionReport& row,
                                     int column,
                                     int role,
                                     std::int64_t /*nowMs*/) const
{
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        if (column == StatusColumn || column == EventColumn) {
            return tr("%1\nexecution %2\n%3")
                    .arg(statusText(row.status), QString::fromStdString(row.executionId),
                         QString::fromStdString(row.message));
        }
        if (column == PnlColumn || column == CostColumn || column == FeesColumn) {
            return display::exactUsdc(column == PnlColumn    ? row.lockedInPnl
                                      : column == CostColumn ? row.cost
                                                             : row.fees);
        }
        return {};
    case SortRole:
        return sortKey(row, column);
    case Qt::TextAlignmentRole:
        return column >= FilledColumn ? int(Qt::AlignRight | Qt::AlignVCenter)
                                      : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == PnlColumn && row.lockedInPnl.isNegative()) {
            return QBrush(QColor(0xb0, 0x00, 0x20));
        }
        return {};
    case IdRole:
        return QString::fromStdString(row.executionId);
    default:
        return {};
    }
}

QVariant ExecutionResultsModel::display(const ExecutionReport& row, int column) const
{
    switch (Column(column)) {
    case FinishedColumn:
        return display::utcTime(row.finishedAtMs > 0 ? row.finishedAtMs : row.startedAtMs);
    case EventColumn:
        return QString::fromStdString(row.quote.eventTitle.empty() ? row.opportunityId
                                                                   : row.quote.eventTitle);
    case StrategyColumn:
        return display::strategyCodeText(row.strategy);
    case ModeColumn:
        return RiskPanelModel::phaseText(row.mode); // the phase it ran in, named as the panel does
    case StatusColumn:
        return statusText(row.status);
    case FilledColumn:
        return tr("%1 / %2").arg(display::money(row.hedgedShares),
                                 display::money(row.sharesTarget));
    case CostColumn:
        return display::money(row.cost);
    case FeesColumn:
        return display::money(row.fees);
    case PnlColumn:
        return display::money(row.lockedInPnl);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ExecutionResultsModel::sortKey(const ExecutionReport& row, int column) const
{
    switch (Column(column)) {
    case FinishedColumn:
        return qint64(row.finishedAtMs > 0 ? row.finishedAtMs : row.startedAtMs);
    case EventColumn:
        return display(row, column);
    case StrategyColumn:
        return int(row.strategy);
    case ModeColumn:
        return int(row.mode);
    case StatusColumn:
        return int(row.status);
    case FilledColumn:
        return qint64(row.hedgedShares.micros());
    case CostColumn:
        return qint64(row.cost.micros());
    case FeesColumn:
        return qint64(row.fees.micros());
    case PnlColumn:
        return qint64(row.lockedInPnl.micros());
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace polaris::ui
