#include "core/marketdata/MarketDataService.h"
#include "core/scanner/ScanDriver.h"
#include "core/sim/SimServer.h"
#include "core/sim/UniverseGenerator.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace polaris;

namespace {

std::unique_ptr<sim::SimServer> startSimulator(int events, int outcomes, int binaries)
{
    sim::GenerateSpec spec;
    spec.events = events;
    spec.outcomes = outcomes;
    spec.binaries = binaries;
    spec.seed = 11;
    sim::SimServerOptions options;
    options.tickMs = 0; // the test steps the market itself
    options.seed = 11;
    auto server = std::make_unique<sim::SimServer>(sim::UniverseGenerator::generate(spec), options);
    if (!server->listen().ok()) {
        return nullptr;
    }
    return server;
}

MarketDataService::Options optionsFor(const sim::SimServer& server)
{
    MarketDataService::Options options;
    options.endpoints.gammaUrl = QUrl(server.httpUrl());
    options.endpoints.clobUrl = QUrl(server.httpUrl());
    options.endpoints.wsUrl = QUrl(server.wsUrl());
    options.maxAssetsPerConnection = 40; // several shards even on a small universe
    options.gammaRefreshMs = 0;
    options.pingIntervalMs = 500;
    return options;
}

/// Every book the simulator has is, level for level, the book we hold.
bool booksMatch(sim::SimServer& server, const BookStore& books, QString* why)
{
    for (const auto& token : server.universe().tokens) {
        const OrderBook* ours = books.find(token.id);
        if (!token.hasBook) {
            continue; // placeholder markets have no book
        }
        if (!ours || ours->state() != BookState::Live) {
            *why = QStringLiteral("book %1 missing or not live")
                           .arg(QString::fromStdString(token.id));
            return false;
        }
        const auto same = [](std::span<const BookLevel> a, std::span<const BookLevel> b) {
            return std::equal(a.begin(), a.end(), b.begin(), b.end());
        };
        if (!same(ours->bids(), token.book.bids()) || !same(ours->asks(), token.book.asks())) {
            *why = QStringLiteral("book %1 differs").arg(QString::fromStdString(token.id));
            return false;
        }
    }
    return true;
}

} // namespace

