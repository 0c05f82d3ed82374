#include "ui/MainWindow.h"

#include "ui/models/OpportunityFilterProxy.h"
#include "ui/models/OpportunityTableModel.h"
#include "ui/models/RefusalTableModel.h"
#include "ui/widgets/OpportunityDetailView.h"
#include "ui/widgets/OpportunityFilterBar.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace polaris::ui {

namespace {

std::int64_t wallClockMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/// The phase as the status bar shows it; marketDataPhaseName() stays the untranslated log form.
QString phaseText(MarketDataStatus::Phase phase)
{
    switch (phase) {
    case MarketDataStatus::Phase::Starting:
        return MainWindow::tr("starting");
    case MarketDataStatus::Phase::LoadingEvents:
        return MainWindow::tr("loading events");
    case MarketDataStatus::Phase::LoadingBooks:
        return MainWindow::tr("loading books");
    case MarketDataStatus::Phase::Live:
        return MainWindow::tr("live");
    case MarketDataStatus::Phase::Replay:
        return MainWindow::tr("replay");
    case MarketDataStatus::Phase::Failed:
        return MainWindow::tr("failed");
    }
    return QLatin1String(marketDataPhaseName(phase));
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Polaris"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("simulatedBanner"));
    m_banner->setStyleSheet(
            QStringLiteral("background:#b35900;color:white;font-weight:bold;padding:6px;"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);
    m_headline = new QLabel(tr("Connecting to market data…"), central);
    m_headline->setObjectName(QStringLiteral("headline"));
    layout->addWidget(m_headline);

    m_filterBar = new OpportunityFilterBar(central);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    layout->addWidget(m_filterBar);

    m_opportunities = new OpportunityTableModel(this);
    m_refusals = new RefusalTableModel(this);
    m_opportunityProxy = new OpportunityFilterProxy(this);
    m_opportunityProxy->setSourceModel(m_opportunities);
    m_refusalProxy = new OpportunityFilterProxy(this);
    m_refusalProxy->setSourceModel(m_refusals);
    for (OpportunityFilterProxy* proxy : {m_opportunityProxy, m_refusalProxy}) {
        connect(m_filterBar, &OpportunityFilterBar::strategyMaskChanged, proxy,
                &OpportunityFilterProxy::setStrategyMask);
        connect(m_filterBar, &OpportunityFilterBar::minNetProfitChanged, proxy,
                &OpportunityFilterProxy::setMinNetProfit);
        connect(m_filterBar, &OpportunityFilterBar::textChanged, proxy,
                &OpportunityFilterProxy::setText);
    }

    auto* splitter = new QSplitter(Qt::Horizontal, central);
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("opportunityTabs"));
    m_opportunityView = makeTable(m_opportunityProxy, OpportunityTableModel::NetProfitColumn,
                                  "opportunitiesTable");
    m_refusalView = makeTable(m_refusalProxy, RefusalTableModel::EdgeColumn, "nearMissesTable");
    for (int column = 0; column < OpportunityTableModel::ColumnCount; ++column) {
        m_opportunityView->setColumnWidth(column, 78);
    }
    m_opportunityView->setColumnWidth(OpportunityTableModel::StrategyColumn, 64);
    m_opportunityView->setColumnWidth(OpportunityTableModel::EventColumn, 210);
    m_opportunityView->setColumnWidth(OpportunityTableModel::LegsColumn, 150);
    m_opportunityView->setColumnWidth(OpportunityTableModel::AnnualizedColumn, 100);
    m_refusalView->setColumnWidth(RefusalTableModel::StrategyColumn, 64);
    m_refusalView->setColumnWidth(RefusalTableModel::EventColumn, 260);
    m_refusalView->setColumnWidth(RefusalTableModel::ReasonColumn, 260);
    m_refusalView->setColumnWidth(RefusalTableModel::DetailColumn, 320);
    m_tabs->addTab(m_opportunityView, tr("Opportunities"));
    m_tabs->addTab(m_refusalView, tr("Near-misses"));
    m_tabs->setTabToolTip(1, tr("Candidates the scanner refused, and why (Ctrl+M)"));
    m_detail = new OpportunityDetailView;
    m_detail->setObjectName(QStringLiteral("detailView"));
    auto* detailScroll = new QScrollArea(splitter);
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    splitter->addWidget(m_tabs);
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({1060, 520});
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    connect(m_opportunityView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::showSelectedOpportunity);
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_filterBar, &OpportunityFilterBar::focusSearch);
    auto* nearMisses = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_M), this);
    connect(nearMisses, &QShortcut::activated, this, &MainWindow::toggleNearMisses);
    // Ages move on even when the scanner has nothing new to publish.
    m_clockTimer = new QTimer(this);
    connect(m_clockTimer, &QTimer::timeout, this, &MainWindow::tick);
    m_clockTimer->start(1000);

    m_source = new QLabel(this);
    m_feed = new QLabel(this);
    m_feed->setObjectName(QStringLiteral("feedStatus"));
    statusBar()->addWidget(m_source);
    statusBar()->addPermanentWidget(m_feed);
    resize(1600, 900);
}

