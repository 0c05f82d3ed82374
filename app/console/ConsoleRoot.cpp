#include "app/console/ConsoleRoot.h"

#include "core/scanner/ScanService.h"
#include "core/sim/SimHost.h"
#include "core/venues/polymarket/VenueProbe.h"

#include <QDateTime>
#include <QTextStream>

using namespace polaris;

namespace {

void say(const QString& line)
{
    QTextStream out(stdout);
    out << "polaris-console: " << line << '\n';
    out.flush();
}

} // namespace

sim::GenerateSpec ConsoleRoot::smallDemoUniverse()
{
    sim::GenerateSpec spec;
    spec.events = 60;
    spec.outcomes = 6;
    spec.binaries = 200;
    spec.seed = std::uint64_t(QDateTime::currentMSecsSinceEpoch());
    return spec;
}

ConsoleRoot::ConsoleRoot(Options options, ui::MainWindow& window)
    : m_options(std::move(options))
    , m_window(window)
{}

ConsoleRoot::~ConsoleRoot()
{
    m_marketThread.reset(); // market data first: it talks to the simulator
    m_simThread.reset();
}

void ConsoleRoot::start()
{
    if (m_options.demo) {
        startSimulator(tr("demo mode (--demo): the built-in simulator"));
        return;
    }
    const QString gamma = m_options.endpoints.gammaUrl.toString();
    m_window.showMessage(tr("Checking whether Polymarket is reachable at %1…").arg(gamma));
    auto* probe = new polymarket::VenueProbe(m_options.endpoints.gammaUrl, m_options.probeTimeoutMs,
                                             this);
    connect(probe, &polymarket::VenueProbe::finished, this,
            [this, probe, gamma](bool reachable, const QString& reason) {
                probe->deleteLater();
                if (reachable) {
                    say(tr("connected to Polymarket (%1)").arg(gamma));
                    m_window.setSource(tr("Polymarket · %1").arg(gamma));
                    startMarketData(m_options.endpoints);
                    return;
                }
                say(tr("cannot reach Polymarket at %1 (%2).").arg(gamma, reason));
                say(tr("falling back to the built-in simulator: ALL DATA SHOWN IS SIMULATED."));
                startSimulator(tr("Polymarket is not reachable from this machine (%1); showing the "
                                  "built-in simulator")
                                       .arg(reason));
            });
    probe->start();
}

void ConsoleRoot::startSimulator(const QString& reason)
{
    m_window.setSimulatedBanner(reason);
    const sim::GenerateSpec spec = m_options.demoUniverse;
    sim::SimServerOptions options;
    options.tickMs = m_options.demoTickMs;
    options.mispricingRate = m_options.demoMispricingRate;
    options.seed = spec.seed;
    m_simThread = std::make_unique<polymarket::WorkerThread>(QStringLiteral("polaris-sim"));
    auto* host = m_simThread->adopt(new sim::SimHost(spec, options));
    connect(host, &sim::SimHost::ready, this, [this](const QString& http, const QString& ws) {
        say(tr("simulator listening at %1").arg(http));
        m_window.setSource(tr("SIMULATOR · %1").arg(http));
        polymarket::VenueEndpoints endpoints;
        endpoints.gammaUrl = QUrl(http);
        endpoints.clobUrl = QUrl(http);
        endpoints.wsUrl = QUrl(ws);
        startMarketData(endpoints);
    });
    connect(host, &sim::SimHost::failed, this, [this](const QString& message) {
        say(tr("the simulator could not start: %1").arg(message));
        m_window.showMessage(tr("The built-in simulator could not start: %1").arg(message));
    });
    m_simThread->start();
    QMetaObject::invokeMethod(host, &sim::SimHost::start, Qt::QueuedConnection);
}

void ConsoleRoot::startMarketData(const polymarket::VenueEndpoints& endpoints)
{
    MarketDataService::Options options;
    options.endpoints = endpoints;
    m_marketThread =
            std::make_unique<polymarket::WorkerThread>(QStringLiteral("polaris-marketdata"));
    // Thresholds saved later in the settings dialog arrive as MainWindow::arbConfigChanged and
    // View > Refresh as MainWindow::refreshRequested; ScanService has no slots for them yet, so
    // until it does new thresholds apply from the next start.
    auto* service = m_marketThread->adopt(new ScanService(options, m_options.config, m_clock));
    connect(service, &ScanService::statusChanged, &m_window, &ui::MainWindow::setMarketDataStatus);
    connect(service, &ScanService::statusChanged, this, &ConsoleRoot::printStatus);
    connect(service, &ScanService::summaryChanged, &m_window, &ui::MainWindow::postScanSummary);
    connect(service, &ScanService::failed, this, [this](const QString& message) {
        say(message);
        m_window.showMessage(message);
    });
    m_marketThread->start();
    QMetaObject::invokeMethod(service, &ScanService::start, Qt::QueuedConnection);
}

void ConsoleRoot::printStatus(const MarketDataStatus& status)
{
    // The console may run without anyone watching its window (Xvfb): keep a plain log.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastPrintedMs < 10'000) {
        return;
    }
    m_lastPrintedMs = now;
    say(tr("%1: %2 events, %3 markets, books %4 live / %5 stale / %6 invalid, %7 msg/s")
                .arg(QLatin1String(marketDataPhaseName(status.phase)))
                .arg(status.events)
                .arg(status.markets)
                .arg(status.booksLive)
                .arg(status.booksStale)
                .arg(status.booksInvalid)
                .arg(status.messagesPerSecond, 0, 'f', 0));
}
