#include "core/execution/OrderTypes.h"
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

ExecutionRecord execution(int i, const char* mode, std::int64_t atMs)
{
    ExecutionRecord e;
    e.execId = uuid(2000 + i);
    e.executedAtMs = atMs;
    e.strategy = i % 2 ? Strategy::BinaryComplement : Strategy::NegRiskLong;
    e.status = "FILLED";
    e.sharesTarget = dec("100.5");
    e.sharesFilled = dec("100.25");
    e.totalCost = dec("97.123456");
    e.realizedPnl = dec("-0.000001");
    e.legsResultJson = R"([{"filled":"100.25","token":"t1"}])"; // keys sorted, as read back
    e.mode = mode;
    e.opportunityKey = "A:evt" + std::to_string(i);
    e.eventId = "evt" + std::to_string(i);
    if (i == 1) {
        e.approvalId = "approval-1";
        e.fees = dec("0.42");
        e.finishedAtMs = atMs + 1500;
    }
    return e;
}

OrderRecord orderRow(int i, OrderState state, const std::string& execId, std::int64_t atMs)
{
    OrderRecord o;
    o.orderId = "ord-" + std::to_string(i);
    o.execId = execId;
    o.venueOrderId = i % 2 ? "0xvenue" + std::to_string(i) : std::string();
    o.tokenId = "tok" + std::to_string(i);
    o.side = i % 3 == 0 ? TradeSide::Sell : TradeSide::Buy;
    o.orderType = i % 2 ? "GTC" : "FOK";
    o.limitPrice = dec("0.47");
    o.shares = dec("123.45");
    o.status = orderStateName(state);
    o.createdAtMs = atMs;
    o.updatedAtMs = atMs + 10;
    o.errorMessage = state == OrderState::Rejected ? "INVALID_ORDER_MIN_SIZE: too small" : "";
    o.conditionId = "0xcond" + std::to_string(i);
    o.filledShares = dec("12.34");
    o.purpose = i == 2 ? "PATCH" : "LEG";
    o.mode = i == 5 ? "PAPER" : "LIVE";
    return o;
}

void compareOrder(const OrderRecord& a, const OrderRecord& b)
{
    QCOMPARE(a.orderId, b.orderId);
    QCOMPARE(a.execId, b.execId);
    QCOMPARE(a.venueOrderId, b.venueOrderId);
    QCOMPARE(a.tokenId, b.tokenId);
    QCOMPARE(a.side, b.side);
    QCOMPARE(a.orderType, b.orderType);
    QCOMPARE(a.limitPrice, b.limitPrice);
    QCOMPARE(a.shares, b.shares);
    QCOMPARE(a.status, b.status);
    QCOMPARE(a.createdAtMs, b.createdAtMs);
    QCOMPARE(a.updatedAtMs, b.updatedAtMs);
    QCOMPARE(a.errorMessage, b.errorMessage);
    QCOMPARE(a.conditionId, b.conditionId);
    QCOMPARE(a.filledShares, b.filledShares);
    QCOMPARE(a.purpose, b.purpose);
    QCOMPARE(a.mode, b.mode);
}

