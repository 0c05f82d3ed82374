#pragma once

#include "core/config/ArbConfig.h"
#include "core/sim/UniverseGenerator.h"
#include "core/util/Clock.h"
#include "core/venues/polymarket/VenueEndpoints.h"
#include "core/venues/polymarket/WorkerThread.h"
#include "ui/MainWindow.h"

#include <QObject>

#include <memory>

namespace polaris {
class ScanService;
}

/// The console's composition root: decides where the data comes from (Polymarket, or the
/// built-in simulator when Polymarket cannot be reached or --demo is given), creates the
/// market-data thread and wires it to the window. Owns the threads; lives on the GUI thread.
class ConsoleRoot : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        polaris::polymarket::VenueEndpoints endpoints;
        bool demo = false;
        int probeTimeoutMs = 5000;
        /// The scanner's thresholds at start (the settings' "arb/" entries over the defaults).
        polaris::ArbConfig config;
        /// The simulated universe of --demo and of the offline fallback: small by default so that
        /// it loads in a second; --demo-universe (and the responsiveness benchmark) make it large.
        polaris::sim::GenerateSpec demoUniverse = smallDemoUniverse();
        int demoTickMs = 250;
        double demoMispricingRate = 0.05; ///< arbitrage appears and disappears every few seconds
    };

    /// 60 neg-risk events of 6 outcomes and 200 binaries (~1,000 books), seeded from the clock.
    static polaris::sim::GenerateSpec smallDemoUniverse();

    ConsoleRoot(Options options, polaris::ui::MainWindow& window);
    ~ConsoleRoot() override;

    void start();

private:
    void startSimulator(const QString& reason);
    void startMarketData(const polaris::polymarket::VenueEndpoints& endpoints);
    /// The execution thread (approvals, risk, paper/live engine) and its panels, wired to the
    /// scanner that `service` runs.
    void startExecution(polaris::ScanService* service,
                        const polaris::polymarket::VenueEndpoints& endpoints);
    void printStatus(const polaris::MarketDataStatus& status);

    Options m_options;
    polaris::ui::MainWindow& m_window;
    polaris::SystemClock m_clock;
    std::unique_ptr<polaris::polymarket::WorkerThread> m_simThread;
    std::unique_ptr<polaris::polymarket::WorkerThread> m_marketThread;
    std::unique_ptr<polaris::polymarket::WorkerThread> m_execThread;
    qint64 m_lastPrintedMs = 0;
};
