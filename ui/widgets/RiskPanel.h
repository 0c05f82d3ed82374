#pragma once

#include "core/execution/ExecutionService.h" // the metatypes of the values crossing threads
#include "ui/widgets/LiveConfirmDialog.h"    // QPointer<LiveConfirmDialog> needs the complete type

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace polaris::ui {

class RiskPanelModel;

/// The risk panel: the phase (Monitor / Paper / Live) with its switches, the four layers of the
/// risk pyramid with current values against limits (RiskPanelModel), the breaker's reset button
/// (only while Paused) and what reconciliation found at start. Entering Live goes through
/// LiveConfirmDialog; the panel never changes anything itself, it asks the execution service
/// through its signals and shows the snapshots that come back. GUI thread.
class RiskPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RiskPanel(QWidget* parent = nullptr);

    RiskPanelModel* model() const { return m_model; }
    /// The open Live confirmation, if any (tests drive it).
    LiveConfirmDialog* liveDialog() const { return m_liveDialog; }

public Q_SLOTS:
    void setRiskSnapshot(const polaris::RiskSnapshot& snapshot);
    void setReconciliationIssues(const QStringList& issues);
    /// A refusal or failure from the execution service (e.g. a wrong Live phrase).
    void showFailure(const QString& message);
    /// Opens the Live confirmation (non-blocking); phaseRequested(Live, phrase) when confirmed.
    void requestLive();

Q_SIGNALS:
    /// Connect to ExecutionService::setPhase (queued).
    void phaseRequested(polaris::ExecutionMode phase, const QString& confirmation);
    /// Connect to ExecutionService::resetBreaker (queued).
    void resetBreakerRequested();

private:
    void updateHeader();

    RiskPanelModel* m_model = nullptr;
    QLabel* m_phase = nullptr;
    QLabel* m_overall = nullptr;
    QPushButton* m_monitor = nullptr;
    QPushButton* m_paper = nullptr;
    QPushButton* m_live = nullptr;
    QPushButton* m_resetBreaker = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_reconciliation = nullptr;
    QLabel* m_failure = nullptr;
    QPointer<LiveConfirmDialog> m_liveDialog;
};

} // namespace polaris::ui
