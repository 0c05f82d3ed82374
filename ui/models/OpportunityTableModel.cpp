#include "ui/models/OpportunityTableModel.h"

#include "ui/models/DisplayFormat.h"

#include <QStringList>

#include <bit>
#include <limits>

namespace polaris::ui {

namespace {

QString legsSummary(const Opportunity& row)
{
    QStringList outcomes;
    for (const OpportunityLeg& leg : row.legs) {
        outcomes << QString::fromStdString(leg.outcome);
    }
    return QStringLiteral("%1 · %2").arg(row.legs.size()).arg(outcomes.join(QStringLiteral(", ")));
}

QString searchText(const Opportunity& row)
{
    QStringList parts{QString::fromStdString(row.eventTitle), QString::fromStdString(row.eventId)};
    for (const std::string& market : row.marketIds) {
        parts << QString::fromStdString(market);
    }
    for (const OpportunityLeg& leg : row.legs) {
        parts << QString::fromStdString(leg.outcome) << QString::fromStdString(leg.tokenId);
    }
    return parts.join(QLatin1Char('\n'));
}

std::int64_t freshnessMs(const Opportunity& row, std::int64_t nowMs)
{
    const auto oldest = display::oldestBookMs(row);
    return oldest ? nowMs - *oldest : 0;
}

/// Bitwise, so that no change a formatted double could show is missed (NaN, -0).
bool sameDouble(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

bool sameOptionalDouble(const std::optional<double>& a, const std::optional<double>& b)
{
    return a.has_value() == b.has_value() && (!a || sameDouble(*a, *b));
}

/// What the legs column shows: the outcomes, and per leg side, shares, limit, VWAP and fee.
bool sameLegs(const Opportunity& a, const Opportunity& b)
{
    if (a.legs.size() != b.legs.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.legs.size(); ++i) {
        const OpportunityLeg& x = a.legs[i];
        const OpportunityLeg& y = b.legs[i];
        if (x.side != y.side || x.shares != y.shares || x.limitPrice != y.limitPrice
            || x.vwap != y.vwap || x.fee != y.fee || x.outcome != y.outcome) {
            return false;
        }
    }
    return true;
}

} // namespace

OpportunityTableModel::OpportunityTableModel(QObject* parent)
    : KeyedRowsModel<Opportunity>(parent)
{}

void OpportunityTableModel::setSnapshot(const ScanSummary& summary, std::int64_t nowMs)
{
    applySnapshot(summary.opportunities, nowMs);
}

int OpportunityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpportunityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case StrategyColumn:
            return tr("Strategy");
        case EventColumn:
            return tr("Event");
        case LegsColumn:
            return tr("Legs");
        case SharesColumn:
            return tr("Shares");
        case CostColumn:
            return tr("Cost");
        case NetProfitColumn:
            return tr("Net profit");
        case NetPercentColumn:
            return tr("Net %");
        case AnnualizedColumn:
            return tr("Annualised %");
        case AgeColumn:
            return tr("Age");
        case FreshnessColumn:
            return tr("Book age");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case AgeColumn:
            return tr("How long the scanner has seen this opportunity");
        case FreshnessColumn:
            return tr("Age of the oldest order book a leg was priced from");
        case CostColumn:
            return tr("Sum of the buy legs' notionals, USDC");
        case NetProfitColumn:
            return tr("Guaranteed payout − cost − fees − gas, USDC");
        default:
            break;
        }
    }
    return {};
}

// Mirrors display(), toolTip() and sortKey() column by column: a field one of them reads for a
// column must be compared here for that column (tst_opportunitytablemodel checks it against the
// formatted cells). Fields no column shows (lastSeenMs, depth, book hashes) are not compared.
OpportunityTableModel::ColumnSet
OpportunityTableModel::changedColumns(const Opportunity& before, const Opportunity& after) const
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
    mark(LegsColumn, !sameLegs(before, after));
    mark(SharesColumn, before.shares != after.shares);
    mark(CostColumn, before.cost != after.cost);
    mark(NetProfitColumn, before.netProfit != after.netProfit || before.payout != after.payout
                                  || before.cost != after.cost || before.fees != after.fees
                                  || before.gas != after.gas);
    mark(NetPercentColumn, !sameDouble(before.netProfitPct, after.netProfitPct));
    mark(AnnualizedColumn, !sameOptionalDouble(before.annualizedPct, after.annualizedPct)
                                   || before.lockedUntilMs != after.lockedUntilMs);
    mark(AgeColumn, before.firstSeenMs != after.firstSeenMs);
    mark(FreshnessColumn, display::oldestBookMs(before) != display::oldestBookMs(after));
    return changed;
}

