#pragma once

#include "core/config/ArbConfig.h"
#include "core/marketdata/MarketDataStatus.h"
#include "core/scanner/ScanSummary.h"
#include "ui/ConsoleSettings.h"
#include "ui/OpportunityNotifier.h"
#include "ui/SnapshotThrottle.h"

#include <QKeySequence>
#include <QMainWindow>

#include <cstdint>
#include <memory>

class QAbstractItemModel;
class QDockWidget;
class QLabel;
class QScrollArea;
class QSettings;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;

namespace polaris::secrets {
class SecretStore;
}

namespace polaris::ui {

class ConsoleActions;
class ConsoleDialogs;
class SummaryCoalescer;
class OpportunityDetailView;
class OpportunityFilterBar;
class OpportunityFilterProxy;
class OpportunityTableModel;
class RefusalTableModel;
class TrayAnnouncer;

/// The console's main window: a SIMULATED banner when the data is not the venue's, the live
/// opportunities table (filter bar, sortable, updated in place) with its near-misses one tab away,
/// the views other parts of the console add as further tabs, the selected opportunity's detail
/// pane, an optional risk panel docked on the right, the menu bar with the keyboard shortcuts,
/// notifications of new opportunities, and the market-data health in the status bar. Remembers
/// its layout. Only assembles; lives on the GUI thread and is fed values through queued signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Shows the banner that says the data is simulated (and why); an empty reason hides it.
    void setSimulatedBanner(const QString& reason);
    /// Where the data comes from, for the status bar ("Polymarket", "simulator at …").
    void setSource(const QString& source);
    void showMessage(const QString& message);

    /// Adds `view` as a tab after the existing ones (the window takes ownership). Ctrl+1..9
    /// show tabs by position; `shortcut`, when given, shows this one too. Give the view an
    /// objectName: the layout remembers the current tab by it.
    void addViewTab(QWidget* view, const QString& title, const QKeySequence& shortcut = {});
    /// Puts `panel` in a dock on the right (objectName "riskDock", View ▸ Risk panel,
    /// Ctrl+Shift+R), restored with the layout; replaces an earlier panel. Enables the approve /
    /// reject actions, whose signals the panel connects to.
    void setRiskPanel(QWidget* panel);
    void setApprovalActionsEnabled(bool enabled);

    /// Where the layout, the settings dialog and the notification threshold live (not owned;
    /// must outlive the window). Without one, the application's default QSettings is used.
    void setSettings(QSettings* settings);
    QSettings& settings();
    /// The keychain the Keys dialog writes to (not owned). Without one, the OS keychain under
    /// KeychainSecretStore::serviceFromEnvironment() is used.
    void setSecretStore(secrets::SecretStore* store);

    /// Restores the saved layout; call after every tab and dock exists. False on first start.
    bool restoreLayout();
    /// Saves the layout (also done when the window closes).
    void saveLayout();

    ConsoleActions& actions() { return *m_actions; }
    OpportunityNotifier& notifier() { return m_notifier; }

public Q_SLOTS:
    void setMarketDataStatus(const polaris::MarketDataStatus& status);
    void setScanSummary(const polaris::ScanSummary& summary);
    /// For the composition root's queued connection from the scan thread: keeps only the newest
    /// summary and applies it (setScanSummary) after the input and paint events already waiting,
    /// so that a burst of publishes never queues up behind the user's keystrokes.
    void postScanSummary(const polaris::ScanSummary& summary);
    /// Switches between the opportunities and the near-misses (Ctrl+M).
    void toggleNearMisses();
    /// Shows tab `index` (Ctrl+1..9) and focuses it.
    void showTab(int index);
    void openSettings();
    void openKeys();
    void showShortcuts();
    /// Applies the notification settings now (the language waits for a restart).
    void applyConsoleSettings(const polaris::ui::ConsoleSettings& settings);

Q_SIGNALS:
    /// The user saved new thresholds in the settings dialog: the scanner should use them.
    void arbConfigChanged(const polaris::ArbConfig& config);
    /// View ▸ Refresh (F5): the composition root asks the scanner for a full scan.
    void refreshRequested();
    /// Tools ▸ Approve / Reject selected: the risk panel acts on its selected approval.
    void approveSelectedRequested();
    /// Tools ▸ Ask for approval (Ctrl+Return, or the table's context menu): the selected
    /// opportunity goes to the approval queue with its quote frozen.
    void approvalRequested(const polaris::Opportunity& opportunity);
    void rejectSelectedRequested();
    /// A key was stored or removed in the Keys dialog.
    void secretsChanged();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QTableView* makeTable(QAbstractItemModel* model, int sortColumn, const char* name);
    void connectActions();
    void tabChanged(int index);
    void applyOpportunities(const ScanSummary& summary, std::int64_t nowMs);
    /// Gives hidden tables the summary they were kept waiting for, when it is due.
    void applyKeptSnapshots();
    void showSelectedOpportunity();
    void askApprovalForSelected();
    void refreshDetail(std::int64_t nowMs);
    void tick();

    QLabel* m_banner = nullptr;
    QLabel* m_headline = nullptr;
    OpportunityFilterBar* m_filterBar = nullptr;
    QTabWidget* m_tabs = nullptr;
    OpportunityTableModel* m_opportunities = nullptr;
    RefusalTableModel* m_refusals = nullptr;
    OpportunityFilterProxy* m_opportunityProxy = nullptr;
    OpportunityFilterProxy* m_refusalProxy = nullptr;
    QTableView* m_opportunityView = nullptr;
    QTableView* m_refusalView = nullptr;
    OpportunityDetailView* m_detail = nullptr;
    QScrollArea* m_detailScroll = nullptr;
    QSplitter* m_splitter = nullptr;
    /// The splitter as the user left it, while another view hides the detail pane.
    QByteArray m_splitterState;
    QDockWidget* m_riskDock = nullptr;
    QTimer* m_clockTimer = nullptr;
    QLabel* m_source = nullptr;
    QLabel* m_feed = nullptr;
    ConsoleActions* m_actions = nullptr;
    TrayAnnouncer* m_announcer = nullptr;
    OpportunityNotifier m_notifier;
    /// Tables off screen take a new scan at most every two seconds (and at once when shown).
    SnapshotThrottle m_opportunityThrottle{SnapshotThrottle::Part::Opportunities, 2000};
    SnapshotThrottle m_refusalThrottle{SnapshotThrottle::Part::Refusals, 2000};
    QSettings* m_settings = nullptr;
    std::unique_ptr<QSettings> m_ownSettings;
    ConsoleDialogs* m_dialogs = nullptr;
    SummaryCoalescer* m_coalescer = nullptr;
    bool m_autoSelected = false;
};

} // namespace polaris::ui
