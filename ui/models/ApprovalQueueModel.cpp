#include "ui/models/ApprovalQueueModel.h"

#include "ui/models/DisplayFormat.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace polaris::ui {

namespace {

QString quoteLine(const Opportunity& quote)
{
    return ApprovalQueueModel::tr("%1 shares, cost %2, net %3 (%4)")
            .arg(display::money(quote.shares), display::money(quote.cost),
                 display::money(quote.netProfit), display::percent(quote.netProfitPct));
}

bool sameQuote(const Opportunity& a, const Opportunity& b)
{
    return a.shares == b.shares && a.cost == b.cost && a.netProfit == b.netProfit;
}

/// The quote before the pre-flight moved it, and the quote now; nullopt before = unknown.
struct Movement
{
    const Opportunity* before = nullptr;
    const Opportunity* now = nullptr;
};

Movement movementOf(const ApprovalRow& row)
{
    const PendingApproval& e = row.entry;
    if (!e.requote) {
        return {};
    }
    if (row.before) {
        return {&*row.before, &*e.requote};
    }
    // Shown only after the move: the entry's own quote is the old one if the desk kept it.
    return {sameQuote(e.quote, *e.requote) ? nullptr : &e.quote, &*e.requote};
}

} // namespace

ApprovalQueueModel::ApprovalQueueModel(QObject* parent)
    : KeyedRowsModel<ApprovalRow>(parent)
{}

void ApprovalQueueModel::setApprovals(std::vector<PendingApproval> entries, std::int64_t nowMs)
{
    std::unordered_map<std::string, Shown> shown;
    std::vector<ApprovalRow> rows;
    rows.reserve(entries.size());
    for (PendingApproval& entry : entries) {
        Shown next{entry.quote, std::nullopt};
        if (const auto known = m_shown.find(entry.approvalId); known != m_shown.end()) {
            next.before = sameQuote(known->second.current, entry.quote)
                                  ? known->second.before
                                  : std::optional<Opportunity>(known->second.current);
        }
        ApprovalRow row{std::move(entry), next.before};
        shown.emplace(row.entry.approvalId, std::move(next));
        rows.push_back(std::move(row));
    }
    m_shown = std::move(shown);
    applySnapshot(std::move(rows), nowMs);
}

bool ApprovalQueueModel::isOpen(ApprovalStage stage)
{
    return stage == ApprovalStage::Waiting || stage == ApprovalStage::NeedsReconfirm;
}

QString ApprovalQueueModel::stageText(ApprovalStage stage)
{
    switch (stage) {
    case ApprovalStage::Waiting:
        return tr("Waiting for approval");
    case ApprovalStage::NeedsReconfirm:
        return tr("Edge moved: confirm again");
    case ApprovalStage::Executing:
        return tr("Executing");
    case ApprovalStage::Done:
        return tr("Done");
    case ApprovalStage::Rejected:
        return tr("Rejected");
    case ApprovalStage::Expired:
        return tr("Quote expired");
    case ApprovalStage::Stale:
        return tr("Gone (stale)");
    }
    return {};
}

int ApprovalQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovalQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case EventColumn:
            return tr("Opportunity");
        case StrategyColumn:
            return tr("Strategy");
        case SharesColumn:
            return tr("Shares");
        case CostColumn:
            return tr("Cost");
        case NetProfitColumn:
            return tr("Net profit");
        case NetPercentColumn:
            return tr("Net %");
        case StageColumn:
            return tr("Stage");
        case TimeLeftColumn:
            return tr("Quote valid");
        case RequoteColumn:
            return tr("Re-quote (old → new)");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case TimeLeftColumn:
            return tr("Time left before the frozen quote expires");
        case RequoteColumn:
            return tr("When the pre-flight found the edge moved beyond the tolerance: the net "
                      "profit quoted and the net profit now");
        default:
            break;
        }
    }
    return {};
}

