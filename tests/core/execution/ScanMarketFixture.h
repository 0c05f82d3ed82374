#pragma once

#include "core/scanner/ScanService.h"
#include "core/sim/SimServer.h"
#include "core/sim/UniverseGenerator.h"
#include "core/venues/polymarket/WorkerThread.h"
#include "tests/support/TestPrinters.h"

#include <QDateTime>
#include <QObject>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

/// A live market for the execution tests, exactly as the console has it: the simulator (on the
/// test's main thread, stepped by the test: no random walk), a ScanService on its own market-data
/// thread scanning it, and the summaries it publishes, collected on the main thread.
namespace polaris::test {

/// Receives the ScanService's summaries on the main thread (queued).
class SummaryCollector : public QObject
{
    Q_OBJECT
public:
    std::optional<ScanSummary> last;
    int count = 0;
    int layer1 = -1; ///< ScanService::scanRefusals of the last summary
    int layer2 = -1;
    int refusalSignals = 0;

public Q_SLOTS:
    void onSummary(const polaris::ScanSummary& summary)
    {
        last = summary;
        ++count;
    }
    void onRefusals(int l1, int l2)
    {
        layer1 = l1;
        layer2 = l2;
        ++refusalSignals;
    }
};

class ScanMarketFixture
{
public:
    SystemClock clock;
    std::unique_ptr<sim::SimServer> server;
    std::unique_ptr<polymarket::WorkerThread> scanThread;
    ScanService* scan = nullptr; // owned by scanThread
    SummaryCollector summaries;

    static ArbConfig scanConfig()
    {
        ArbConfig config;
        config.minDiscount = *Decimal::parse("0.001"); // catch the simulator's mispricings
        return config;
    }

    /// Starts the simulator and the scan thread; true once the initial books are in.
    bool start(std::uint64_t seed = 23)
    {
        sim::GenerateSpec spec;
        spec.events = 6;
        spec.outcomes = 4;
        spec.binaries = 12;
        spec.seed = seed;
        sim::SimServerOptions options;
        options.tickMs = 0; // books move only when the test says so
        options.seed = seed;
        server = std::make_unique<sim::SimServer>(sim::UniverseGenerator::generate(spec), options);
        if (!server->listen().ok()) {
            return false;
        }
        MarketDataService::Options marketData;
        marketData.endpoints.gammaUrl = QUrl(server->httpUrl());
        marketData.endpoints.clobUrl = QUrl(server->httpUrl());
        marketData.endpoints.wsUrl = QUrl(server->wsUrl());
        marketData.gammaRefreshMs = 0;
        marketData.pingIntervalMs = 500; // heartbeats keep the idle books fresh
        scanThread = std::make_unique<polymarket::WorkerThread>(QStringLiteral("test-scan"));
        scan = scanThread->adopt(new ScanService(marketData, scanConfig(), clock));
        QObject::connect(scan, &ScanService::summaryChanged, &summaries,
                         &SummaryCollector::onSummary);
        QObject::connect(scan, &ScanService::scanRefusals, &summaries,
                         &SummaryCollector::onRefusals);
        scanThread->start();
        QMetaObject::invokeMethod(scan, &ScanService::start, Qt::QueuedConnection);
        return QTest::qWaitFor([&] { return summaries.count > 0; }, 20'000);
    }

    void stop()
    {
        scanThread.reset(); // before the simulator it talks to
        scan = nullptr;
        server.reset();
    }

    /// The current opportunity with this id, if the last summary has it.
    std::optional<Opportunity> find(const std::string& id) const
    {
        if (!summaries.last) {
            return std::nullopt;
        }
        for (const Opportunity& o : summaries.last->opportunities) {
            if (o.id == id) {
                return o;
            }
        }
        return std::nullopt;
    }

    /// Injects mispricings until the scanner reports an A or B opportunity; the best one.
    std::optional<Opportunity> waitForOpportunity()
    {
        for (int attempt = 0; attempt < 8; ++attempt) {
            const auto kind = attempt % 2 == 0 ? sim::MarketWalker::MispricingKind::Binary
                                               : sim::MarketWalker::MispricingKind::NegRisk;
            server->injectMispricing(kind);
            const bool seen = QTest::qWaitFor([&] { return best().has_value(); }, 3'000);
            if (seen) {
                return best();
            }
        }
        return std::nullopt;
    }

    /// Undoes every mispricing and publishes it, like the walk's expiry does.
    void clearMispricings()
    {
        const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
        server->walker().clearMispricings(now, [&](const sim::MarketChangeSet& set) {
            server->ws().publishChanges(set, now);
        });
    }

private:
    std::optional<Opportunity> best() const
    {
        if (!summaries.last) {
            return std::nullopt;
        }
        for (const Opportunity& o : summaries.last->opportunities) { // best net profit first
            if (o.strategy == Strategy::NegRiskLong || o.strategy == Strategy::BinaryComplement) {
                return o;
            }
        }
        return std::nullopt;
    }
};

} // namespace polaris::test
