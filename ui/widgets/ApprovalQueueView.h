#pragma once

#include "core/execution/ExecutionService.h" // the metatypes of the values crossing threads
#include "core/util/Clock.h"

#include <QString>
#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace polaris::ui {

class ApprovalQueueModel;
class ExecutionResultsModel;

/// The queue of opportunities waiting for the operator, with Approve / Reject for the selected
/// one (the button reads "Confirm again" when the pre-flight moved the edge), the frozen quotes
/// counting down, and the last execution results below. Decisions leave through signals to the
/// execution service; the queue shown is always the service's. GUI thread.
class ApprovalQueueView : public QWidget
{
    Q_OBJECT
public:
    explicit ApprovalQueueView(QWidget* parent = nullptr);

    ApprovalQueueModel* model() const { return m_model; }
    ExecutionResultsModel* resultsModel() const { return m_results; }
    QTableView* table() const { return m_table; }
    /// Who approves, stored with every decision (default: the login name).
    void setOperatorName(const QString& name) { m_operator = name; }
    QString operatorName() const { return m_operator; }
    /// Where "now" comes from for the countdown (default: the system clock). Not owned.
    void setClock(const Clock* clock);
    /// The selected entry's approval id, empty when none.
    QString selectedApprovalId() const;

public Q_SLOTS:
    void setApprovals(const std::vector<polaris::PendingApproval>& entries);
    void addExecutionReport(const polaris::ExecutionReport& report);
    /// Approves (or confirms again) the selected entry, if it is still open. Shortcut hook.
    void approveSelected();
    /// Rejects the selected entry, if it is still open. Shortcut hook.
    void rejectSelected();

Q_SIGNALS:
    /// Connect to ExecutionService::approve / reject (queued).
    void approveRequested(const QString& approvalId, const QString& operatorName);
    void rejectRequested(const QString& approvalId, const QString& operatorName);

private:
    void tick();
    void updateButtons();
    const PendingApproval* selectedEntry() const;
    /// Open, and not already asked about since the service last answered.
    bool decidable(const PendingApproval* entry) const;

    ApprovalQueueModel* m_model = nullptr;
    ExecutionResultsModel* m_results = nullptr;
    QSortFilterProxyModel* m_resultsProxy = nullptr;
    QTableView* m_table = nullptr;
    QTableView* m_resultsTable = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_reject = nullptr;
    QTimer* m_timer = nullptr;
    SystemClock m_systemClock;
    const Clock* m_clock = &m_systemClock;
    QString m_operator;
    QString m_decisionSent; // approval id asked about, until the service answers
};

} // namespace polaris::ui
