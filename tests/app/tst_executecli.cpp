#include "core/money/Decimal.h"
#include "core/snapshot/SnapshotMeta.h"
#include "core/storage/DatabaseUrl.h"
#include "core/storage/StorageQueries.h"
#include "tests/app/CliHarness.h"
#include "tests/support/TestPrinters.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace polaris;
using namespace polaris::test;

namespace {

constexpr qint64 kCapturedMs = 1780000000000; // 2026-05-28T20:26:40Z

QString binDir()
{
    return QString::fromLocal8Bit(qgetenv("POLARIS_BIN_DIR"));
}

Decimal money(const QJsonValue& value)
{
    const auto parsed = Decimal::parse(value.toString().toStdString());
    return parsed.ok() ? parsed.value() : Decimal::fromInt(-999);
}

QJsonArray levels(std::initializer_list<std::pair<const char*, const char*>> priceSize)
{
    QJsonArray out;
    for (const auto& [price, size] : priceSize) {
        out.append(QJsonObject{{QStringLiteral("price"), QLatin1String(price)},
                               {QStringLiteral("size"), QLatin1String(size)}});
    }
    return out;
}

/// Market i of the event, in Gamma's field names (token ids 100i / 200i, fee 0.05).
QJsonObject gammaMarket(int i)
{
    const QString n = QString::number(i);
    return QJsonObject{
            {QStringLiteral("id"), QStringLiteral("50") + n},
            {QStringLiteral("question"), QStringLiteral("Will outcome %1 win?").arg(n)},
            {QStringLiteral("conditionId"), QStringLiteral("0xc00") + n},
            {QStringLiteral("slug"), QStringLiteral("outcome-") + n},
            {QStringLiteral("groupItemTitle"), QStringLiteral("Outcome ") + n},
            {QStringLiteral("endDate"), QStringLiteral("2026-07-01T00:00:00Z")},
            {QStringLiteral("liquidity"), QStringLiteral("5000")},
            {QStringLiteral("outcomes"), QStringLiteral("[\"Yes\", \"No\"]")},
            {QStringLiteral("clobTokenIds"), QStringLiteral("[\"100%1\", \"200%1\"]").arg(n)},
            {QStringLiteral("active"), true},
            {QStringLiteral("closed"), false},
            {QStringLiteral("archived"), false},
            {QStringLiteral("acceptingOrders"), true},
            {QStringLiteral("enableOrderBook"), true},
            {QStringLiteral("negRisk"), true},
            {QStringLiteral("negRiskOther"), false},
            {QStringLiteral("orderPriceMinTickSize"), 0.01},
            {QStringLiteral("orderMinSize"), 5},
            {QStringLiteral("feesEnabled"), true},
            {QStringLiteral("feeSchedule"), QJsonObject{{QStringLiteral("rate"), 0.05},
                                                        {QStringLiteral("exponent"), 1},
                                                        {QStringLiteral("takerOnly"), true},
                                                        {QStringLiteral("rebateRate"), 0.25}}},
    };
}

QByteArray book(int market, const char* token, const QJsonArray& bids, const QJsonArray& asks)
{
    return QJsonDocument(
                   QJsonObject{{QStringLiteral("market"),
                                QStringLiteral("0xc00") + QString::number(market)},
                               {QStringLiteral("asset_id"), QLatin1String(token)},
                               {QStringLiteral("bids"), bids},
                               {QStringLiteral("asks"), asks},
                               {QStringLiteral("hash"), QStringLiteral("h") + QLatin1String(token)},
                               {QStringLiteral("timestamp"), QString::number(kCapturedMs - 1000)}})
            .toJson(QJsonDocument::Compact);
}

/// One neg-risk event of three outcomes whose YES asks sum under 1 (the engine test's books):
///   YES 1: bids 0.27 x 200; asks 0.29 x 60, 0.31 x 60.  YES 2, 3: bids 0.28 x 200; asks 0.30 x
///   100.
bool writeSnapshot(const QString& dir)
{
    QJsonArray markets;
    for (int i = 1; i <= 3; ++i) {
        markets.append(gammaMarket(i));
    }
    const QJsonObject event{
            {QStringLiteral("id"), QStringLiteral("9001")},
            {QStringLiteral("title"), QStringLiteral("Who wins the test?")},
            {QStringLiteral("slug"), QStringLiteral("who-wins-the-test")},
            {QStringLiteral("active"), true},
            {QStringLiteral("closed"), false},
            {QStringLiteral("archived"), false},
            {QStringLiteral("negRisk"), true},
            {QStringLiteral("enableNegRisk"), true},
            {QStringLiteral("negRiskAugmented"), false},
            {QStringLiteral("endDate"), QStringLiteral("2026-07-01T00:00:00Z")},
            {QStringLiteral("liquidity"), 15000},
            {QStringLiteral("markets"), markets},
    };
    const QList<QByteArray> books{
            book(1, "1001", levels({{"0.27", "200"}}), levels({{"0.29", "60"}, {"0.31", "60"}})),
            book(2, "1002", levels({{"0.28", "200"}}), levels({{"0.30", "100"}})),
            book(3, "1003", levels({{"0.28", "200"}}), levels({{"0.30", "100"}})),
    };
    bool ok = QDir().mkpath(dir);
    const auto write = [&](const char* name, const QByteArray& bytes) {
        QFile file(dir + QLatin1Char('/') + QLatin1String(name));
        ok = ok && file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    SnapshotMeta meta;
    meta.capturedAtMs = kCapturedMs;
    write("meta.json", meta.toJson());
    write("events.json", QJsonDocument(QJsonArray{event}).toJson());
    write("books.json", "[\n" + books.join(",\n") + "\n]\n");
    return ok;
}

} // namespace

/// `polaris-arb execute --paper` end to end on a crafted snapshot: the exact fills, the JSON
/// and table reports, what reaches the database, and the refusals (--live, unknown ids).
class TestExecuteCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    QString m_snapshot;
    QString m_id;