QVariant
OpportunityTableModel::cell(const Opportunity& row, int column, int role, std::int64_t nowMs) const
{
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column, nowMs);
    case Qt::ToolTipRole:
        return toolTip(row, column, nowMs);
    case SortRole:
        return sortKey(row, column, nowMs);
    case Qt::TextAlignmentRole:
        return column >= SharesColumn ? int(Qt::AlignRight | Qt::AlignVCenter)
                                      : int(Qt::AlignLeft | Qt::AlignVCenter);
    case StrategyRole:
        return int(row.strategy);
    case NetProfitMicrosRole:
        return qint64(row.netProfit.micros());
    case SearchTextRole:
        return searchText(row);
    case IdRole:
        return QString::fromStdString(row.id);
    default:
        return {};
    }
}

QVariant
OpportunityTableModel::display(const Opportunity& row, int column, std::int64_t nowMs) const
{
    switch (Column(column)) {
    case StrategyColumn:
        return display::strategyCodeText(row.strategy);
    case EventColumn:
        return QString::fromStdString(row.eventTitle);
    case LegsColumn:
        return legsSummary(row);
    case SharesColumn:
        return display::money(row.shares);
    case CostColumn:
        return display::money(row.cost);
    case NetProfitColumn:
        return display::money(row.netProfit);
    case NetPercentColumn:
        return display::percent(row.netProfitPct);
    case AnnualizedColumn:
        return display::percent(row.annualizedPct);
    case AgeColumn:
        return display::duration(nowMs - row.firstSeenMs);
    case FreshnessColumn:
        return display::oldestBookMs(row) ? display::duration(freshnessMs(row, nowMs))
                                          : QStringLiteral("—");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant
OpportunityTableModel::toolTip(const Opportunity& row, int column, std::int64_t nowMs) const
{
    switch (Column(column)) {
    case StrategyColumn:
        return display::strategyName(row.strategy);
    case EventColumn:
        return tr("%1\nevent %2\nid %3")
                .arg(QString::fromStdString(row.eventTitle), QString::fromStdString(row.eventId),
                     QString::fromStdString(row.id));
    case LegsColumn: {
        QStringList lines;
        for (const OpportunityLeg& leg : row.legs) {
            lines << tr("%1 %2 × %3 at ≤ %4 (VWAP %5, fee %6)")
                             .arg(display::sideText(leg.side),
                                  QString::fromStdString(leg.shares.toString()),
                                  QString::fromStdString(leg.outcome),
                                  QString::fromStdString(leg.limitPrice.toString()),
                                  QString::fromStdString(leg.vwap.toString()),
                                  QString::fromStdString(leg.fee.toString()));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case SharesColumn:
        return tr("%1 shares").arg(QString::fromStdString(row.shares.toString()));
    case CostColumn:
        return display::exactUsdc(row.cost);
    case NetProfitColumn:
        return tr("%1\npayout %2 − cost %3 − fees %4 − gas %5")
                .arg(display::exactUsdc(row.netProfit),
                     QString::fromStdString(row.payout.toString()),
                     QString::fromStdString(row.cost.toString()),
                     QString::fromStdString(row.fees.toString()),
                     QString::fromStdString(row.gas.toString()));
    case NetPercentColumn:
        return QString::number(row.netProfitPct * 100.0, 'g', 10) + QStringLiteral(" %");
    case AnnualizedColumn:
        return row.lockedUntilMs
                       ? tr("capital locked until %1").arg(display::utcTime(*row.lockedUntilMs))
                       : tr("capital returned at once");
    case AgeColumn:
        return tr("first seen %1").arg(display::utcTime(row.firstSeenMs));
    case FreshnessColumn:
        return tr("%1 ms").arg(freshnessMs(row, nowMs));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant
OpportunityTableModel::sortKey(const Opportunity& row, int column, std::int64_t nowMs) const
{
    switch (Column(column)) {
    case StrategyColumn:
        return int(row.strategy);
    case EventColumn:
        return QString::fromStdString(row.eventTitle);
    case LegsColumn:
        return int(row.legs.size());
    case SharesColumn:
        return qint64(row.shares.micros());
    case CostColumn:
        return qint64(row.cost.micros());
    case NetProfitColumn:
        return qint64(row.netProfit.micros());
    case NetPercentColumn:
        return row.netProfitPct;
    case AnnualizedColumn:
        return row.annualizedPct.value_or(std::numeric_limits<double>::lowest());
    case AgeColumn:
        return qint64(nowMs - row.firstSeenMs);
    case FreshnessColumn:
        return qint64(freshnessMs(row, nowMs));
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace polaris::ui
