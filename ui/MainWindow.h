#pragma once

#include "core/marketdata/MarketDataStatus.h"
#include "core/scanner/ScanSummary.h"

#include <QMainWindow>

class QLabel;
class QPlainTextEdit;

namespace polaris::ui {

/// The console's main window. For now it shows where the data comes from (a SIMULATED banner when
/// it is not the venue), the market-data health and what the scanner finds; the full views
/// (opportunities table, bond ladder, PnL, risk panel) come with the console work. Only
/// assembles; lives on the GUI thread and is fed values through queued signals.
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

private:
    QLabel* m_banner = nullptr;
    QLabel* m_headline = nullptr;
    QPlainTextEdit* m_opportunities = nullptr;
    QLabel* m_source = nullptr;
    QLabel* m_feed = nullptr;
};

} // namespace polaris::ui
