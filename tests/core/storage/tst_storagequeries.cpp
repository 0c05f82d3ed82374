#include "core/storage/BatchWriter.h"
#include "core/storage/StorageQueries.h"
#include "tests/core/storage/TestDatabases.h"
#include "tests/support/TestPrinters.h"

#include <QTest>
#include <QUuid>

using namespace polaris;

namespace {

constexpr std::int64_t kDay = 86'400'000;
constexpr std::int64_t kT0 = 1764547200000; // 2025-12-01T00:00:00Z

Decimal dec(const char* text)
{
    return Decimal::parse(text).value();
}

std::string uuid(int i)
{
    return QUuid::createUuidV5(QUuid(), QString::number(i))
            .toString(QUuid::WithoutBraces)
            .toStdString();
}

BondPositionRecord bond(int i,
                        std::optional<std::int64_t> resolveMs,
                        const char* shares,
                        const char* price,
                        BondStatus status = BondStatus::Open)
{
    BondPositionRecord b;
    b.positionId = uuid(i);
    b.openedAtMs = kT0 - kDay + i;
    b.marketId = "0xm" + std::to_string(i);
    b.tokenId = "tok" + std::to_string(i);
    b.outcome = "Yes";
    b.shares = dec(shares);
    b.buyPrice = dec(price);
    b.expectedResolveMs = resolveMs;
    b.status = status;
    if (status != BondStatus::Open) {
        b.settlePnl = dec("-1.5");
        b.closedAtMs = kT0;
    }
    return b;
}

EpisodeRecord episode(int i, Strategy strategy, std::int64_t lastSeenMs, bool open)
{
    EpisodeRecord e;
    e.episodeId = uuid(1000 + i);
    e.opportunityKey = "key" + std::to_string(i);
    e.strategy = strategy;
    e.eventId = "evt" + std::to_string(i);
    e.eventTitle = i == 1 ? "Comma, \"quote\" title" : "Plain";
    e.marketIds = {"0xa", "0xb"};
    e.firstSeenMs = lastSeenMs - 60'000;
    e.lastSeenMs = lastSeenMs;
    if (!open) {
        e.closedAtMs = lastSeenMs + 1000;
    }
    e.sampleCount = 60;
    e.bestNetProfit = dec("12.345678");
    e.lastNetProfit = dec("-0.5");
    e.bestNetPct = dec("4.25");
    e.lastNetPct = dec("-0.1");
    e.lastShares = dec("250");
    e.lastCost = dec("240.5");
    return e;
}

} // namespace

