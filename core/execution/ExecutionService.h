#pragma once

#include "core/execution/ApprovalDesk.h"
#include "core/execution/ExecutionReport.h"
#include "core/execution/RiskSnapshot.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <vector>

namespace polaris {

/// The console's (and the CLI's) handle on execution: lives on its own WorkerThread, owns the
/// ExecutionEngine, RiskGuard, ApprovalDesk, Portfolio and the gateway for the current phase.
/// Everything crosses threads as queued slots and signals carrying plain values.
///
/// Contract for the UI (issue 5's risk panel and approval queue):
/// - submitForApproval() freezes a quote into the queue (approvalsChanged follows);
/// - approve() re-runs the pre-flight; if the edge moved beyond tolerance the entry goes to
///   NeedsReconfirm with the new quote and approve() must be called again; otherwise it
///   executes and executionFinished() reports; every decision is stored (arb_approval);
/// - setPhase(Live, confirmation) requires confirmation == liveConfirmationPhrase(), so a
///   stray click cannot enter Live;
/// - riskChanged() is emitted on every change and at least once a second while running.
class ExecutionService : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ExecutionService() override = default;

    /// What the operator must type to enter Live (translated in the UI, compared untranslated).
    static QString liveConfirmationPhrase() { return QStringLiteral("LIVE"); }

public Q_SLOTS:
    virtual void setPhase(polaris::ExecutionMode phase, const QString& confirmation) = 0;
    virtual void submitForApproval(const polaris::Opportunity& quote) = 0;
    virtual void approve(const QString& approvalId, const QString& operatorName) = 0;
    virtual void reject(const QString& approvalId, const QString& operatorName) = 0;
    virtual void resetBreaker() = 0;
    /// The scanner's Layer 1/2 refusal counts, for the panel's first two layers.
    virtual void setScanRefusals(int layer1, int layer2) = 0;

Q_SIGNALS:
    void riskChanged(polaris::RiskSnapshot snapshot);
    void approvalsChanged(std::vector<polaris::PendingApproval> entries);
    void executionFinished(polaris::ExecutionReport report);
    /// Reconciliation at start found orders or trades the database did not expect.
    void reconciliationIssues(QStringList issues);
    void failed(QString message);
};

} // namespace polaris

Q_DECLARE_METATYPE(polaris::RiskSnapshot)
Q_DECLARE_METATYPE(polaris::ExecutionReport)
Q_DECLARE_METATYPE(std::vector<polaris::PendingApproval>)
Q_DECLARE_METATYPE(polaris::ExecutionMode)
