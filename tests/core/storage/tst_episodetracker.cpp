#include "core/storage/EpisodeTracker.h"
#include "core/storage/StorageQueries.h"
#include "core/storage/StorageWriter.h"
#include "core/venues/polymarket/WorkerThread.h"
#include "tests/core/storage/TestDatabases.h"
#include "tests/support/TestPrinters.h"

#include <QTest>

using namespace polaris;

namespace {

constexpr std::int64_t kStartMs = 1764000000000;

Decimal dec(const char* text)
{
    return Decimal::parse(text).value();
}

Opportunity basket(const std::string& event, Decimal netProfit)
{
    Opportunity o;
    o.strategy = Strategy::NegRiskLong;
    o.eventId = event;
    o.eventTitle = "Who wins " + event + "?";
    o.marketIds = {"0xc1", "0xc2"};
    o.id = "A:" + event + ":yes1,yes2";
    for (const char* token : {"yes1", "yes2"}) {
        OpportunityLeg leg;
        leg.tokenId = token;
        leg.outcome = "Yes";
        leg.limitPrice = dec("0.47");
        leg.shares = dec("100");
        leg.vwap = dec("0.465");
        leg.notional = dec("46.5");
        o.legs.push_back(leg);
    }
    o.shares = dec("100");
    o.cost = dec("93");
    o.payout = dec("100");
    o.netProfit = netProfit;
    o.netProfitPct = netProfit.toDouble() / 93.0;
    return o;
}

template <typename T> std::vector<T> ofType(const std::vector<StorageRecord>& records)
{
    std::vector<T> out;
    for (const StorageRecord& record : records) {
        if (const T* value = std::get_if<T>(&record)) {
            out.push_back(*value);
        }
    }
    return out;
}

/// An hour of one-second scans in which one basket is always visible, its profit wandering.
std::vector<StorageRecord> anHourOfScans(EpisodeTracker& tracker)
{
    std::vector<StorageRecord> all;
    for (int i = 0; i < 3600; ++i) {
        const Decimal profit = Decimal::fromMicros(5'000'000 + (i % 97) * 10'000); // 5.00 .. 5.96
        auto records = tracker.observe({basket("e1", profit)}, kStartMs + i * 1000LL);
        std::move(records.begin(), records.end(), std::back_inserter(all));
    }
    auto closing = tracker.observe({}, kStartMs + 3600 * 1000LL);
    std::move(closing.begin(), closing.end(), std::back_inserter(all));
    return all;
}

} // namespace

class TstEpisodeTracker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sampleScheduleIsLogarithmic()
    {
        int kept = 0;
        for (int n = 1; n <= 3600; ++n) {
            kept += EpisodeTracker::keepsSample(n, 16) ? 1 : 0;
        }
        QCOMPARE(kept, 140); // 16 + 16 per doubling up to 2048, then every 128th up to 3600
        QVERIFY(EpisodeTracker::keepsSample(16, 16));
        QVERIFY(EpisodeTracker::keepsSample(17, 16)); // stride 1 in (16, 32]
        QVERIFY(EpisodeTracker::keepsSample(34, 16));
        QVERIFY(!EpisodeTracker::keepsSample(35, 16));
        QVERIFY(!EpisodeTracker::keepsSample(3600, 16));
    }

