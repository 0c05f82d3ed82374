#pragma once

#include "core/marketdata/MarketDataStatus.h"
#include "core/scanner/ScanSummary.h"

#include <QMainWindow>

#include <cstdint>

class QAbstractItemModel;
class QLabel;
class QTabWidget;
class QTableView;
class QTimer;

namespace polaris::ui {

class OpportunityDetailView;
class OpportunityFilterBar;
class OpportunityFilterProxy;
class OpportunityTableModel;
class RefusalTableModel;

/// The console's main window: a SIMULATED banner when the data is not the venue's, the live
/// opportunities table (filter bar, sortable, updated in place) with its near-misses one tab away,
/// the selected opportunity's detail pane, and the market-data health in the status bar.
/// Only assembles; lives on the GUI thread and is fed values through queued signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    /// Shows the banner that says the data is simulated (and why); an empty reason hides it.
    void setSimulatedBanner(const QString& reason);
    /// Where the data comes from, for the status bar ("Polymarket", "simulator at …").
    void setSource(const QString& source);
    void showMessage(const QString& message);

public Q_SLOTS:
    void setMarketDataStatus(const polaris::MarketDataStatus& status);
    void setScanSummary(const polaris::ScanSummary& summary);
    /// Switches between the opportunities and the near-misses (Ctrl+M).
    void toggleNearMisses();

private:
    QTableView* makeTable(QAbstractItemModel* model, int sortColumn, const char* name);
    void showSelectedOpportunity();
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
    QTimer* m_clockTimer = nullptr;
    QLabel* m_source = nullptr;
    QLabel* m_feed = nullptr;
    bool m_autoSelected = false;
};

} // namespace polaris::ui