/// The live pipeline against the real simulator on 127.0.0.1: Gamma paging, POST /books
/// batches, sharded WebSocket, stale marking and resync, and the scanner on top.
class TestMarketDataService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsUniverseAndKeepsBooksInStep()
    {
        auto server = startSimulator(6, 5, 10);
        QVERIFY(server);
        SystemClock clock;
        MarketDataService service(optionsFor(*server), clock);
        QSignalSpy universe(&service, &MarketDataService::universeReady);
        QSignalSpy loaded(&service, &MarketDataService::initialBooksLoaded);
        service.start();
        QVERIFY(loaded.wait(15000));
        QCOMPARE(universe.count(), 1);
        QCOMPARE(universe.at(0).at(0).toInt(), int(server->universe().events.size()));
        QCOMPARE(service.ingest().universe().events().size(), server->universe().events.size());
        QString why;
        QTRY_VERIFY2_WITH_TIMEOUT(booksMatch(*server, service.ingest().books(), &why),
                                  qPrintable(why), 10000);
        // The market moves; the WebSocket keeps every book identical to the venue's.
        for (int i = 0; i < 40; ++i) {
            server->tick();
        }
        QTRY_VERIFY2_WITH_TIMEOUT(booksMatch(*server, service.ingest().books(), &why),
                                  qPrintable(why), 10000);
        QVERIFY(service.ingest().counters().frames > 0);
        QCOMPARE(service.ingest().counters().errors, quint64(0));
        QVERIFY(service.status().shardsTotal >= 2);
    }

    void droppedSocketMarksBooksStaleThenResyncs()
    {
        auto server = startSimulator(3, 4, 6);
        QVERIFY(server);
        SystemClock clock;
        MarketDataService service(optionsFor(*server), clock);
        QSignalSpy loaded(&service, &MarketDataService::initialBooksLoaded);
        service.start();
        QVERIFY(loaded.wait(15000));
        QString why;
        QTRY_VERIFY2_WITH_TIMEOUT(booksMatch(*server, service.ingest().books(), &why),
                                  qPrintable(why), 10000);

        // Books can be complete from REST before the WebSocket is up: wait for the feed first,
        // or the drop would hit a handshake (a failed connect, not a lost feed).
        QTRY_VERIFY_WITH_TIMEOUT(service.status().shardsTotal > 0
                                         && service.status().shardsUp
                                                    == service.status().shardsTotal,
                                 10000);
        // Drop every socket, and move the market while we are disconnected.
        QVERIFY(server->setFaults(QJsonObject{{QStringLiteral("ws_drop_now"), true}}).ok());
        QTRY_VERIFY_WITH_TIMEOUT(service.ingest().books().counts().stale > 0, 5000);
        server->setWalkRunning(true);
        for (int i = 0; i < 20; ++i) {
            server->tick();
        }
        // Reconnect, resubscribe, REST resync: every book live and equal to the venue's again.
        QTRY_VERIFY2_WITH_TIMEOUT(booksMatch(*server, service.ingest().books(), &why),
                                  qPrintable(why), 15000);
        QCOMPARE(int(service.ingest().books().counts().stale), 0);
    }

    void survivesRateLimitingWhileLoading()
    {
        auto server = startSimulator(2, 3, 4);
        QVERIFY(server);
        // The next two requests are answered 429 with Retry-After: 1.
        QVERIFY(server->setFaults(QJsonObject{{QStringLiteral("http_error_status"), 429},
                                              {QStringLiteral("http_error_next"), 2}})
                        .ok());
        SystemClock clock;
        MarketDataService service(optionsFor(*server), clock);
        QSignalSpy loaded(&service, &MarketDataService::initialBooksLoaded);
        QSignalSpy failed(&service, &MarketDataService::failed);
        service.start();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(failed.count(), 0);
        QString why;
        QTRY_VERIFY2_WITH_TIMEOUT(booksMatch(*server, service.ingest().books(), &why),
                                  qPrintable(why), 10000);
    }

    /// The decision path re-evaluates only touched events; a full scan of the same books at the
    /// same time must give exactly the same opportunities and near-misses.
    void incrementalScanEqualsFullScan()
    {
        auto server = startSimulator(8, 6, 12);
        QVERIFY(server);
        ManualClock clock(server->universe().events.empty() ? 0 : 1'700'000'000'000);
        MarketDataService service(optionsFor(*server), clock);
        ArbConfig config;
        config.minDiscount =
                *Decimal::parse("0.001"); // catch the simulator's mispricings, big or small
        ScanDriver driver(config);
        service.ingest().setListener(&driver);
        QSignalSpy loaded(&service, &MarketDataService::initialBooksLoaded);
        service.start();
        QVERIFY(loaded.wait(15000));
        driver.fullScan(service.ingest().books(), clock.nowMs());
        driver.setIncremental(true);

        const int mispriced = server->injectMispricing(sim::MarketWalker::MispricingKind::NegRisk);
        QVERIFY(mispriced >= 0);
        const std::string eventId = server->universe().events[std::size_t(mispriced)].id;
        // A few ticks: the mispricing lasts at least ten, the rest of the market keeps moving.
        for (int i = 0; i < 5; ++i) {
            server->tick();
        }
        QString why;
        QTRY_VERIFY2_WITH_TIMEOUT(booksMatch(*server, service.ingest().books(), &why),
                                  qPrintable(why), 10000);
        const auto found = driver.scanner().opportunities();
        const auto refused = driver.scanner().refusals();
        // On a plain negRisk event the YES basket is an opportunity; on an augmented one (the
        // simulator adds placeholders to every third event) it must be refused as not exhaustive.
        const bool reported = std::any_of(found.begin(), found.end(), [&](const Opportunity& o) {
            return o.strategy == Strategy::NegRiskLong && o.eventId == eventId;
        });
        const bool refusedAsAugmented =
                std::any_of(refused.begin(), refused.end(), [&](const Refusal& r) {
                    return r.strategy == Strategy::NegRiskLong && r.eventId == eventId
                           && r.reason == RefusalReason::AugmentedNegRisk && r.edge
                           && r.edge->isPositive();
                });
        QVERIFY2(reported || refusedAsAugmented, "the injected negRisk mispricing was not seen");

        ScanDriver fresh(config);
        fresh.onUniverseChanged(service.ingest().universe(), service.ingest().books());
        fresh.fullScan(service.ingest().books(), clock.nowMs());
        const auto full = fresh.scanner().opportunities();
        QCOMPARE(found.size(), full.size());
        for (std::size_t i = 0; i < full.size(); ++i) {
            QCOMPARE(found[i].id, full[i].id);
            QCOMPARE(found[i].netProfit, full[i].netProfit);
            QCOMPARE(found[i].shares, full[i].shares);
            QCOMPARE(found[i].legs.size(), full[i].legs.size());
        }
        const auto refusedIncremental = driver.scanner().refusals();
        const auto refusedFull = fresh.scanner().refusals();
        QCOMPARE(refusedIncremental.size(), refusedFull.size());
        for (std::size_t i = 0; i < refusedFull.size(); ++i) {
            QCOMPARE(refusedIncremental[i].id, refusedFull[i].id);
            QCOMPARE(refusedIncremental[i].reason, refusedFull[i].reason);
            QCOMPARE(refusedIncremental[i].detail, refusedFull[i].detail);
        }
    }
};

QTEST_GUILESS_MAIN(TestMarketDataService)
#include "tst_marketdataservice.moc"
