#include "ui/MainWindow.h"

#include "ui/ConsoleActions.h"
#include "ui/ConsoleDialogs.h"
#include "ui/SummaryCoalescer.h"
#include "ui/TrayAnnouncer.h"
#include "ui/WindowLayout.h"
#include "ui/models/OpportunityFilterProxy.h"
#include "ui/models/OpportunityTableModel.h"
#include "ui/models/RefusalTableModel.h"
#include "ui/widgets/OpportunityDetailView.h"
#include "ui/widgets/OpportunityFilterBar.h"

#include <QAction>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace polaris::ui {

namespace {

const QString kLayoutGroup = QStringLiteral("window");
constexpr int kStatusMessageMs = 10'000;
/// Tabs 0 and 1 are the opportunities and the near-misses: the filter bar and the detail pane
/// belong to them; other views get the whole width.
constexpr int kScannerTabs = 2;

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

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_tabs = new QTabWidget(m_splitter);
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
    m_detailScroll = new QScrollArea(m_splitter);
    m_detailScroll->setWidget(m_detail);
    m_detailScroll->setWidgetResizable(true);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_detailScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({1060, 520});
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    connect(m_opportunityView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::showSelectedOpportunity);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::tabChanged);
    m_coalescer = new SummaryCoalescer(this);
    connect(m_coalescer, &SummaryCoalescer::ready, this, &MainWindow::setScanSummary);
    m_actions = new ConsoleActions(*this);
    m_dialogs = new ConsoleDialogs(*this);
    connect(m_dialogs, &ConsoleDialogs::arbConfigChanged, this, &MainWindow::arbConfigChanged);
    connect(m_dialogs, &ConsoleDialogs::consoleSettingsChanged, this,
            &MainWindow::applyConsoleSettings);
    connect(m_dialogs, &ConsoleDialogs::secretsChanged, this, &MainWindow::secretsChanged);
    connect(m_dialogs, &ConsoleDialogs::restartNeeded, this, [this] {
        statusBar()->showMessage(tr("Settings saved. Language, venue and database changes "
                                    "apply after a restart."),
                                 kStatusMessageMs);
    });
    connectActions();
    m_actions->setTabTitles(*m_tabs);
    m_announcer = new TrayAnnouncer(*this);
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
    applyConsoleSettings(ConsoleSettings::load(settings()));
}

MainWindow::~MainWindow() = default;

void MainWindow::connectActions()
{
    using C = ConsoleActions::Command;
    const auto on = [this](C command, auto slot) {
        connect(m_actions->action(command), &QAction::triggered, this, slot);
    };
    on(C::Settings, &MainWindow::openSettings);
    on(C::Keys, &MainWindow::openKeys);
    on(C::Quit, &QWidget::close);
    on(C::Refresh, [this] {
        tick();
        Q_EMIT refreshRequested();
    });
    on(C::Find, [this] {
        showTab(m_tabs->currentIndex() < kScannerTabs ? m_tabs->currentIndex() : 0);
        m_filterBar->focusSearch();
    });
    on(C::NearMisses, &MainWindow::toggleNearMisses);
    on(C::AskApproval, &MainWindow::askApprovalForSelected);
    m_opportunityView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_opportunityView->addAction(m_actions->action(C::AskApproval));
    on(C::ApproveSelected, &MainWindow::approveSelectedRequested);
    on(C::RejectSelected, &MainWindow::rejectSelectedRequested);
    on(C::Shortcuts, &MainWindow::showShortcuts);
    on(C::About, [this] { m_dialogs->showAbout(); });
    for (int i = 0; i < ConsoleActions::kTabShortcuts; ++i) {
        connect(m_actions->tabAction(i), &QAction::triggered, this, [this, i] { showTab(i); });
    }
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
    QString text =
            tr("%1 · %2 events · books %3 live / %4 stale / %5 invalid · %6 msg/s · feeds %7/%8")
                    .arg(phaseText(status.phase))
                    .arg(status.events)
                    .arg(status.booksLive)
                    .arg(status.booksStale)
                    .arg(status.booksInvalid)
                    .arg(status.messagesPerSecond, 0, 'f', 0)
                    .arg(status.shardsUp)
                    .arg(status.shardsTotal);
    if (status.roundTripMs >= 0) {
        text += tr(" · ping %1 ms").arg(status.roundTripMs);
    }
    m_feed->setText(text);
}

void MainWindow::setScanSummary(const ScanSummary& summary)
{
    const std::int64_t now = wallClockMs();
    if (m_opportunityThrottle.offer(summary, m_tabs->currentIndex() < kScannerTabs, now)) {
        applyOpportunities(summary, now);
    }
    if (m_refusalThrottle.offer(summary, m_tabs->currentWidget() == m_refusalView, now)) {
        m_refusals->setSnapshot(summary, now);
    }

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

    const std::vector<Opportunity> news = m_notifier.update(summary, now);
    if (!news.empty()) {
        m_announcer->announce(news, m_notifier.minNetProfit());
    }
}

void MainWindow::postScanSummary(const ScanSummary& summary)
{
    m_coalescer->post(summary);
}

void MainWindow::applyOpportunities(const ScanSummary& summary, std::int64_t nowMs)
{
    m_opportunities->setSnapshot(summary, nowMs);
    // A first look should not be an empty detail pane: select the best row once.
    if (!m_autoSelected && m_opportunityProxy->rowCount() > 0
        && !m_opportunityView->selectionModel()->hasSelection()) {
        m_autoSelected = true;
        m_opportunityView->selectRow(0);
    }
    refreshDetail(nowMs);
}

