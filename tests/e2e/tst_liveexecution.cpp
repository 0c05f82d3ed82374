#include "core/storage/StorageWriter.h"
#include "tests/e2e/SecretScan.h"
#include "tests/e2e/VenueChecks.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTest>

using namespace polaris;
using namespace polaris::e2e;

namespace {

LiveStackOptions options(OrderType type = OrderType::Fok, int fillTimeoutMs = 5'000)
{
    LiveStackOptions o;
    o.orderType = type;
    o.fillTimeoutMs = fillTimeoutMs;
    o.pollIntervalMs = 100;
    return o;
}

QJsonObject race(double fraction)
{
    return QJsonObject{{QStringLiteral("competing_taker_rate"), 1.0},
                       {QStringLiteral("competing_taker_fraction"), fraction}};
}

} // namespace

/// Issue 6's end-to-end tests, live against the simulator: the real market-data clients, the
/// real scanner, the real ExecutionEngine with the real ClobOrderGateway (spec §8 key, API
/// credentials derived through L1), records in SQLite; every run checked against the
/// simulator's wallet, orders and trades and against the database. Then the same basket in
/// Paper. See E2eMarket.h for the books and the basket.
class TstLiveExecution : public QObject
{
    Q_OBJECT

private:
    ExecutionReport m_liveFull;
    QByteArray m_apiSecret;
    QByteArray m_apiPassphrase;
    int m_dbsChecked = 0;

    /// A started run with its A opportunity found by the scanner (100 shares, net 7.4623).
    std::optional<Opportunity> prepare(LiveRun& run)
    {
        const Status started = run.start();
        if (!started.ok()) {
            qWarning("start: %s", started.error().detail.c_str());
            return std::nullopt;
        }
        std::optional<Opportunity> quote = run.findA();
        if (quote && (quote->shares != dec("100") || quote->netProfit != dec("7.4623"))) {
            qWarning("unexpected basket %s net %s", quote->shares.toString().c_str(),
                     quote->netProfit.toString().c_str());
            return std::nullopt;
        }
        return quote;
    }

