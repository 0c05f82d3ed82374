#include "app/console/ConsoleRoot.h"

#include "core/execution/ClobOrderGateway.h"
#include "core/execution/EngineExecutionService.h"
#include "core/execution/ScanServiceQuoteSource.h"
#include "core/scanner/ScanService.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/sim/SimHost.h"
#include "core/storage/DatabaseUrl.h"
#include "core/venues/polymarket/VenueProbe.h"
#include "ui/widgets/ApprovalQueueView.h"
#include "ui/widgets/BondLadderView.h"
#include "ui/widgets/RiskPanel.h"

#include <QDateTime>
#include <QEventLoop>
#include <QSplitter>
#include <QTextStream>
#include <QTimer>

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
    // Execution first: its quote source makes blocking calls into the market-data thread.
    m_execThread.reset();
    m_marketThread.reset(); // then market data: it talks to the simulator
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
    auto* service = m_marketThread->adopt(new ScanService(options, m_options.config, m_clock));
    connect(&m_window, &ui::MainWindow::arbConfigChanged, service, &ScanService::setConfig);
    connect(&m_window, &ui::MainWindow::refreshRequested, service, &ScanService::requestFullScan);
    if (auto* bonds = m_window.findChild<ui::BondLadderView*>()) {
        connect(service, &ScanService::summaryChanged, bonds, &ui::BondLadderView::setScanSummary);
    }
    connect(service, &ScanService::statusChanged, &m_window, &ui::MainWindow::setMarketDataStatus);
    connect(service, &ScanService::statusChanged, this, &ConsoleRoot::printStatus);
    connect(service, &ScanService::summaryChanged, &m_window, &ui::MainWindow::postScanSummary);
    connect(service, &ScanService::failed, this, [this](const QString& message) {
        say(message);
        m_window.showMessage(message);
    });
    m_marketThread->start();
    QMetaObject::invokeMethod(service, &ScanService::start, Qt::QueuedConnection);
    startExecution(service, endpoints);
}

void ConsoleRoot::startExecution(ScanService* service, const polymarket::VenueEndpoints& endpoints)
{
    auto quotes = std::make_unique<ScanServiceQuoteSource>(*service, m_clock);
    ScanServiceQuoteSource* source = quotes.get();
    EngineExecutionService::Dependencies dependencies;
    dependencies.quotes = std::move(quotes);
    dependencies.markets = [source](std::string_view token) { return source->marketOf(token); };
    // Live: the CLOB gateway, keys from the OS keychain only. Built on the execution thread
    // when the operator enters Live; the keychain answers asynchronously, so wait for it here
    // (bounded) rather than on the GUI thread.
    const polaris::ClobGatewayConfig gatewayConfig =
            polaris::ClobGatewayConfig::fromEndpoints(endpoints);
    dependencies.liveGateway = [gatewayConfig]() -> Result<std::unique_ptr<OrderGateway>> {
        secrets::KeychainSecretStore keychain(
                secrets::KeychainSecretStore::serviceFromEnvironment());
        // Shared with the callback, which may in principle come after the wait gave up.
        struct Wait
        {
            std::optional<Result<std::unique_ptr<ClobOrderGateway>>> made;
            QEventLoop loop;
        };
        auto wait = std::make_shared<Wait>();
        ClobOrderGateway::create(keychain, gatewayConfig,
                                 [wait](Result<std::unique_ptr<ClobOrderGateway>> gateway) {
                                     wait->made.emplace(std::move(gateway));
                                     wait->loop.quit();
                                 });
        if (!wait->made) {
            QTimer::singleShot(30'000, &wait->loop, &QEventLoop::quit);
            wait->loop.exec();
        }
        auto& made = wait->made;
        if (!made) {
            return Error{ErrorCode::Timeout, "the keychain did not answer within 30 s"};
        }
        if (!*made) {
            return made->error();
        }
        return std::unique_ptr<OrderGateway>(std::move(made->value()));
    };
    EngineExecutionService::Options options;
    options.config = m_options.config;
    options.initialPhase = ExecutionMode::Monitor; // Paper and Live are the operator's choice
    if (Result<DatabaseUrl> url = DatabaseUrl::resolve(QString()); url.ok()) {
        options.database = url.value();
    } else {
        say(tr("executions are kept in memory only: %1")
                    .arg(QString::fromStdString(url.error().detail)));
    }
    m_execThread = std::make_unique<polymarket::WorkerThread>(QStringLiteral("polaris-execution"));
    auto* execution = m_execThread->adopt(
            new EngineExecutionService(options, std::move(dependencies), m_clock));

    auto* risk = new ui::RiskPanel;
    auto* approvals = new ui::ApprovalQueueView;
    auto* panels = new QSplitter(Qt::Vertical);
    panels->setObjectName(QStringLiteral("riskAndApprovals"));
    panels->addWidget(risk);
    panels->addWidget(approvals);
    m_window.setRiskPanel(panels);

    connect(execution, &ExecutionService::riskChanged, risk, &ui::RiskPanel::setRiskSnapshot);
    connect(execution, &ExecutionService::reconciliationIssues, risk,
            &ui::RiskPanel::setReconciliationIssues);
    connect(execution, &ExecutionService::failed, risk, &ui::RiskPanel::showFailure);
    connect(risk, &ui::RiskPanel::phaseRequested, execution, &ExecutionService::setPhase);
    connect(risk, &ui::RiskPanel::resetBreakerRequested, execution,
            &ExecutionService::resetBreaker);
    connect(execution, &ExecutionService::approvalsChanged, approvals,
            &ui::ApprovalQueueView::setApprovals);
    connect(execution, &ExecutionService::executionFinished, approvals,
            &ui::ApprovalQueueView::addExecutionReport);
    connect(approvals, &ui::ApprovalQueueView::approveRequested, execution,
            &ExecutionService::approve);
    connect(approvals, &ui::ApprovalQueueView::rejectRequested, execution,
            &ExecutionService::reject);
    connect(&m_window, &ui::MainWindow::approveSelectedRequested, approvals,
            &ui::ApprovalQueueView::approveSelected);
    connect(&m_window, &ui::MainWindow::rejectSelectedRequested, approvals,
            &ui::ApprovalQueueView::rejectSelected);
    connect(&m_window, &ui::MainWindow::approvalRequested, execution,
            &ExecutionService::submitForApproval);
    connect(service, &ScanService::scanRefusals, execution, &ExecutionService::setScanRefusals);
    m_execThread->start();
    QMetaObject::invokeMethod(execution, &EngineExecutionService::start, Qt::QueuedConnection);
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