QVariant ApprovalQueueModel::cell(const ApprovalRow& approval,
                                  int column,
                                  int role,
                                  std::int64_t nowMs) const
{
    const PendingApproval& row = approval.entry;
    const bool reconfirm = row.stage == ApprovalStage::NeedsReconfirm;
    switch (role) {
    case Qt::DisplayRole:
        return display(approval, column, nowMs);
    case Qt::ToolTipRole:
        return toolTip(approval, column);
    case SortRole:
        return sortKey(row, column, nowMs);
    case Qt::TextAlignmentRole:
        return column >= SharesColumn && column <= NetPercentColumn
                       ? int(Qt::AlignRight | Qt::AlignVCenter)
                       : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (reconfirm && (column == StageColumn || column == RequoteColumn)) {
            return QBrush(QColor(0xff, 0xe8, 0xa8));
        }
        return {};
    case Qt::ForegroundRole:
        if (reconfirm && (column == StageColumn || column == RequoteColumn)) {
            return QBrush(QColor(0x20, 0x20, 0x20));
        }
        if (!isOpen(row.stage) && row.stage != ApprovalStage::Executing) {
            return QBrush(QColor(0x80, 0x80, 0x80)); // decided: no longer needs the eye
        }
        return {};
    case Qt::FontRole:
        if (reconfirm && (column == StageColumn || column == RequoteColumn)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case StageRole:
        return int(row.stage);
    case StrategyRole:
        return int(row.quote.strategy);
    case IdRole:
        return QString::fromStdString(row.approvalId);
    default:
        return {};
    }
}

QVariant
ApprovalQueueModel::display(const ApprovalRow& approval, int column, std::int64_t nowMs) const
{
    const PendingApproval& row = approval.entry;
    const Opportunity& q = row.quote;
    switch (Column(column)) {
    case EventColumn:
        return QString::fromStdString(q.eventTitle);
    case StrategyColumn:
        return display::strategyCodeText(q.strategy);
    case SharesColumn:
        return display::money(q.shares);
    case CostColumn:
        return display::money(q.cost);
    case NetProfitColumn:
        return display::money(q.netProfit);
    case NetPercentColumn:
        return display::percent(q.netProfitPct);
    case StageColumn:
        return stageText(row.stage);
    case TimeLeftColumn:
        if (!isOpen(row.stage)) {
            return QStringLiteral("—");
        }
        return row.expiresAtMs > nowMs ? display::duration(row.expiresAtMs - nowMs) : tr("expired");
    case RequoteColumn: {
        const Movement moved = movementOf(approval);
        if (moved.now == nullptr) {
            return QStringLiteral("—");
        }
        if (moved.before == nullptr) {
            return tr("now %1 (%2)")
                    .arg(display::money(moved.now->netProfit),
                         display::percent(moved.now->netProfitPct));
        }
        return tr("%1 → %2 (%3 → %4)")
                .arg(display::money(moved.before->netProfit), display::money(moved.now->netProfit),
                     display::percent(moved.before->netProfitPct),
                     display::percent(moved.now->netProfitPct));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ApprovalQueueModel::toolTip(const ApprovalRow& approval, int column) const
{
    const PendingApproval& row = approval.entry;
    const Opportunity& q = row.quote;
    switch (Column(column)) {
    case EventColumn:
        return tr("%1\nevent %2\nopportunity %3\napproval %4")
                .arg(QString::fromStdString(q.eventTitle), QString::fromStdString(q.eventId),
                     QString::fromStdString(q.id), QString::fromStdString(row.approvalId));
    case StrategyColumn:
        return display::strategyName(q.strategy);
    case CostColumn:
        return display::exactUsdc(q.cost);
    case NetProfitColumn:
        return display::exactUsdc(q.netProfit);
    case StageColumn:
        return row.message.empty() ? stageText(row.stage) : QString::fromStdString(row.message);
    case TimeLeftColumn:
        return tr("quoted %1\nexpires %2")
                .arg(display::utcTime(row.quotedAtMs), display::utcTime(row.expiresAtMs));
    case RequoteColumn: {
        const Movement moved = movementOf(approval);
        if (moved.now == nullptr) {
            return tr("quoted: %1").arg(quoteLine(q));
        }
        if (moved.before == nullptr) {
            return tr("now: %1").arg(quoteLine(*moved.now));
        }
        return tr("quoted: %1\nnow: %2").arg(quoteLine(*moved.before), quoteLine(*moved.now));
    }
    case SharesColumn:
    case NetPercentColumn:
    case ColumnCount:
        break;
    }
    return {};
}

QVariant
ApprovalQueueModel::sortKey(const PendingApproval& row, int column, std::int64_t nowMs) const
{
    const Opportunity& q = row.quote;
    switch (Column(column)) {
    case EventColumn:
        return QString::fromStdString(q.eventTitle);
    case StrategyColumn:
        return int(q.strategy);
    case SharesColumn:
        return qint64(q.shares.micros());
    case CostColumn:
        return qint64(q.cost.micros());
    case NetProfitColumn:
        return qint64(q.netProfit.micros());
    case NetPercentColumn:
        return q.netProfitPct;
    case StageColumn:
        return int(row.stage);
    case TimeLeftColumn:
        return isOpen(row.stage) ? qint64(row.expiresAtMs - nowMs) : qint64(-1);
    case RequoteColumn:
        return row.requote ? qint64(row.requote->netProfit.micros()) : qint64(0);
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace polaris::ui