Status writeAll(Database& database, const std::vector<StorageRecord>& records)
{
    return database.transaction([&]() -> Status {
        BatchWriter writer(database);
        for (const StorageRecord& record : records) {
            Status done = writer.write(record);
            if (!done) {
                return done;
            }
        }
        return okStatus();
    });
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

    void version4RoundTrip_data() { testing::addBackendRows(); }
    void version4RoundTrip()
    {
        POLARIS_SCRATCH_DATABASE(scratch);
        Result<StorageQueries> opened = StorageQueries::open(scratch.url());
        QVERIFY(opened.ok());
        StorageQueries& queries = opened.value();
        const ExecutionRecord paper = execution(1, "PAPER", kT0 + 1000);
        const ExecutionRecord live = execution(2, "LIVE", kT0 + 2000);
        const ExecutionRecord monitor = execution(3, "MONITOR", kT0 + 3000);
        // Every order state once, oldest first by creation; ord-5 is a paper order.
        const OrderState states[] = {OrderState::Intent,   OrderState::Sent,
                                     OrderState::Live,     OrderState::Delayed,
                                     OrderState::Filled,   OrderState::Cancelled,
                                     OrderState::Rejected, OrderState::Unknown};
        std::vector<OrderRecord> orders;
        for (int i = 0; i < 8; ++i) {
            orders.push_back(
                    orderRow(i, states[i], i < 4 ? paper.execId : live.execId, kT0 + 10'000 - i));
        }
        FillRecord first{"fill-b",    "ord-2",         "tok2",       dec("0.46"),
                         dec("10.5"), dec("0.000001"), kT0 + 20'000, TradeSide::Sell};
        FillRecord second{"fill-a",    "ord-2",  "tok2",       dec("0.47"),
                          dec("1.84"), dec("0"), kT0 + 20'000, TradeSide::Buy};
        FillRecord other{"fill-c",      "ord-4",    "tok4",       dec("0.47"),
                         dec("123.45"), dec("1.5"), kT0 + 30'000, TradeSide::Buy};
        std::vector<StorageRecord> records{paper, live, monitor};
        for (const OrderRecord& o : orders) {
            records.push_back(o);
        }
        records.push_back(first);
        records.push_back(second);
        records.push_back(other);
        for (int i = 0; i < 3; ++i) {
            for (const char* strategy : {"ALL", "A", "B"}) {
                records.push_back(PnlPointRecord{kT0 + i * 60'000, "PAPER", strategy,
                                                 dec("1.5") + Decimal::fromInt(i), dec("-0.25"),
                                                 dec("300")});
            }
            records.push_back(PnlPointRecord{kT0 + i * 60'000, "LIVE", "ALL", dec("-2"), Decimal(),
                                             dec("10")});
        }
        const Status written = writeAll(queries.database(), records);
        QVERIFY2(written.ok(), written.ok() ? "" : written.error().detail.c_str());

        auto all = queries.executions(10, std::string());
        QVERIFY(all.ok());
        QCOMPARE(all->size(), std::size_t(3));
        QCOMPARE(all->at(0).execId, monitor.execId); // newest first
        QCOMPARE(queries.executions(10)->size(), std::size_t(3));
        QCOMPARE(queries.executions(2, std::string())->size(), std::size_t(2));
        auto papers = queries.executions(10, "PAPER");
        QVERIFY(papers.ok());
        QCOMPARE(papers->size(), std::size_t(1));
        const ExecutionRecord& e = papers->front();
        QCOMPARE(e.execId, paper.execId);
        QCOMPARE(e.executedAtMs, paper.executedAtMs);
        QCOMPARE(e.strategy, Strategy::BinaryComplement);
        QCOMPARE(e.status, std::string("FILLED"));
        QCOMPARE(e.sharesTarget.value(), dec("100.5"));
        QCOMPARE(e.sharesFilled, dec("100.25"));
        QCOMPARE(e.totalCost.value(), dec("97.123456"));
        QCOMPARE(e.realizedPnl.value(), dec("-0.000001"));
        QCOMPARE(e.legsResultJson, paper.legsResultJson);
        QCOMPARE(e.mode, std::string("PAPER"));
        QCOMPARE(e.opportunityKey, std::string("A:evt1"));
        QCOMPARE(e.eventId, std::string("evt1"));
        QCOMPARE(e.approvalId.value(), std::string("approval-1"));
        QCOMPARE(e.fees.value(), dec("0.42"));
        QCOMPARE(e.finishedAtMs.value(), kT0 + 2500);
        const ExecutionRecord& l = queries.executions(10, "LIVE")->front();
        QCOMPARE(l.mode, std::string("LIVE"));
        QVERIFY(!l.approvalId.has_value());
        QVERIFY(!l.fees.has_value());
        QVERIFY(!l.finishedAtMs.has_value());
        QVERIFY(queries.executions(10, "NOPE")->empty());

        // Unsettled: the five non-terminal states, oldest first (ord-7 was created first).
        auto unsettled = queries.unsettledOrders();
        QVERIFY(unsettled.ok());
        std::vector<std::string> ids;
        for (const OrderRecord& o : unsettled.value()) {
            ids.push_back(o.orderId);
            QVERIFY2(!isTerminal(orderStateFromName(o.status).value()), o.status.c_str());
        }
        QCOMPARE(ids, (std::vector<std::string>{"ord-7", "ord-3", "ord-2", "ord-1", "ord-0"}));
        compareOrder(unsettled->at(2), orders[2]);
        compareOrder(unsettled->at(0), orders[7]);

        auto ofPaper = queries.ordersOfExecution(paper.execId);
        QVERIFY(ofPaper.ok());
        QCOMPARE(ofPaper->size(), std::size_t(4));
        for (std::size_t i = 0; i < 4; ++i) {
            compareOrder(ofPaper->at(i), orders[3 - i]);
        }
        QCOMPARE(queries.ordersOfExecution(live.execId)->size(), std::size_t(4));
        QVERIFY(queries.ordersOfExecution(monitor.execId)->empty());

        auto fills = queries.fillsOfOrder("ord-2");
        QVERIFY(fills.ok());
        QCOMPARE(fills->size(), std::size_t(2));
        const FillRecord& f = fills->at(0); // same time: by fill id
        QCOMPARE(f.fillId, std::string("fill-a"));
        QCOMPARE(f.orderId, std::string("ord-2"));
        QCOMPARE(f.tokenId, std::string("tok2"));
        QCOMPARE(f.price, dec("0.47"));
        QCOMPARE(f.shares, dec("1.84"));
        QCOMPARE(f.fee, Decimal());
        QCOMPARE(f.filledAtMs, kT0 + 20'000);
        QCOMPARE(f.side, TradeSide::Buy);
        QCOMPARE(fills->at(1).side, TradeSide::Sell);
        QCOMPARE(fills->at(1).fee, dec("0.000001"));
        QVERIFY(queries.fillsOfOrder("ord-0")->empty());

        auto series = queries.pnlSeries("PAPER", "A", kT0 + 60'000);
        QVERIFY(series.ok());
        QCOMPARE(series->size(), std::size_t(2));
        QCOMPARE(series->at(0).takenAtMs, kT0 + 60'000);
        QCOMPARE(series->at(0).mode, std::string("PAPER"));
        QCOMPARE(series->at(0).strategy, std::string("A"));
        QCOMPARE(series->at(0).realizedPnl, dec("2.5"));
        QCOMPARE(series->at(0).unrealizedPnl, dec("-0.25"));
        QCOMPARE(series->at(0).openExposure, dec("300"));
        QCOMPARE(series->at(1).realizedPnl, dec("3.5"));
        auto every = queries.pnlSeries("PAPER", std::string(), kT0);
        QCOMPARE(every->size(), std::size_t(9));
        QCOMPARE(every->at(0).strategy, std::string("A")); // by time, then strategy
        QCOMPARE(every->at(1).strategy, std::string("ALL"));
        QCOMPARE(every->at(2).strategy, std::string("B"));
        auto liveSeries = queries.pnlSeries("LIVE", "ALL", 0);
        QCOMPARE(liveSeries->size(), std::size_t(3));
        QCOMPARE(liveSeries->at(2).realizedPnl, dec("-2"));
        QCOMPARE(liveSeries->at(2).openExposure, dec("10"));

        // Upserts: a point written again replaces its values; an order moves to FILLED.
        OrderRecord filled = orders[2];
        filled.status = "FILLED";
        filled.filledShares = filled.shares;
        QVERIFY(writeAll(queries.database(),
                         {filled, PnlPointRecord{kT0, "LIVE", "ALL", dec("7"), dec("1"), dec("2")}})
                        .ok());
        QCOMPARE(queries.unsettledOrders()->size(), std::size_t(4));
        QCOMPARE(queries.pnlSeries("LIVE", "ALL", 0)->front().realizedPnl, dec("7"));
        QCOMPARE(queries.pnlSeries("LIVE", "ALL", 0)->size(), std::size_t(3));
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
