#include "ui/widgets/RiskPanel.h"

#include "ui/models/RiskPanelModel.h"
#include "ui/widgets/LiveConfirmDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace polaris::ui {

namespace {

QString badgeStyle(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Ok:
        return QStringLiteral("background:#d7f2d7;color:#202020;padding:2px 8px;");
    case RiskLevel::Warning:
        return QStringLiteral("background:#ffe8a8;color:#202020;padding:2px 8px;");
    case RiskLevel::Tripped:
        return QStringLiteral("background:#ffc4c4;color:#202020;padding:2px 8px;");
    }
    return {};
}

} // namespace

RiskPanel::RiskPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new RiskPanelModel(this))
{
    setObjectName(QStringLiteral("riskPanel"));
    auto* layout = new QVBoxLayout(this);

    auto* header = new QHBoxLayout;
    m_phase = new QLabel(this);
    m_phase->setObjectName(QStringLiteral("phase"));
    m_phase->setTextFormat(Qt::PlainText);
    header->addWidget(m_phase);
    m_overall = new QLabel(this);
    m_overall->setObjectName(QStringLiteral("overall"));
    header->addWidget(m_overall);
    header->addStretch(1);
    m_monitor = new QPushButton(tr("Monitor"), this);
    m_monitor->setObjectName(QStringLiteral("phaseMonitor"));
    m_monitor->setToolTip(tr("Record what would be traded; send nothing"));
    m_paper = new QPushButton(tr("Paper"), this);
    m_paper->setObjectName(QStringLiteral("phasePaper"));
    m_paper->setToolTip(tr("Simulate fills against the live books; send nothing"));
    m_live = new QPushButton(tr("Go Live…"), this);
    m_live->setObjectName(QStringLiteral("phaseLive"));
    m_live->setToolTip(tr("Send real orders (asks for confirmation)"));
    for (QPushButton* button : {m_monitor, m_paper, m_live}) {
        button->setCheckable(true);
        button->setAutoDefault(false);
        header->addWidget(button);
    }
    // The buttons show the service's phase, not the click: a click only asks.
    connect(m_monitor, &QPushButton::clicked, this, [this] {
        updateHeader();
        Q_EMIT phaseRequested(ExecutionMode::Monitor, QString());
    });
    connect(m_paper, &QPushButton::clicked, this, [this] {
        updateHeader();
        Q_EMIT phaseRequested(ExecutionMode::Paper, QString());
    });
    connect(m_live, &QPushButton::clicked, this, [this] {
        updateHeader();
        requestLive();
    });
    m_resetBreaker = new QPushButton(tr("Reset breaker"), this);
    m_resetBreaker->setObjectName(QStringLiteral("resetBreaker"));
    m_resetBreaker->setToolTip(
            tr("Resume trading after a pause for consecutive failures. A stop for the daily "
               "loss cannot be reset: it ends at 00:00 UTC."));
    m_resetBreaker->setAutoDefault(false);
    connect(m_resetBreaker, &QPushButton::clicked, this, &RiskPanel::resetBreakerRequested);
    header->addSpacing(12);
    header->addWidget(m_resetBreaker);
    layout->addLayout(header);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("riskTable"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_reconciliation = new QLabel(this);
    m_reconciliation->setObjectName(QStringLiteral("reconciliation"));
    m_reconciliation->setWordWrap(true);
    m_reconciliation->setTextFormat(Qt::PlainText);
    m_reconciliation->setStyleSheet(
            QStringLiteral("background:#ffe8a8;color:#202020;padding:4px;"));
    m_reconciliation->hide();
    layout->addWidget(m_reconciliation);
    m_failure = new QLabel(this);
    m_failure->setObjectName(QStringLiteral("failure"));
    m_failure->setWordWrap(true);
    m_failure->setTextFormat(Qt::PlainText);
    m_failure->setStyleSheet(QStringLiteral("color:#b00020;"));
    m_failure->hide();
    layout->addWidget(m_failure);
    updateHeader();
}

void RiskPanel::setRiskSnapshot(const RiskSnapshot& snapshot)
{
    const bool phaseChanged = snapshot.phase != m_model->snapshot().phase;
    m_model->setSnapshot(snapshot);
    if (phaseChanged) {
        m_failure->hide(); // a refusal about the previous phase no longer applies
    }
    updateHeader();
}

void RiskPanel::setReconciliationIssues(const QStringList& issues)
{
    m_reconciliation->setVisible(!issues.isEmpty());
    m_reconciliation->setText(
            tr("Reconciliation with the venue found %n unexpected item(s):", "", int(issues.size()))
            + QLatin1Char('\n') + issues.join(QLatin1Char('\n')));
}

void RiskPanel::showFailure(const QString& message)
{
    m_failure->setText(message);
    m_failure->setVisible(!message.isEmpty());
}

void RiskPanel::requestLive()
{
    if (m_liveDialog) {
        m_liveDialog->raise();
        m_liveDialog->activateWindow();
        return;
    }
    m_liveDialog = new LiveConfirmDialog(this);
    m_liveDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_liveDialog, &QDialog::accepted, this,
            [this] { Q_EMIT phaseRequested(ExecutionMode::Live, m_liveDialog->typedPhrase()); });
    m_liveDialog->open();
}

void RiskPanel::updateHeader()
{
    const RiskSnapshot& s = m_model->snapshot();
    QString text = tr("Phase: %1").arg(RiskPanelModel::phaseText(s.phase));
    if (s.effectiveMode != s.phase) {
        text += QLatin1Char(' ')
                + tr("(running as %1: %2)")
                          .arg(RiskPanelModel::phaseText(s.effectiveMode),
                               RiskPanelModel::breakerText(s.breaker));
    }
    m_phase->setText(text);
    QFont bold = m_phase->font();
    bold.setBold(true);
    m_phase->setFont(bold);
    const RiskLevel level = m_model->overallLevel();
    m_overall->setText(RiskPanelModel::levelText(level));
    m_overall->setStyleSheet(badgeStyle(level));
    m_monitor->setChecked(s.phase == ExecutionMode::Monitor);
    m_paper->setChecked(s.phase == ExecutionMode::Paper);
    m_live->setChecked(s.phase == ExecutionMode::Live);
    m_live->setEnabled(s.phase != ExecutionMode::Live);
    m_resetBreaker->setEnabled(s.breaker == BreakerState::Paused);
}

} // namespace polaris::ui