    Run arb(const QStringList& arguments) const
    {
        return runProcess(binDir() + QStringLiteral("/arb/polaris-arb"),
                          QStringList{QStringLiteral("--snapshot"), m_snapshot} + arguments, m_env,
                          60'000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (binDir().isEmpty()) {
            QSKIP("POLARIS_BIN_DIR not set (run through ctest)");
        }
        QVERIFY(m_tmp.isValid());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("POLARIS_DB_URL"),
                     m_tmp.filePath(QStringLiteral("default.sqlite")));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_tmp.path() + QStringLiteral("/config"));
        m_env.insert(QStringLiteral("HOME"), m_tmp.path());
        m_snapshot = m_tmp.filePath(QStringLiteral("snap"));
        QVERIFY(writeSnapshot(m_snapshot));

        const Run scan = arb(words("scan --once --json --no-db --strategies A"));
        QVERIFY2(scan.finished && scan.exitCode == 0, scan.err.constData());
        const QJsonArray found =
                objectOf(scan.out).value(QStringLiteral("opportunities")).toArray();
        QCOMPARE(found.size(), 1);
        const QJsonObject a = found.first().toObject();
        QCOMPARE(money(a.value(QStringLiteral("shares"))), Decimal::fromInt(100));
        QCOMPARE(money(a.value(QStringLiteral("cost"))), *Decimal::parse("89.8"));
        m_id = a.value(QStringLiteral("id")).toString();
        QVERIFY(m_id.startsWith(QStringLiteral("A:9001:")));
    }

    void paperFillsTheBasketExactly()
    {
        const Run run = arb(words("execute --paper --json --no-db") << m_id);
        QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
        const QJsonObject report = objectOf(run.out);
        QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("FILLED"));
        QCOMPARE(report.value(QStringLiteral("mode")).toString(), QStringLiteral("PAPER"));
        QCOMPARE(report.value(QStringLiteral("opportunity_id")).toString(), m_id);
        QCOMPARE(report.value(QStringLiteral("strategy")).toString(), QStringLiteral("A"));
        QCOMPARE(report.value(QStringLiteral("shares")).toString(), QStringLiteral("100"));
        QCOMPARE(report.value(QStringLiteral("cost")).toString(), QStringLiteral("89.8"));
        QCOMPARE(report.value(QStringLiteral("fees")).toString(), QStringLiteral("3.1455"));
        QCOMPARE(report.value(QStringLiteral("locked_in_pnl")).toString(),
                 QStringLiteral("7.0545"));
        QCOMPARE(report.value(QStringLiteral("realized_pnl")).toString(), QStringLiteral("0"));
        QCOMPARE(report.value(QStringLiteral("paper_balance")).toString(),
                 QStringLiteral("907.0545"));
        const QJsonArray legs = report.value(QStringLiteral("legs")).toArray();
        QCOMPARE(legs.size(), 3);
        const QJsonObject first = legs.first().toObject();
        QCOMPARE(first.value(QStringLiteral("token_id")).toString(), QStringLiteral("1001"));
        QCOMPARE(first.value(QStringLiteral("side")).toString(), QStringLiteral("BUY"));
        QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("FOK"));
        QCOMPARE(first.value(QStringLiteral("limit")).toString(), QStringLiteral("0.31"));
        QCOMPARE(first.value(QStringLiteral("filled")).toString(), QStringLiteral("100"));
        QCOMPARE(first.value(QStringLiteral("avg_price")).toString(), QStringLiteral("0.298"));
        QCOMPARE(first.value(QStringLiteral("fees")).toString(), QStringLiteral("1.0455"));
        QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("FILLED"));
        QCOMPARE(first.value(QStringLiteral("fills")).toArray().size(), 2);
        QCOMPARE(legs[2].toObject().value(QStringLiteral("cost")).toString(), QStringLiteral("30"));
    }

    void tableAndDatabase()
    {
        const QString db = m_tmp.filePath(QStringLiteral("execute.sqlite"));
        // Twice into one database: the second run's paper fills must not overwrite the first's.
        const Run first =
                arb(QStringList{QStringLiteral("--db"), db} + words("execute --paper") << m_id);
        QVERIFY2(first.finished && first.exitCode == 0, first.err.constData());
        const Run run =
                arb(QStringList{QStringLiteral("--db"), db} + words("execute --paper") << m_id);
        QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QStringLiteral("in PAPER: FILLED")), run.out.constData());
        QVERIFY(out.contains(QStringLiteral("locked-in PnL 7.0545")));
        QVERIFY(out.contains(QStringLiteral("recorded in ")));

        Result<StorageQueries> opened = StorageQueries::open(*DatabaseUrl::parse(db));
        QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().detail.c_str());
        StorageQueries* queries = &opened.value();
        const auto executions = queries->executions(10, "PAPER");
        QVERIFY(executions.ok());
        QCOMPARE(executions->size(), std::size_t(2));
        for (const ExecutionRecord& execution : *executions) {
            QCOMPARE(execution.status, std::string("FILLED"));
            QCOMPARE(execution.opportunityKey, m_id.toStdString());
            QCOMPARE(execution.eventId, std::string("9001"));
            QCOMPARE(execution.sharesFilled, Decimal::fromInt(100));
            QCOMPARE(*execution.totalCost, *Decimal::parse("89.8"));
            QCOMPARE(*execution.fees, *Decimal::parse("3.1455"));
            QVERIFY(execution.finishedAtMs.has_value());
            const auto orders = queries->ordersOfExecution(execution.execId);
            QVERIFY(orders.ok());
            QCOMPARE(orders->size(), std::size_t(3));
            std::size_t fills = 0;
            for (const OrderRecord& order : *orders) {
                QCOMPARE(order.status, std::string("FILLED"));
                QCOMPARE(order.mode, std::string("PAPER"));
                QCOMPARE(order.filledShares, Decimal::fromInt(100));
                fills += queries->fillsOfOrder(order.orderId)->size();
            }
            QCOMPARE(fills, std::size_t(4));
        }
    }

    void liveIsRefused()
    {
        for (const char* line : {"execute --live --no-db", "execute --paper --live --no-db"}) {
            const Run run = arb(words(line) << m_id);
            QVERIFY(run.finished);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains("operator approval"), run.err.constData());
            QVERIFY(run.out.isEmpty());
        }
        const Run noMode = arb(words("execute --no-db") << m_id);
        QCOMPARE(noMode.exitCode, 2);
        QVERIFY(noMode.err.contains("execute needs --paper"));
        const Run noId = arb(words("execute --paper --no-db"));
        QCOMPARE(noId.exitCode, 2);
        QVERIFY(noId.err.contains("OPPORTUNITY_ID"));
    }

    void unknownIdListsTheNearest()
    {
        const Run run = arb(words("execute --paper --no-db A:9001:0000000000000000"));
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no opportunity A:9001:0000000000000000 in this scan"),
                 run.err.constData());
        QVERIFY(run.err.contains("nearest: " + m_id.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestExecuteCli)
#include "tst_executecli.moc"