    /// No key material in this run's database files; remembers the API credentials' secrets.
    void checkNoSecretsStored(LiveRun& run)
    {
        m_apiSecret = run.secret(secrets::kApiSecret);
        m_apiPassphrase = run.secret(secrets::kApiPassphrase);
        QVERIFY(!m_apiSecret.isEmpty());
        QVERIFY(!m_apiPassphrase.isEmpty());
        const QByteArray db = filesIn(QFileInfo(run.dbPath()).absolutePath());
        QVERIFY(db.size() > 10'000);
        const QStringList leaks = leaksIn(db, secretsOf(m_apiSecret, m_apiPassphrase));
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral(", "))));
        ++m_dbsChecked;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("polaris.*.debug=true"));
        LogCapture::install();
        qRegisterMetaType<StorageStats>();
    }

    void fullFills()
    {
        LiveRun run(options());
        const auto quote = prepare(run);
        QVERIFY(quote);
        const ExecutionReport report = run.execute(*quote);
        QVERIFY2(report.status == ExecutionStatus::Filled, report.message.c_str());
        QCOMPARE(report.message, std::string("every leg filled"));
        QCOMPARE(report.mode, ExecutionMode::Live);
        QCOMPARE(report.hedgedShares, dec("100"));
        QCOMPARE(report.cost, dec("89.4"));
        QCOMPARE(report.fees, dec("3.1377")); // the market's taker fee on each venue trade
        QCOMPARE(report.lockedInPnl, dec("7.4623"));
        QCOMPARE(report.lockedInPnl, quote->netProfit); // what the scanner promised
        QCOMPARE(report.legs.size(), std::size_t(3));
        const LegResult& first = report.legs.front();
        QCOMPARE(first.intent.tokenId, std::string(kYes[0]));
        QCOMPARE(first.report.fills.size(), std::size_t(2)); // two price levels, two trades
        QCOMPARE(first.report.fills[0].price, dec("0.29"));
        QCOMPARE(first.report.fills[0].fee, dec("0.6177"));
        QCOMPARE(first.report.fills[1].price, dec("0.3"));
        QCOMPARE(first.report.fills[1].fee, dec("0.42"));
        QCOMPARE(run.wallet()->collateral, dec("9907.4623"));
        for (const char* token : kYes) {
            QCOMPARE(run.simShares(token), dec("100"));
        }
        QCOMPARE(run.simOrders().size(), std::size_t(3));
        for (const sim::SimOrder* order : run.simOrders()) {
            QCOMPARE(order->status, sim::SimOrderStatus::Matched);
        }
        checkVenueAgrees(run, report);
        QVERIFY(!QTest::currentTestFailed());
        checkDatabase(run, report);
        QVERIFY(!QTest::currentTestFailed());
        const auto balance =
                run.onStack([](LiveStack& s) { return s.gateway().collateralBalance(); });
        QVERIFY(balance && balance->ok());
        QCOMPARE(balance->value(), dec("9907.4623")); // GET /balance-allowance agrees
        checkNoSecretsStored(run);
        m_liveFull = report;
    }

    void killedLegIsUnwound()
    {
        // A competing taker takes 10 % of every level just before each order: YES 3's 100 at
        // 0.30 shrink to 90 and its FOK is killed; YES 1 (54 @ 0.29 + 46 @ 0.30) and YES 2
        // (100 @ 0.30) fill. Ratio 0: both are sold back, FAK at best bid x 0.95 rounded up
        // (0.26, 0.27), and fill at the bids (100 @ 0.27, 100 @ 0.28, 10 % raced away there too).
        LiveRun run(options());
        const auto quote = prepare(run);
        QVERIFY(quote);
        QVERIFY(run.sim().setFaults(race(0.1)).ok());
        const ExecutionReport report = run.execute(*quote);
        QVERIFY2(report.status == ExecutionStatus::Unwound, report.message.c_str());
        QCOMPARE(report.legs.size(), std::size_t(5));
        QCOMPARE(report.legs[2].intent.tokenId, std::string(kYes[2]));
        QCOMPARE(report.legs[2].report.state, OrderState::Cancelled);
        QCOMPARE(report.legs[2].report.error, TradingError::FokNotFilled);
        QCOMPARE(report.hedgedShares, dec("0"));
        QCOMPARE(report.lockedInPnl, dec("0"));
        // Bought 29.46 + 30, sold 27 + 28; fees 1.03893 + 1.05 + 0.9855 + 1.008.
        QCOMPARE(report.cost, dec("4.46"));
        QCOMPARE(report.fees, dec("4.08243"));
        QCOMPARE(report.realizedPnl, dec("-8.54243"));
        // The unwind orders are on the venue: two SELLs, filled.
        int unwinds = 0;
        for (const LegResult& leg : report.legs) {
            if (leg.purpose != "UNWIND") {
                continue;
            }
            ++unwinds;
            const sim::SimOrder* order = run.simOrder(leg.report.venueOrderId);
            QVERIFY(order != nullptr);
            QCOMPARE(order->side, TradeSide::Sell);
            QCOMPARE(order->sizeMatched, dec("100"));
        }
        QCOMPARE(unwinds, 2);
        QCOMPARE(run.sim().exchange().store().findOrder(report.legs[2].report.venueOrderId)->status,
                 sim::SimOrderStatus::Killed);
        QCOMPARE(run.wallet()->collateral, dec("9991.45757"));
        for (const char* token : kYes) {
            QCOMPARE(run.simShares(token), dec("0"));
        }
        checkVenueAgrees(run, report);
        QVERIFY(!QTest::currentTestFailed());
        checkDatabase(run, report);
        QVERIFY(!QTest::currentTestFailed());
        checkNoSecretsStored(run);
    }

    void everyLegKilledIsNotFilled()
    {
        // The race takes 60 % of every level: no leg can fill 100 any more, every FOK is killed.
        LiveRun run(options());
        const auto quote = prepare(run);
        QVERIFY(quote);
        QVERIFY(run.sim().setFaults(race(0.6)).ok());
        const ExecutionReport report = run.execute(*quote);
        QVERIFY2(report.status == ExecutionStatus::NotFilled, report.message.c_str());
        QVERIFY(report.message.find("FOK_ORDER_NOT_FILLED_ERROR") != std::string::npos);
        QCOMPARE(report.cost, dec("0"));
        QCOMPARE(report.fees, dec("0"));
        QCOMPARE(run.simOrders().size(), std::size_t(3));
        for (const sim::SimOrder* order : run.simOrders()) {
            QCOMPARE(order->status, sim::SimOrderStatus::Killed);
        }
        QCOMPARE(run.wallet()->collateral, dec("10000"));
        checkVenueAgrees(run, report);
        QVERIFY(!QTest::currentTestFailed());
        checkDatabase(run, report);
    }

    void partialFills_data()
    {
        QTest::addColumn<double>("fraction");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("hedged");
        QTest::addColumn<QString>("cost");
        QTest::addColumn<QString>("fees");
        QTest::addColumn<QString>("lockedIn");
        QTest::addColumn<QString>("realized");
        QTest::addColumn<QString>("collateral");
        QTest::addColumn<QStringList>("positions");
        const auto q = [](const char* text) { return QString::fromLatin1(text); };
        // FAK legs; the race leaves 120 (1 - f), 200 (1 - f), 100 (1 - f) within the limits.
        // 10 %: fills 100 / 100 / 90, ratio 0.9: YES 3 patched with 10 @ 0.31 (limit 0.30 x
        // 1.05 -> 0.31). Cost 29.46 + 30 + 27 + 3.1; fees 1.03893 + 1.05 + 0.945 + 0.10695.
        QTest::newRow("patch") << 0.1 << q("PATCHED") << q("100") << q("89.56") << q("3.14088")
                               << q("7.29912") << q("0") << q("9907.29912")
                               << QStringList{q("100"), q("100"), q("100")};
        // 30 %: 84 / 100 / 70, ratio 0.7: hold. Hedged 70: 25.65339 x 70/84 + 31.05 x 0.7 +
        // 21.735 = 64.847825 of cost.
        QTest::newRow("hold") << 0.3 << q("PARTIAL_HOLD") << q("70") << q("75.78") << q("2.65839")
                              << q("5.152175") << q("0") << q("9921.56161")
                              << QStringList{q("84"), q("100"), q("70")};
        // 60 %: 48 / 80 / 40, ratio 0.4: unwind 8 of YES 1 (@ 0.27) and 40 of YES 2 (@ 0.28).
        QTest::newRow("unwind") << 0.6 << q("UNWOUND") << q("40") << q("36.8") << q("2.24112")
                                << q("2.9441") << q("-1.98522") << q("9960.95888")
                                << QStringList{q("40"), q("40"), q("40")};
    }

    void partialFills()
    {
        QFETCH(double, fraction);
        QFETCH(QString, status);
        LiveRun run(options(OrderType::Fak));
        const auto quote = prepare(run);
        QVERIFY(quote);
        QVERIFY(run.sim().setFaults(race(fraction)).ok());
        const ExecutionReport report = run.execute(*quote);
        QVERIFY2(QLatin1String(executionStatusName(report.status)) == status,
                 (std::string(executionStatusName(report.status)) + ": " + report.message).c_str());
        QFETCH(QString, hedged);
        QFETCH(QString, cost);
        QFETCH(QString, fees);
        QFETCH(QString, lockedIn);
        QFETCH(QString, realized);
        QFETCH(QString, collateral);
        QFETCH(QStringList, positions);
        QCOMPARE(report.hedgedShares, dec(qPrintable(hedged)));
        QCOMPARE(report.cost, dec(qPrintable(cost)));
        QCOMPARE(report.fees, dec(qPrintable(fees)));
        QCOMPARE(report.lockedInPnl, dec(qPrintable(lockedIn)));
        QCOMPARE(report.realizedPnl, dec(qPrintable(realized)));
        QCOMPARE(run.wallet()->collateral, dec(qPrintable(collateral)));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(run.simShares(kYes[i]), dec(qPrintable(positions[i])));
            QCOMPARE(netShares(report, kYes[i]), dec(qPrintable(positions[i])));
        }
        checkVenueAgrees(run, report);
        QVERIFY(!QTest::currentTestFailed());
        checkDatabase(run, report);
    }

    void evenPartialFillIsHedged()
    {
        // fill_fraction caps every order at half its size: each leg fills 50, evenly.
        LiveRun run(options(OrderType::Fak));
        const auto quote = prepare(run);
        QVERIFY(quote);
        QVERIFY(run.sim().setFaults(QJsonObject{{QStringLiteral("fill_fraction"), 0.5}}).ok());
        const ExecutionReport report = run.execute(*quote);
        QVERIFY2(report.status == ExecutionStatus::Filled, report.message.c_str());
        QCOMPARE(report.message, std::string("filled evenly at 50 of 100 shares"));
        QCOMPARE(report.hedgedShares, dec("50"));
        QCOMPARE(report.cost, dec("44.5"));
        QCOMPARE(report.fees, dec("1.56475"));
        QCOMPARE(report.lockedInPnl, dec("3.93525"));
        checkVenueAgrees(run, report);
        QVERIFY(!QTest::currentTestFailed());
        checkDatabase(run, report);
    }

    void userSocketDroppedMidExecution()
    {
        // GTC legs. The asks vanish from the venue while the orders travel, so all three rest.
        // Then the user channel is dropped and, while it is down, the asks come back and fill
        // the resting orders as makers (at their own price, 0.30, no fee): those events are
        // lost. The engine learns the fills by polling status() and ends FILLED.
        LiveRun run(options(OrderType::Gtc, 8'000));
        const auto quote = prepare(run);
        QVERIFY(quote);
        QVERIFY(QTest::qWaitFor([&] { return run.sim().userWs().connectionCount() == 1; }, 5'000));
        for (int i = 1; i <= 3; ++i) {
            QVERIFY(setSimAsks(run.sim(), i, {}));
        }
        run.executeAsync(*quote);
        QVERIFY(QTest::qWaitFor(
                [&] {
                    const auto orders = run.simOrders();
                    return orders.size() == 3
                           && std::all_of(orders.begin(), orders.end(), [](const auto* o) {
                                  return o->status == sim::SimOrderStatus::Live;
                              });
                },
                5'000));
        QCOMPARE(run.sim().userWs().connectionCount(), 1);
        QVERIFY(run.sim().setFaults(QJsonObject{{QStringLiteral("user_ws_drop_now"), true}}).ok());
        QCOMPARE(run.sim().userWs().connectionCount(), 0); // nobody hears what happens next
        for (int i = 1; i <= 3; ++i) {
            QVERIFY(setSimAsks(run.sim(), i, kAsks[i - 1]));
        }
        run.sim().exchange().onBooksMoved(QDateTime::currentMSecsSinceEpoch());
        for (const sim::SimOrder* order : run.simOrders()) {
            QCOMPARE(order->status, sim::SimOrderStatus::Matched);
        }
        const std::optional<ExecutionReport> report = run.finished(15'000);
        QVERIFY(report.has_value());
        QVERIFY2(report->status == ExecutionStatus::Filled, report->message.c_str());
        QCOMPARE(report->hedgedShares, dec("100"));
        QCOMPARE(report->cost, dec("90"));
        QCOMPARE(report->fees, dec("0"));
        QCOMPARE(report->lockedInPnl, dec("10"));
        for (const LegResult& leg : report->legs) {
            QCOMPARE(leg.report.state, OrderState::Filled);
            QVERIFY(!leg.report.fills.empty());
            for (const FillReport& fill : leg.report.fills) {
                QVERIFY(fill.fillId.find(':') != std::string::npos); // a maker fill
            }
        }
        QCOMPARE(run.wallet()->collateral, dec("9910"));
        checkVenueAgrees(run, *report);
        QVERIFY(!QTest::currentTestFailed());
        checkDatabase(run, *report);
    }

    void paperMatchesLive()
    {
        // The same basket, the same books (loaded from the simulator through the same clients),
        // executed in Paper: the same outcome to the micro-unit.
        QVERIFY2(m_liveFull.status == ExecutionStatus::Filled, "fullFills must run first");
        LiveStackOptions o = options();
        o.mode = ExecutionMode::Paper;
        LiveRun run(o);
        const auto quote = prepare(run);
        QVERIFY(quote);
        const ExecutionReport paper = run.execute(*quote);
        QCOMPARE(paper.mode, ExecutionMode::Paper);
        QCOMPARE(paper.status, m_liveFull.status);
        QCOMPARE(paper.hedgedShares, m_liveFull.hedgedShares);
        QCOMPARE(paper.cost, m_liveFull.cost);
        QCOMPARE(paper.fees, m_liveFull.fees);
        QCOMPARE(paper.lockedInPnl, m_liveFull.lockedInPnl);
        QCOMPARE(paper.legs.size(), m_liveFull.legs.size());
        for (std::size_t i = 0; i < paper.legs.size(); ++i) {
            QCOMPARE(paper.legs[i].cost, m_liveFull.legs[i].cost);
            QCOMPARE(paper.legs[i].fees, m_liveFull.legs[i].fees);
        }
        QVERIFY(run.simOrders().empty()); // nothing reached the venue
        QCOMPARE(*run.onStack([](LiveStack& s) { return s.portfolio().cash(); }), dec("9907.4623"));
        checkDatabase(run, paper, "PAPER");
    }

    void keysNeverLogged()
    {
        // Every message this process logged (all threads, all categories, the simulator's too).
        QVERIFY(m_dbsChecked >= 2);
        const QByteArray log = LogCapture::text();
        const QStringList leaks = leaksIn(log, secretsOf(m_apiSecret, m_apiPassphrase));
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TstLiveExecution)
#include "tst_liveexecution.moc"
