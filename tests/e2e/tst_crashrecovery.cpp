#include "core/execution/ClobOrderGateway.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/signing/PrivateKey.h"
#include "core/storage/DatabaseUrl.h"
#include "core/storage/StorageQueries.h"
#include "tests/e2e/E2eMarket.h"
#include "tests/e2e/SecretScan.h"
#include "tests/support/TestPrinters.h"

#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace polaris;
using namespace polaris::e2e;

namespace {

struct RunnerRun
{
    bool killed = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString stateOf(sim::SimOrderStatus status)
{
    switch (status) {
    case sim::SimOrderStatus::Live:
        return QStringLiteral("LIVE");
    case sim::SimOrderStatus::Matched:
        return QStringLiteral("FILLED");
    case sim::SimOrderStatus::Canceled:
    case sim::SimOrderStatus::Killed:
        return QStringLiteral("CANCELLED");
    }
    return {};
}

QJsonArray arrayOf(const QByteArray& json, const char* key)
{
    return QJsonDocument::fromJson(json).object().value(QLatin1String(key)).toArray();
}

} // namespace

/// The process killed (SIGKILL) and restarted mid-execution: live_execution_runner executes the
/// A basket against an in-process simulator, recording into SQLite, and is killed while it
/// waits for the venue; `live_execution_runner --reconcile` must then find every order the
/// simulator holds for the account and record it with its state and fills, and a second
/// reconciliation must find nothing new. Finally no key material may appear in anything the
/// processes printed or logged, nor in the database files.
class TstCrashRecovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_keyDir;
    QTemporaryDir m_dataDir;
    QString m_keyFile;
    signing::Address m_address;
    QByteArray m_outputs; // everything the runners printed
    QByteArray m_apiSecret;
    QByteArray m_apiPassphrase;

    std::vector<const sim::SimOrder*> simOrders(sim::SimServer& sim) const
    {
        std::vector<const sim::SimOrder*> out;
        for (const sim::SimOrder& order : sim.exchange().store().orders()) {
            if (order.signer == m_address) {
                out.push_back(&order);
            }
        }
        return out;
    }

    static Result<StorageQueries> queries(const QString& db)
    {
        DatabaseUrl url;
        url.path = db;
        return StorageQueries::open(url);
    }

