#include "ui/models/RefusalTableModel.h"

#include "ui/models/DisplayFormat.h"

#include <QStringList>

#include <limits>

namespace polaris::ui {

namespace {

QString searchText(const Refusal& row)
{
    QStringList parts{QString::fromStdString(row.eventTitle), QString::fromStdString(row.eventId),
                      QString::fromStdString(row.detail)};
    for (const std::string& market : row.marketIds) {
        parts << QString::fromStdString(market);
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace

RefusalTableModel::RefusalTableModel(QObject* parent)
    : KeyedRowsModel<Refusal>(parent)
{}

void RefusalTableModel::setSnapshot(const ScanSummary& summary, std::int64_t nowMs)
{
    applySnapshot(summary.refusals, nowMs);
}

int RefusalTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RefusalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount
        || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case StrategyColumn:
        return tr("Strategy");
    case EventColumn:
        return tr("Event");
    case ReasonColumn:
        return tr("Reason");
    case LayerColumn:
        return tr("Layer");
    case DetailColumn:
        return tr("Detail");
    case EdgeColumn:
        return tr("Edge / share");
    case ColumnCount:
        break;
    }
    return {};
}

std::string RefusalTableModel::keyOf(const Refusal& row) const
{
    // One candidate can be refused by a strategy for one reason at a time; the reason is part of
    // the key so a changed reason shows as a new row rather than an edited one.
    return row.id + '\x1f' + refusalReasonName(row.reason);
}

// Mirrors cell() column by column (display, tooltip and sort key); the reason is part of the key
// but compared anyway so the function stays right on its own.
RefusalTableModel::ColumnSet RefusalTableModel::changedColumns(const Refusal& before,
                                                               const Refusal& after) const
{
    ColumnSet changed = 0;
    const auto mark = [&changed](Column column, bool differs) {
        if (differs) {
            changed |= ColumnSet(1) << column;
        }
    };
    mark(StrategyColumn, before.strategy != after.strategy);
    mark(EventColumn, before.eventTitle != after.eventTitle || before.eventId != after.eventId
                              || before.id != after.id);
    mark(ReasonColumn, before.reason != after.reason);
    mark(LayerColumn, refusalLayer(before.reason) != refusalLayer(after.reason));
    mark(DetailColumn, before.detail != after.detail);
    mark(EdgeColumn, before.edge != after.edge);
    return changed;
}

QVariant RefusalTableModel::cell(const Refusal& row, int column, int role, std::int64_t) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(column)) {
        case StrategyColumn:
            return display::strategyCodeText(row.strategy);
        case EventColumn:
            return QString::fromStdString(row.eventTitle);
        case ReasonColumn:
            return display::refusalReasonText(row.reason);
        case LayerColumn:
            return display::riskLayerText(refusalLayer(row.reason));
        case DetailColumn:
            return QString::fromStdString(row.detail);
        case EdgeColumn:
            return row.edge ? QString::fromStdString(row.edge->toString()) : QStringLiteral("—");
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (Column(column)) {
        case StrategyColumn:
            return display::strategyName(row.strategy);
        case EventColumn:
            return tr("%1\nevent %2\nid %3")
                    .arg(QString::fromStdString(row.eventTitle),
                         QString::fromStdString(row.eventId), QString::fromStdString(row.id));
        case ReasonColumn:
            return QLatin1String(refusalReasonName(row.reason));
        case LayerColumn:
            return {};
        case DetailColumn:
            return QString::fromStdString(row.detail);
        case EdgeColumn:
            return row.edge ? tr("best-ask edge %1 USDC per share")
                                      .arg(QString::fromStdString(row.edge->toString()))
                            : tr("no edge could be computed");
        case ColumnCount:
            break;
        }
        return {};
    case SortRole:
        switch (Column(column)) {
        case StrategyColumn:
            return int(row.strategy);
        case EventColumn:
            return QString::fromStdString(row.eventTitle);
        case ReasonColumn:
            return int(row.reason);
        case LayerColumn:
            return int(refusalLayer(row.reason));
        case DetailColumn:
            return QString::fromStdString(row.detail);
        case EdgeColumn:
            return qint64(row.edge ? row.edge->micros() : std::numeric_limits<std::int64_t>::min());
        case ColumnCount:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == EdgeColumn ? int(Qt::AlignRight | Qt::AlignVCenter)
                                    : int(Qt::AlignLeft | Qt::AlignVCenter);
    case StrategyRole:
        return int(row.strategy);
    case SearchTextRole:
        return searchText(row);
    case IdRole:
        return QString::fromStdString(row.id);
    default:
        return {};
    }
}

} // namespace polaris::ui