    void oneEpisodeForAnHour()
    {
        EpisodeTracker tracker;
        const std::vector<StorageRecord> records = anHourOfScans(tracker);
        const auto states = ofType<EpisodeRecord>(records);
        const auto samples = ofType<ScanSampleRecord>(records);
        QCOMPARE(states.size(), std::size_t(3601)); // one state per scan + the closing one
        const EpisodeRecord& last = states.back();
        for (const EpisodeRecord& state : states) {
            QCOMPARE(state.episodeId, last.episodeId);
        }
        QCOMPARE(last.sampleCount, 3600);
        QCOMPARE(last.firstSeenMs, kStartMs);
        QCOMPARE(last.lastSeenMs, kStartMs + 3599 * 1000LL);
        QCOMPARE(last.closedAtMs.value(), kStartMs + 3600 * 1000LL);
        QCOMPARE(last.bestNetProfit, dec("5.96"));
        QCOMPARE(last.lastNetProfit, Decimal::fromMicros(5'000'000 + (3599 % 97) * 10'000));
        QCOMPARE(last.bestNetPct, Decimal::div(dec("596"), dec("93"), Rounding::Nearest));
        QCOMPARE(last.lastCost, dec("93"));
        // 140 samples by schedule plus the last observation, kept when the episode closed.
        QCOMPARE(samples.size(), std::size_t(141));
        QCOMPARE(samples.back().scannedAtMs, kStartMs + 3599 * 1000LL);
        QCOMPARE(tracker.openEpisodes(), std::size_t(0));
    }

    void reappearanceStartsANewEpisode()
    {
        EpisodeTracker tracker;
        auto first = ofType<EpisodeRecord>(tracker.observe({basket("e1", dec("1"))}, kStartMs));
        const std::string id = tracker.episodeIdFor(basket("e1", dec("1")).id).value();
        QCOMPARE(first.front().episodeId, id);
        auto gone =
                ofType<EpisodeRecord>(tracker.observe({basket("e2", dec("2"))}, kStartMs + 1000));
        QCOMPARE(gone.size(), std::size_t(2)); // e2 opened, e1 closed
        QVERIFY(!tracker.episodeIdFor(basket("e1", dec("1")).id).has_value());
        auto back = ofType<EpisodeRecord>(
                tracker.observe({basket("e1", dec("1")), basket("e2", dec("2"))}, kStartMs + 2000));
        QVERIFY(back.front().episodeId != id);
        QCOMPARE(back.front().sampleCount, 1);
        auto closed = ofType<EpisodeRecord>(tracker.closeAll(kStartMs + 3000));
        QCOMPARE(closed.size(), std::size_t(2));
        QVERIFY(closed[0].closedAtMs && closed[1].closedAtMs);
    }

    void storedAsOneRow_data() { testing::addBackendRows(); }
    void storedAsOneRow()
    {
        POLARIS_SCRATCH_DATABASE(scratch);
        EpisodeTracker tracker;
        std::vector<StorageRecord> records = anHourOfScans(tracker);
        const std::string episodeId = ofType<EpisodeRecord>(records).back().episodeId;
        StorageWriter::Options options;
        options.url = scratch.url();
        polymarket::WorkerThread thread(QStringLiteral("storage"));
        auto* writer = thread.adopt(new StorageWriter(options));
        thread.start();
        QMetaObject::invokeMethod(writer, &StorageWriter::start);
        QCOMPARE(writer->enqueue(std::move(records)), qsizetype(3601 + 141));
        QVERIFY(writer->waitForFlushed(20'000));
        const StorageStats stats = writer->stats();
        QCOMPARE(stats.failedRecords, 0);
        QCOMPARE(stats.written + stats.coalesced, 3601 + 141);
        thread.stop();

        QCOMPARE(testing::countRows(scratch.url(), QStringLiteral("arb_episode")), 1);
        QCOMPARE(testing::countRows(scratch.url(), QStringLiteral("fact_arb_scan")), 141);
        Result<StorageQueries> queries = StorageQueries::open(scratch.url());
        QVERIFY(queries.ok());
        auto history =
                queries.value().history(HistoryFilter{Strategy::NegRiskLong, kStartMs, 10, false});
        QVERIFY(history.ok());
        QCOMPARE(history->size(), std::size_t(1));
        const EpisodeRecord& row = history->front();
        QCOMPARE(row.episodeId, episodeId);
        QCOMPARE(row.sampleCount, 3600);
        QCOMPARE(row.firstSeenMs, kStartMs);
        QCOMPARE(row.closedAtMs.value(), kStartMs + 3600 * 1000LL);
        QCOMPARE(row.bestNetProfit, dec("5.96"));
        QCOMPARE(row.eventTitle, std::string("Who wins e1?"));
        QCOMPARE(row.marketIds, (std::vector<std::string>{"0xc1", "0xc2"}));
        QCOMPARE(queries.value()
                         .history(HistoryFilter{Strategy::Bond, std::nullopt, 10, false})
                         ->size(),
                 std::size_t(0));
        QCOMPARE(queries.value()
                         .history(HistoryFilter{std::nullopt, kStartMs + 3600 * 1000LL, 10, false})
                         ->size(),
                 std::size_t(0));
        auto samples = queries.value().samples(episodeId);
        QVERIFY(samples.ok());
        QCOMPARE(samples->size(), std::size_t(141));
        QCOMPARE(samples->front().scannedAtMs, kStartMs);
        QCOMPARE(samples->front().totalAsk, dec("0.93"));
        QCOMPARE(samples->front().estProfitUsd, dec("5"));
        QCOMPARE(samples->front().maxShares, dec("100"));
        QVERIFY(samples->front().legsJson.contains(QStringLiteral("\"token_id\":\"yes1\"")));
    }
};

QTEST_GUILESS_MAIN(TstEpisodeTracker)
#include "tst_episodetracker.moc"