    /// Runs the runner; kills it (SIGKILL) as soon as `killWhen` says so. The simulator keeps
    /// serving meanwhile (this thread's events are processed while waiting).
    RunnerRun runner(sim::SimServer& sim,
                     const QString& db,
                     const QStringList& extra,
                     const std::function<bool()>& killWhen = {})
    {
        RunnerRun run;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("POLARIS_PRIVATE_KEY_FILE"), m_keyFile);
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("polaris.*.debug=true"));
        env.insert(QStringLiteral("QT_MESSAGE_PATTERN"),
                   QStringLiteral("%{category} %{type}: %{message}"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(POLARIS_E2E_RUNNER),
                      QStringList{QStringLiteral("--http-url"), sim.httpUrl(),
                                  QStringLiteral("--ws-url"), sim.wsUrl(),
                                  QStringLiteral("--user-ws-url"), sim.userWsUrl(),
                                  QStringLiteral("--db"), db}
                              + extra);
        if (!process.waitForStarted(10'000)) {
            return run;
        }
        static_cast<void>(QTest::qWaitFor(
                [&] { return process.state() == QProcess::NotRunning || (killWhen && killWhen()); },
                25'000));
        if (process.state() != QProcess::NotRunning) {
            process.kill(); // SIGKILL: no destructor, no flush, no goodbye
            run.killed = true;
            static_cast<void>(QTest::qWaitFor(
                    [&] { return process.state() == QProcess::NotRunning; }, 5'000));
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        m_outputs += run.out + run.err;
        return run;
    }

    /// Every order the simulator holds for our account is in the database under its venue id,
    /// with the venue's state, matched size and every fill (taker trades and maker entries).
    void checkEveryVenueOrderRecorded(sim::SimServer& sim, const QString& db)
    {
        Result<StorageQueries> opened = queries(db);
        QVERIFY(opened.ok());
        StorageQueries& q = opened.value();
        const auto executions = q.executions(10, "LIVE");
        QVERIFY(executions.ok());
        QCOMPARE(executions->size(), std::size_t(1));
        const auto orders = q.ordersOfExecution(executions->front().execId);
        QVERIFY(orders.ok());
        const auto venueOrders = simOrders(sim);
        QVERIFY(!venueOrders.empty());
        for (const sim::SimOrder* venue : venueOrders) {
            const auto it = std::find_if(orders->begin(), orders->end(), [&](const OrderRecord& o) {
                return o.venueOrderId == venue->id;
            });
            QVERIFY2(it != orders->end(), venue->id.c_str());
            QCOMPARE(QString::fromStdString(it->status), stateOf(venue->status));
            QCOMPARE(it->filledShares, venue->sizeMatched);
            const auto fills = q.fillsOfOrder(it->orderId);
            QVERIFY(fills.ok());
            std::size_t expected = 0;
            Decimal total;
            for (const sim::SimTrade& trade : sim.exchange().store().trades()) {
                std::string fillId;
                Decimal shares;
                if (trade.takerOrderId == venue->id) {
                    fillId = trade.id;
                    shares = trade.size;
                }
                for (const sim::SimMakerFill& maker : trade.makers) {
                    if (maker.orderId == venue->id) {
                        fillId = trade.id + ":" + maker.orderId;
                        shares = maker.matchedAmount;
                    }
                }
                if (fillId.empty()) {
                    continue;
                }
                ++expected;
                total += shares;
                const auto f = std::find_if(fills->begin(), fills->end(), [&](const FillRecord& r) {
                    return r.fillId == fillId;
                });
                QVERIFY2(f != fills->end(), fillId.c_str());
                QCOMPARE(f->price, trade.price);
                QCOMPARE(f->shares, shares);
            }
            QCOMPARE(fills->size(), expected);
            QCOMPARE(total, venue->sizeMatched);
        }
        QCOMPARE(orders->size(), venueOrders.size()); // and nothing we do not hold there
    }

    /// Two reconciliations after the crash: the first records, the second finds nothing new.
    void reconcileTwice(sim::SimServer& sim, const QString& db, int updated, int fills)
    {
        const RunnerRun first = runner(sim, db, {QStringLiteral("--reconcile")});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        qInfo("reconciliation after the crash: %s", first.out.constData());
        QCOMPARE(int(arrayOf(first.out, "updated_orders").size()), updated);
        QCOMPARE(int(arrayOf(first.out, "new_fills").size()), fills);
        checkEveryVenueOrderRecorded(sim, db);
        if (QTest::currentTestFailed()) {
            return;
        }
        const RunnerRun second = runner(sim, db, {QStringLiteral("--reconcile")});
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QCOMPARE(arrayOf(second.out, "updated_orders").size(), 0);
        QCOMPARE(arrayOf(second.out, "new_fills").size(), 0);
        QCOMPARE(arrayOf(second.out, "issues").size(), 0);
        checkEveryVenueOrderRecorded(sim, db);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("polaris.*.debug=true"));
        LogCapture::install();
        m_keyFile = m_keyDir.filePath(QStringLiteral("key"));
        QFile key(m_keyFile);
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(signing_vectors::kKeyHex);
        key.close();
        QVERIFY(key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        m_address = signing::PrivateKey::fromHex(signing_vectors::kKeyHex).value().address();
        // The API credentials the simulator issues for this key (deterministic per key and
        // nonce), derived here the way the runner derives them, for the search at the end.
        auto sim = startSim();
        QVERIFY(sim);
        secrets::MemorySecretStore store;
        QVERIFY(store.write(secrets::keyName(secrets::kPrivateKey), signing_vectors::kKeyHex).ok());
        ClobGatewayConfig config;
        config.clobUrl = QUrl(sim->httpUrl());
        config.userChannelEnabled = false;
        std::optional<Result<std::unique_ptr<ClobOrderGateway>>> made;
        ClobOrderGateway::create(store, config, [&](auto r) { made.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(made.has_value(), 10'000);
        QVERIFY(made->ok());
        m_apiSecret = store.read(secrets::keyName(secrets::kApiSecret)).value();
        m_apiPassphrase = store.read(secrets::keyName(secrets::kApiPassphrase)).value();
        QVERIFY(!m_apiSecret.isEmpty() && !m_apiPassphrase.isEmpty());
    }

    void killedWhileTheOrdersAreInFlight()
    {
        // The venue matches the three FOK legs on arrival but answers only 20 s later: the
        // runner has recorded its intents and sits in place() when it is killed.
        auto sim = startSim();
        QVERIFY(sim);
        const QString db = m_dataDir.filePath(QStringLiteral("in-flight/polaris.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(db).absolutePath()));
        QVERIFY(sim->setFaults(QJsonObject{{QStringLiteral("order_delay_ms"), 20'000}}).ok());
        const RunnerRun killed = runner(*sim, db, {}, [&] { return simOrders(*sim).size() == 3; });
        QVERIFY2(killed.killed, killed.err.constData());
        QVERIFY(killed.out.isEmpty()); // it never got to report
        QVERIFY(sim->setFaults(QJsonObject{{QStringLiteral("order_delay_ms"), 0}}).ok());
        for (const sim::SimOrder* order : simOrders(*sim)) {
            QCOMPARE(order->status, sim::SimOrderStatus::Matched);
        }
        // What the dead process left: the execution PENDING, three order intents, no fills.
        {
            Result<StorageQueries> opened = queries(db);
            QVERIFY(opened.ok());
            StorageQueries& q = opened.value();
            const auto executions = q.executions(10, "LIVE");
            QVERIFY(executions.ok() && executions->size() == 1);
            QCOMPARE(executions->front().status, std::string("PENDING"));
            const auto orders = q.ordersOfExecution(executions->front().execId);
            QVERIFY(orders.ok());
            QCOMPARE(orders->size(), std::size_t(3));
            for (const OrderRecord& order : *orders) {
                QCOMPARE(order.status, std::string("INTENT"));
                QVERIFY(order.venueOrderId.empty());
            }
        }
        // Four trades: YES 1 at two levels, YES 2 and YES 3 at one.
        reconcileTwice(*sim, db, 3, 4);
        QVERIFY(!QTest::currentTestFailed());
        // The execution itself stays PENDING for the operator (docs/execution.md).
        Result<StorageQueries> opened = queries(db);
        QVERIFY(opened.ok());
        QCOMPARE(opened.value().executions(10, "LIVE")->front().status, std::string("PENDING"));
    }

    void killedWhileTheOrdersRest()
    {
        // GTC legs against a competing taker that takes 60 % of each level first: YES 1 fills
        // 48, YES 2 80, YES 3 40, and the rest of each rests at 0.30. The runner records the
        // answers and fills and is killed while it waits for more. While it is dead, asks come
        // back at 0.30 on YES 3 and fill its resting 60 (as maker); YES 1 and 2 still rest.
        auto sim = startSim();
        QVERIFY(sim);
        const QString db = m_dataDir.filePath(QStringLiteral("resting/polaris.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(db).absolutePath()));
        QVERIFY(sim->setFaults(QJsonObject{{QStringLiteral("competing_taker_rate"), 1.0},
                                           {QStringLiteral("competing_taker_fraction"), 0.6}})
                        .ok());
        const auto answered = [&] {
            Result<StorageQueries> opened = queries(db);
            if (!opened.ok()) {
                return false;
            }
            StorageQueries& q = opened.value();
            const auto unsettled = q.unsettledOrders();
            if (!unsettled.ok() || unsettled->size() != 3) {
                return false;
            }
            for (const OrderRecord& order : *unsettled) {
                const auto fills = q.fillsOfOrder(order.orderId);
                if (!fills.ok()) {
                    return false;
                }
                Decimal itemised;
                for (const FillRecord& fill : fills.value()) {
                    itemised += fill.shares;
                }
                if (order.status != "LIVE" || itemised != order.filledShares) {
                    return false;
                }
            }
            return true;
        };
        const RunnerRun killed =
                runner(*sim, db,
                       {QStringLiteral("--order-type"), QStringLiteral("GTC"),
                        QStringLiteral("--fill-timeout-ms"), QStringLiteral("30000")},
                       answered);
        QVERIFY2(killed.killed, killed.err.constData());
        const auto venueOrders = simOrders(*sim);
        QCOMPARE(venueOrders.size(), std::size_t(3));
        QCOMPARE(venueOrders[2]->sizeMatched, dec("40"));
        QVERIFY(setSimAsks(*sim, 3, {{"0.30", "60"}, {"0.31", "100"}}));
        sim->exchange().onBooksMoved(QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(venueOrders[0]->status, sim::SimOrderStatus::Live);
        QCOMPARE(venueOrders[1]->status, sim::SimOrderStatus::Live);
        QCOMPARE(venueOrders[2]->status, sim::SimOrderStatus::Matched);
        // One order changed (YES 3: FILLED), one fill was not on record (its maker fill).
        reconcileTwice(*sim, db, 1, 1);
    }

    void keysNeverAppear()
    {
        const QList<Secret> secrets = secretsOf(m_apiSecret, m_apiPassphrase);
        // The search itself finds them, in any case, wherever they sit.
        QCOMPARE(
                leaksIn("x" + QByteArray(signing_vectors::kKeyHex).mid(2).toUpper() + "y", secrets),
                QStringList{QStringLiteral("private key without 0x")});
        QCOMPARE(leaksIn("secret=" + m_apiPassphrase, secrets),
                 QStringList{QStringLiteral("API passphrase")});
        // The runners' output, debug logging on: not empty, and clean.
        QVERIFY(m_outputs.contains("polaris."));
        QStringList leaks = leaksIn(m_outputs, secrets);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral(", "))));
        // The databases (every file: main, WAL, shared memory, journal).
        for (const char* dir : {"in-flight", "resting"}) {
            const QByteArray bytes = filesIn(m_dataDir.filePath(QLatin1String(dir)));
            QVERIFY(bytes.size() > 10'000);
            QVERIFY(bytes.contains(QByteArray(kYes[0]))); // the data is there, the keys are not
            leaks = leaksIn(bytes, secrets);
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral(", "))));
        }
        // This process's own log (the simulator and the credentials derivation included).
        leaks = leaksIn(LogCapture::text(), secrets);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TstCrashRecovery)
#include "tst_crashrecovery.moc"