class TstStorageQueries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ladderHistoryStatusCsv_data() { testing::addBackendRows(); }
    void ladderHistoryStatusCsv()
    {
        POLARIS_SCRATCH_DATABASE(scratch);
        Result<StorageQueries> opened = StorageQueries::open(scratch.url());
        QVERIFY(opened.ok());
        StorageQueries& queries = opened.value();
        StorageStatus empty = queries.status();
        QVERIFY(empty.reachable);
        QCOMPARE(empty.schemaVersion, 4);
        QVERIFY(!empty.lastScanMs.has_value());
        QCOMPARE(queries.history(HistoryFilter{})->size(), std::size_t(0));

        const std::vector<StorageRecord> records{
                bond(1, kT0 + 2 * kDay + 5, "100", "0.95"),
                bond(2, kT0 + 2 * kDay + 7'200'000, "50.5", "0.97"),
                bond(3, kT0 + kDay, "10", "0.99"),
                bond(4, std::nullopt, "1", "0.93"),
                bond(5, kT0 + kDay, "999", "0.94", BondStatus::Settled),
                episode(1, Strategy::NegRiskLong, kT0, true),
                episode(2, Strategy::Bond, kT0 + 1000, false),
                episode(3, Strategy::NegRiskLong, kT0 - kDay, false),
                ScanRunRecord{uuid(7), kT0 + 5000, 1200, 40, 3, 9, 0, 0, 0, {}},
                ScanRunRecord{uuid(8), kT0 + 9000, 1300, 40, 3, 9, 70, 2, 1, "http://127.0.0.1:1"},
                PnlSnapshotRecord{kT0, dec("10.5"), dec("-2.25"), dec("300"), dec("5000")},
                PnlSnapshotRecord{kT0 + 1000, dec("11.5"), dec("-2"), dec("290"), std::nullopt},
        };
        Status written = queries.database().transaction([&]() -> Status {
            BatchWriter writer(queries.database());
            for (const StorageRecord& record : records) {
                Status done = writer.write(record);
                if (!done) {
                    return done;
                }
            }
            return okStatus();
        });
        QVERIFY2(written.ok(), written.ok() ? "" : written.error().detail.c_str());

        auto ladder = queries.bondLadder();
        QVERIFY(ladder.ok());
        QCOMPARE(ladder->size(), std::size_t(3));
        QCOMPARE(ladder->at(0).resolveDate, QStringLiteral("2025-12-02"));
        QCOMPARE(ladder->at(0).positions.size(),
                 std::size_t(1)); // the settled one is not on the ladder
        QCOMPARE(ladder->at(1).resolveDate, QStringLiteral("2025-12-03"));
        QCOMPARE(ladder->at(1).shares, dec("150.5"));
        QCOMPARE(ladder->at(1).cost, dec("143.985")); // 100 x 0.95 + 50.5 x 0.97
        QCOMPARE(ladder->at(1).payoutIfWon, dec("150.5"));
        QCOMPARE(ladder->at(2).resolveDate, QStringLiteral("unknown"));
        QCOMPARE(queries.bondPositions(BondStatus::Settled)->front().settlePnl.value(),
                 dec("-1.5"));

        auto all = queries.history(HistoryFilter{});
        QVERIFY(all.ok());
        QCOMPARE(all->size(), std::size_t(3));
        QCOMPARE(all->at(0).opportunityKey, std::string("key2")); // newest last_seen first
        QCOMPARE(all->at(0).strategy, Strategy::Bond);
        QCOMPARE(all->at(1).bestNetProfit, dec("12.345678"));
        QCOMPARE(all->at(1).lastNetPct, dec("-0.1"));
        QCOMPARE(queries.history(HistoryFilter{Strategy::NegRiskLong, std::nullopt, 50, false})
                         ->size(),
                 std::size_t(2));
        QCOMPARE(queries.history(HistoryFilter{std::nullopt, kT0, 50, false})->size(),
                 std::size_t(2));
        QCOMPARE(queries.history(HistoryFilter{std::nullopt, std::nullopt, 1, false})->size(),
                 std::size_t(1));
        auto open = queries.history(HistoryFilter{std::nullopt, std::nullopt, 50, true});
        QCOMPARE(open->size(), std::size_t(1));
        QCOMPARE(open->front().opportunityKey, std::string("key1"));

        const StorageStatus status = queries.status();
        QVERIFY(status.reachable);
        QCOMPARE(status.lastScanMs.value(), kT0 + 9000);
        QCOMPARE(status.lastBooksLive, 70);
        QCOMPARE(status.lastBooksStale, 2);
        QCOMPARE(status.lastBooksInvalid, 1);
        QCOMPARE(status.lastSource, QStringLiteral("http://127.0.0.1:1"));
        QCOMPARE(status.scanRuns, 2);
        QCOMPARE(status.episodes, 3);
        QCOMPARE(status.openEpisodes, 1);
        QCOMPARE(status.openBondPositions, 4);
        QCOMPARE(status.lastPnl->realizedPnl, dec("11.5"));
        QVERIFY(!status.lastPnl->cashBalance.has_value());
        QCOMPARE(StorageQueries::status(scratch.url()).openEpisodes, 1);

        const QString csv = StorageQueries::historyCsv(all.value());
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith(QStringLiteral("episode_id,strategy,event_id,event_title,")));
        QVERIFY2(lines[2].contains(QStringLiteral(
                         ",\"Comma, \"\"quote\"\" title\",0xa;0xb,2025-11-30T23:59:00.000Z,"
                         "2025-12-01T00:00:00.000Z,,60,12.345678,-0.5,4.25,-0.1,250,240.5,")),
                 qPrintable(lines[2]));
    }

    void statusOfUnreachableDatabase()
    {
        const StorageStatus status = StorageQueries::status(
                DatabaseUrl::parse(
                        QStringLiteral("postgresql://u:pw@127.0.0.1:1/x?connect_timeout=1"))
                        .value());
        QVERIFY(!status.reachable);
        QVERIFY(!status.error.isEmpty());
        QVERIFY(!status.error.contains(QStringLiteral("pw")));
        QCOMPARE(status.url, QStringLiteral("postgresql://u:***@127.0.0.1:1/x"));
    }
};

QTEST_GUILESS_MAIN(TstStorageQueries)
#include "tst_storagequeries.moc"
