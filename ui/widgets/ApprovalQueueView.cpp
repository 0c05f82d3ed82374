#include "ui/widgets/ApprovalQueueView.h"

#include "ui/models/ApprovalQueueModel.h"
#include "ui/models/ExecutionResultsModel.h"
#include "ui/models/ModelRoles.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace polaris::ui {

namespace {

constexpr int kCountdownMs = 250;

QTableView* makeTable(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

ApprovalQueueView::ApprovalQueueView(QWidget* parent)
    : QWidget(parent)
    , m_model(new ApprovalQueueModel(this))
    , m_results(new ExecutionResultsModel(50, this))
    , m_resultsProxy(new QSortFilterProxyModel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("approvalQueue"));
    m_operator = qEnvironmentVariable("USER", QStringLiteral("operator"));
    auto* layout = new QVBoxLayout(this);

    auto* bar = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("approvalSummary"));
    bar->addWidget(m_summary, 1);
    m_approve = new QPushButton(tr("Approve"), this);
    m_approve->setObjectName(QStringLiteral("approve"));
    m_approve->setAutoDefault(false);
    m_reject = new QPushButton(tr("Reject"), this);
    m_reject->setObjectName(QStringLiteral("reject"));
    m_reject->setAutoDefault(false);
    connect(m_approve, &QPushButton::clicked, this, &ApprovalQueueView::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &ApprovalQueueView::rejectSelected);
    bar->addWidget(m_approve);
    bar->addWidget(m_reject);
    layout->addLayout(bar);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_table = makeTable(m_model, QStringLiteral("approvalTable"), splitter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApprovalQueueView::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ApprovalQueueView::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ApprovalQueueView::updateButtons);
    splitter->addWidget(m_table);

    auto* resultsBox = new QWidget(splitter);
    auto* resultsLayout = new QVBoxLayout(resultsBox);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(new QLabel(tr("Last executions"), resultsBox));
    m_resultsProxy->setSourceModel(m_results);
    m_resultsProxy->setSortRole(SortRole);
    m_resultsTable = makeTable(m_resultsProxy, QStringLiteral("executionResults"), resultsBox);
    m_resultsTable->setSortingEnabled(true);
    m_resultsTable->sortByColumn(ExecutionResultsModel::FinishedColumn, Qt::DescendingOrder);
    resultsLayout->addWidget(m_resultsTable);
    splitter->addWidget(resultsBox);
    layout->addWidget(splitter, 1);

    connect(m_timer, &QTimer::timeout, this, &ApprovalQueueView::tick);
    m_timer->start(kCountdownMs);
    tick();
}

void ApprovalQueueView::setClock(const Clock* clock)
{
    m_clock = clock != nullptr ? clock : &m_systemClock;
    tick();
}

void ApprovalQueueView::setApprovals(const std::vector<PendingApproval>& entries)
{
    m_decisionSent.clear(); // the service answered: its queue is the truth now
    m_model->setApprovals(entries, m_clock->nowMs());
    updateButtons();
}

void ApprovalQueueView::addExecutionReport(const ExecutionReport& report)
{
    m_results->addReport(report);
}

QString ApprovalQueueView::selectedApprovalId() const
{
    const PendingApproval* entry = selectedEntry();
    return entry != nullptr ? QString::fromStdString(entry->approvalId) : QString();
}

const PendingApproval* ApprovalQueueView::selectedEntry() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->approvalAt(rows.first().row());
}

bool ApprovalQueueView::decidable(const PendingApproval* entry) const
{
    // One decision per answer of the service: a double click or a repeated shortcut must not
    // approve twice.
    return entry != nullptr && ApprovalQueueModel::isOpen(entry->stage)
           && m_decisionSent != QString::fromStdString(entry->approvalId);
}

void ApprovalQueueView::approveSelected()
{
    const PendingApproval* entry = selectedEntry();
    if (!decidable(entry) || entry->expiresAtMs <= m_clock->nowMs()) {
        return;
    }
    m_decisionSent = QString::fromStdString(entry->approvalId);
    updateButtons();
    Q_EMIT approveRequested(m_decisionSent, m_operator);
}

void ApprovalQueueView::rejectSelected()
{
    const PendingApproval* entry = selectedEntry();
    if (!decidable(entry)) {
        return;
    }
    m_decisionSent = QString::fromStdString(entry->approvalId);
    updateButtons();
    Q_EMIT rejectRequested(m_decisionSent, m_operator);
}

void ApprovalQueueView::tick()
{
    m_model->setNow(m_clock->nowMs());
}

void ApprovalQueueView::updateButtons()
{
    int waiting = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        waiting += ApprovalQueueModel::isOpen(m_model->approvalAt(row)->stage) ? 1 : 0;
    }
    m_summary->setText(tr("%n opportunity(ies) waiting for approval", "", waiting));
    const PendingApproval* entry = selectedEntry();
    const bool open = decidable(entry);
    const bool reconfirm = entry != nullptr && entry->stage == ApprovalStage::NeedsReconfirm;
    m_approve->setText(reconfirm ? tr("Confirm again") : tr("Approve"));
    m_approve->setEnabled(open && entry->expiresAtMs > m_model->nowMs());
    m_reject->setEnabled(open);
}

} // namespace polaris::ui