void MainWindow::applyKeptSnapshots()
{
    const std::int64_t now = wallClockMs();
    if (auto kept = m_opportunityThrottle.takeDue(m_tabs->currentIndex() < kScannerTabs, now)) {
        applyOpportunities(*kept, now);
    }
    if (auto kept = m_refusalThrottle.takeDue(m_tabs->currentWidget() == m_refusalView, now)) {
        m_refusals->setSnapshot(*kept, now);
    }
}

void MainWindow::toggleNearMisses()
{
    showTab(m_tabs->currentIndex() == 0 ? 1 : 0);
}

void MainWindow::showTab(int index)
{
    if (index < 0 || index >= m_tabs->count()) {
        return;
    }
    m_tabs->setCurrentIndex(index);
    m_tabs->currentWidget()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::tabChanged(int index)
{
    applyKeptSnapshots(); // a table coming on screen shows the latest scan at once
    const bool scanner = index < kScannerTabs;
    m_filterBar->setVisible(scanner);
    if (scanner == !m_detailScroll->isHidden()) {
        return;
    }
    // A hidden splitter pane loses its width to the other one; keep the user's split aside.
    if (!scanner) {
        m_splitterState = m_splitter->saveState();
        m_detailScroll->setVisible(false);
    } else {
        m_detailScroll->setVisible(true);
        m_splitter->restoreState(m_splitterState);
    }
}

void MainWindow::addViewTab(QWidget* view, const QString& title, const QKeySequence& shortcut)
{
    const int index = m_tabs->addTab(view, title);
    if (!shortcut.isEmpty()) {
        connect(m_actions->addGoToAction(title, shortcut), &QAction::triggered, this,
                [this, view] { showTab(m_tabs->indexOf(view)); });
    }
    if (index < ConsoleActions::kTabShortcuts) {
        m_tabs->setTabToolTip(
                index, m_actions->tabAction(index)->shortcut().toString(QKeySequence::NativeText));
    }
    m_actions->setTabTitles(*m_tabs);
}

void MainWindow::setRiskPanel(QWidget* panel)
{
    if (!m_riskDock) {
        m_riskDock = new QDockWidget(tr("Risk"), this);
        m_riskDock->setObjectName(QStringLiteral("riskDock")); // saveState() needs the name
        m_riskDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
        addDockWidget(Qt::RightDockWidgetArea, m_riskDock);
        QAction* toggle = m_riskDock->toggleViewAction();
        toggle->setText(tr("&Risk panel"));
        toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        m_actions->addPanelToggle(toggle);
        m_riskDock->setVisible(true); // docks added to a shown window stay hidden otherwise
    }
    QWidget* previous = m_riskDock->widget();
    m_riskDock->setWidget(panel);
    if (previous && previous != panel) {
        previous->deleteLater();
    }
    setApprovalActionsEnabled(true);
}

void MainWindow::setApprovalActionsEnabled(bool enabled)
{
    m_actions->action(ConsoleActions::Command::AskApproval)->setEnabled(enabled);
    m_actions->action(ConsoleActions::Command::ApproveSelected)->setEnabled(enabled);
    m_actions->action(ConsoleActions::Command::RejectSelected)->setEnabled(enabled);
}

void MainWindow::setSettings(QSettings* settings)
{
    m_settings = settings;
    applyConsoleSettings(ConsoleSettings::load(this->settings()));
}

QSettings& MainWindow::settings()
{
    if (m_settings) {
        return *m_settings;
    }
    if (!m_ownSettings) {
        m_ownSettings = std::make_unique<QSettings>();
    }
    return *m_ownSettings;
}

void MainWindow::setSecretStore(secrets::SecretStore* store)
{
    m_dialogs->setSecretStore(store);
}

bool MainWindow::restoreLayout()
{
    const bool restored = WindowLayout::restore(*this, settings(), kLayoutGroup);
    tabChanged(m_tabs->currentIndex());
    return restored;
}

void MainWindow::saveLayout()
{
    WindowLayout::save(*this, settings(), kLayoutGroup);
    if (m_detailScroll->isHidden()) {
        // Another view is current: save the split the user chose, not the one without the pane.
        settings().setValue(WindowLayout::splitterKey(kLayoutGroup, m_splitter->objectName()),
                            m_splitterState);
    }
    settings().sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::openSettings()
{
    m_dialogs->openSettings(settings());
}

void MainWindow::openKeys()
{
    m_dialogs->openKeys();
}

void MainWindow::showShortcuts()
{
    m_dialogs->showShortcuts(m_actions->shortcutActions());
}

void MainWindow::applyConsoleSettings(const ConsoleSettings& console)
{
    m_notifier.setEnabled(console.notificationsEnabled);
    m_notifier.setMinNetProfit(console.notifyMinNetProfit);
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

void MainWindow::askApprovalForSelected()
{
    if (!m_actions->action(ConsoleActions::Command::AskApproval)->isEnabled()) {
        return; // no execution service behind the window
    }
    const QModelIndex current = m_opportunityView->selectionModel()->currentIndex();
    if (!current.isValid()) {
        showMessage(tr("Select an opportunity first."));
        return;
    }
    if (const Opportunity* opportunity =
                m_opportunities->opportunityAt(m_opportunityProxy->mapToSource(current).row())) {
        Q_EMIT approvalRequested(*opportunity);
        showMessage(
                tr("Sent to the approval queue: %1").arg(QString::fromStdString(opportunity->id)));
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
    applyKeptSnapshots();
    const std::int64_t now = wallClockMs();
    m_opportunities->setNow(now);
    refreshDetail(now);
}

} // namespace polaris::ui