QTableView* MainWindow::makeTable(QAbstractItemModel* model, int sortColumn, const char* name)
{
    auto* view = new QTableView(m_tabs);
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->setSortingEnabled(true);
    view->sortByColumn(sortColumn, Qt::DescendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Not SingleSelection: in that mode Qt selects a neighbour when the selected row is removed,
    // and the detail pane would silently jump to another opportunity.
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

void MainWindow::setSimulatedBanner(const QString& reason)
{
    m_banner->setText(tr("SIMULATED DATA — %1").arg(reason));
    m_banner->setVisible(!reason.isEmpty());
}

void MainWindow::setSource(const QString& source)
{
    m_source->setText(source);
}

void MainWindow::showMessage(const QString& message)
{
    m_headline->setText(message);
}

void MainWindow::setMarketDataStatus(const MarketDataStatus& status)
{
    m_feed->setText(
            tr("%1 · %2 events · books %3 live / %4 stale / %5 invalid · %6 msg/s · feeds %7/%8")
                    .arg(phaseText(status.phase))
                    .arg(status.events)
                    .arg(status.booksLive)
                    .arg(status.booksStale)
                    .arg(status.booksInvalid)
                    .arg(status.messagesPerSecond, 0, 'f', 0)
                    .arg(status.shardsUp)
                    .arg(status.shardsTotal));
}

void MainWindow::setScanSummary(const ScanSummary& summary)
{
    const std::int64_t now = wallClockMs();
    m_opportunities->setSnapshot(summary, now);
    m_refusals->setSnapshot(summary, now);

    QStringList perStrategy;
    for (const Strategy strategy :
         {Strategy::NegRiskLong, Strategy::NegRiskShort, Strategy::BinaryComplement,
          Strategy::NoConversion, Strategy::Bond, Strategy::TailEnd}) {
        perStrategy << QStringLiteral("%1: %2")
                               .arg(QLatin1String(strategyCode(strategy)))
                               .arg(summary.perStrategy[static_cast<std::size_t>(strategy)]);
    }
    m_headline->setText(tr("%1 opportunities (%2) · %3 near-misses · full scan %4 ms")
                                .arg(summary.opportunities.size())
                                .arg(perStrategy.join(QStringLiteral(", ")))
                                .arg(summary.refusalCount)
                                .arg(summary.lastFullScanMs, 0, 'f', 1));
    m_tabs->setTabText(0, tr("Opportunities (%1)").arg(summary.opportunities.size()));
    m_tabs->setTabText(1, int(summary.refusals.size()) < summary.refusalCount
                                  ? tr("Near-misses (closest %1 of %2)")
                                            .arg(summary.refusals.size())
                                            .arg(summary.refusalCount)
                                  : tr("Near-misses (%1)").arg(summary.refusals.size()));

    // A first look should not be an empty detail pane: select the best row once.
    if (!m_autoSelected && m_opportunityProxy->rowCount() > 0
        && !m_opportunityView->selectionModel()->hasSelection()) {
        m_autoSelected = true;
        m_opportunityView->selectRow(0);
    }
    refreshDetail(now);
}

void MainWindow::toggleNearMisses()
{
    m_tabs->setCurrentIndex(m_tabs->currentIndex() == 0 ? 1 : 0);
    m_tabs->currentWidget()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showSelectedOpportunity()
{
    const QModelIndexList rows = m_opportunityView->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        // The selected row vanished from the scan (or the user deselected): keep its last figures.
        m_detail->markGone();
        return;
    }
    // With several rows selected, show the one the user touched last.
    const QModelIndex current = m_opportunityView->selectionModel()->currentIndex();
    const bool currentSelected =
            current.isValid() && m_opportunityView->selectionModel()->isRowSelected(current.row());
    const QModelIndex source =
            m_opportunityProxy->mapToSource(currentSelected ? current : rows.front());
    if (const Opportunity* opportunity = m_opportunities->opportunityAt(source.row())) {
        m_detail->setOpportunity(*opportunity, m_opportunities->nowMs());
    }
}

void MainWindow::refreshDetail(std::int64_t nowMs)
{
    const auto& id = m_detail->shownId();
    if (!id) {
        return;
    }
    const int row = m_opportunities->rowOf(*id);
    if (row < 0) {
        m_detail->markGone();
    } else {
        m_detail->setOpportunity(*m_opportunities->opportunityAt(row), nowMs);
    }
}

void MainWindow::tick()
{
    const std::int64_t now = wallClockMs();
    m_opportunities->setNow(now);
    refreshDetail(now);
}

} // namespace polaris::ui
