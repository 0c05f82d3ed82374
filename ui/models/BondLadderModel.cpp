#include "ui/models/BondLadderModel.h"

#include "ui/models/DisplayFormat.h"

#include <QStringList>

#include <limits>

namespace polaris::ui {

namespace {

QString exact(Decimal value)
{
    return QString::fromStdString(value.toString());
}

} // namespace

BondLadderModel::BondLadderModel(QObject* parent)
    : KeyedRowsModel<BondRung>(parent)
{}

void BondLadderModel::setPositions(std::vector<BondPositionRecord> positions, std::int64_t nowMs)
{
    m_positions = std::move(positions);
    refresh(nowMs);
}

void BondLadderModel::setCandidates(const ScanSummary& summary, std::int64_t nowMs)
{
    m_candidates.clear();
    for (const Opportunity& o : summary.opportunities) {
        if (o.strategy == Strategy::Bond) {
            m_candidates.push_back(o);
        }
    }
    refresh(nowMs);
}

void BondLadderModel::setGrouping(BondGrouping grouping, std::int64_t nowMs)
{
    m_grouping = grouping;
    refresh(nowMs);
    Q_EMIT headerDataChanged(Qt::Horizontal, DateColumn, DateColumn);
}

void BondLadderModel::refresh(std::int64_t nowMs)
{
    applySnapshot(BondRung::group(m_positions, m_candidates, m_grouping, nowMs), nowMs);
}

int BondLadderModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BondLadderModel::yieldText(Decimal fraction)
{
    return QStringLiteral("%1 %").arg(QString::fromStdString(
            Decimal::mul(fraction, Decimal::fromInt(100), Rounding::Down).toFixed(2)));
}

QVariant BondLadderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case DateColumn:
            return m_grouping == BondGrouping::Days ? tr("Resolves (day, UTC)")
                                                    : tr("Resolves (week, UTC)");
        case PositionsColumn:
            return tr("Positions");
        case CandidatesColumn:
            return tr("Candidates");
        case SharesColumn:
            return tr("Shares");
        case CapitalColumn:
            return tr("Capital");
        case PayoutColumn:
            return tr("Pays");
        case YieldColumn:
            return tr("Yield");
        case AnnualizedColumn:
            return tr("Annualised");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case PositionsColumn:
            return tr("Open bond positions in the database");
        case CandidatesColumn:
            return tr("Bonds the scanner currently finds (strategy F)");
        case CapitalColumn:
            return tr("Positions: shares × buy price; candidates: cost + fees (USDC)");
        case PayoutColumn:
            return tr("What the rung pays if every outcome happens: its shares (USDC)");
        case YieldColumn:
            return tr("Payout / capital − 1");
        case AnnualizedColumn:
            return tr("Yield × 365 / days to resolution (capital-weighted, from now)");
        default:
            break;
        }
    }
    return {};
}

QVariant BondLadderModel::cell(const BondRung& row, int column, int role, std::int64_t) const
{
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case SortRole:
        return sortKey(row, column);
    case Qt::TextAlignmentRole:
        return column == DateColumn ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                    : int(Qt::AlignRight | Qt::AlignVCenter);
    case IdRole:
        return QString::fromStdString(row.key);
    default:
        return {};
    }
}

QVariant BondLadderModel::display(const BondRung& row, int column) const
{
    switch (Column(column)) {
    case DateColumn:
        return row.label;
    case PositionsColumn:
        return row.positions;
    case CandidatesColumn:
        return row.candidates;
    case SharesColumn:
        return display::money(row.shares);
    case CapitalColumn:
        return display::money(row.capital);
    case PayoutColumn:
        return display::money(row.payout);
    case YieldColumn:
        return row.yield ? yieldText(*row.yield) : QStringLiteral("—");
    case AnnualizedColumn:
        return display::percent(row.annualized);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BondLadderModel::toolTip(const BondRung& row, int column) const
{
    switch (Column(column)) {
    case DateColumn: {
        QStringList lines;
        for (const BondRungItem& item : row.items) {
            lines << (item.kind == BondRungItem::Kind::Position ? tr("position: %1")
                                                                : tr("candidate: %1"))
                             .arg(QString::fromStdString(item.label));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case PositionsColumn:
    case CandidatesColumn:
        return {};
    case SharesColumn:
        return tr("%1 shares").arg(exact(row.shares));
    case CapitalColumn:
        return display::exactUsdc(row.capital);
    case PayoutColumn:
        return display::exactUsdc(row.payout);
    case YieldColumn:
        return row.yield ? tr("%1 (payout %2 / capital %3 − 1)")
                                   .arg(exact(*row.yield), exact(row.payout), exact(row.capital))
                         : QString();
    case AnnualizedColumn:
        return row.daysToResolution
                       ? tr("over %1 days to resolution").arg(*row.daysToResolution, 0, 'f', 2)
                       : tr("resolution date unknown or passed");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BondLadderModel::sortKey(const BondRung& row, int column) const
{
    switch (Column(column)) {
    case DateColumn:
        return qint64(row.startMs);
    case PositionsColumn:
        return row.positions;
    case CandidatesColumn:
        return row.candidates;
    case SharesColumn:
        return qint64(row.shares.micros());
    case CapitalColumn:
        return qint64(row.capital.micros());
    case PayoutColumn:
        return qint64(row.payout.micros());
    case YieldColumn:
        return row.yield ? qint64(row.yield->micros()) : std::numeric_limits<qint64>::min();
    case AnnualizedColumn:
        return row.annualized.value_or(std::numeric_limits<double>::lowest());
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace polaris::ui
