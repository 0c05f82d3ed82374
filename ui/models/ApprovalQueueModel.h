#pragma once

#include "core/execution/ApprovalDesk.h"
#include "ui/models/KeyedRowsModel.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace polaris::ui {

/// One row of the approval queue: the service's entry, and the quote the operator was shown
/// before the pre-flight replaced it (the desk keeps only the new one).
struct ApprovalRow
{
    PendingApproval entry;
    std::optional<Opportunity> before;
};

/// The operator's approval queue: one row per PendingApproval, keyed by approval id and updated
/// in place from the execution service's snapshots (no resets, selection kept). Shows the frozen
/// quote, the stage, the time left on the quote (counting down with setNow()) and, when the
/// pre-flight moved the edge (NeedsReconfirm), the old and the new quote side by side,
/// highlighted: the desk replaces an entry's quote by the re-quote, so the model remembers the
/// quote each entry showed before. GUI thread.
class ApprovalQueueModel : public KeyedRowsModel<ApprovalRow>
{
    Q_OBJECT
public:
    enum Column {
        EventColumn,
        StrategyColumn,
        SharesColumn,
        CostColumn,
        NetProfitColumn,
        NetPercentColumn,
        StageColumn,
        TimeLeftColumn,
        RequoteColumn,
        ColumnCount
    };
    /// int(ApprovalStage) on every cell.
    static constexpr int StageRole = Qt::UserRole + 41;

    explicit ApprovalQueueModel(QObject* parent = nullptr);

    void setApprovals(std::vector<PendingApproval> entries, std::int64_t nowMs);
    const PendingApproval* approvalAt(int row) const
    {
        const ApprovalRow* found = rowAt(row);
        return found != nullptr ? &found->entry : nullptr;
    }

    /// Whether the operator can still decide on this entry (Waiting or NeedsReconfirm).
    static bool isOpen(ApprovalStage stage);
    static QString stageText(ApprovalStage stage);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    std::string keyOf(const ApprovalRow& row) const override { return row.entry.approvalId; }
    QVariant cell(const ApprovalRow& row, int column, int role, std::int64_t nowMs) const override;
    std::pair<int, int> timeColumns() const override { return {TimeLeftColumn, TimeLeftColumn}; }

private:
    QVariant display(const ApprovalRow& row, int column, std::int64_t nowMs) const;
    QVariant toolTip(const ApprovalRow& row, int column) const;
    QVariant sortKey(const PendingApproval& row, int column, std::int64_t nowMs) const;

    /// Per approval id: the quote of the last snapshot, and the one it replaced.
    struct Shown
    {
        Opportunity current;
        std::optional<Opportunity> before;
    };
    std::unordered_map<std::string, Shown> m_shown;
};

} // namespace polaris::ui
