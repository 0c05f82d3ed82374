#include "core/execution/ScanServiceQuoteSource.h"
#include "tests/core/execution/ScanMarketFixture.h"

#include <QTest>

#include <thread>

using namespace polaris;
using namespace polaris::test;

namespace {

/// Runs `work` on a plain worker thread (the quote source refuses the GUI thread) and waits.
template <typename Work> void onWorker(Work&& work)
{
    std::thread worker(std::forward<Work>(work));
    worker.join();
}

const sim::SimToken* simToken(sim::SimServer& server, const std::string& id)
{
    for (const sim::SimToken& token : server.universe().tokens) {
        if (token.id == id) {
            return &token;
        }
    }
    return nullptr;
}

} // namespace

class TestScanServiceQuoteSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requotesAndReadsBooksOnTheScanThread()
    {
        ScanMarketFixture market;
        QVERIFY(market.start());
        const std::optional<Opportunity> seen = market.waitForOpportunity();
        QVERIFY2(seen, "the simulator's mispricings never became an opportunity");
        ScanServiceQuoteSource source(*market.scan, market.clock);

        // The risk panel's layers 1 and 2 come with every summary, counted before its cap.
        QVERIFY(QTest::qWaitFor(
                [&] { return market.summaries.refusalSignals == market.summaries.count; }, 5'000));
        const ScanSummary& summary = *market.summaries.last;
        QVERIFY(summary.refusalCount > 0);
        QCOMPARE(int(summary.refusals.size()), summary.refusalCount); // small universe: no cap
        int layer1 = 0;
        for (const Refusal& refusal : summary.refusals) {
            layer1 += refusalLayer(refusal.reason) == RiskLayer::DataIntegrity ? 1 : 0;
        }
        QCOMPARE(market.summaries.layer1, layer1);
        QCOMPARE(market.summaries.layer2, summary.refusalCount - layer1);

        // The GUI thread never waits on the market-data thread.
        const auto fromGui = source.requote(*seen);
        QVERIFY(!fromGui.ok());
        QVERIFY(QString::fromStdString(fromGui.error().detail).contains(QStringLiteral("GUI")));

        Result<std::optional<Opportunity>> requoted = Error{ErrorCode::NotFound, "not run"};
        std::optional<OrderBook> book;
        const Market* market1 = nullptr;
        const Market* market2 = nullptr;
        std::optional<LegFee> fee;
        Result<std::optional<Opportunity>> unknown = Error{ErrorCode::NotFound, "not run"};
        onWorker([&] {
            requoted = source.requote(*seen);
            book = source.book(seen->legs.front().tokenId);
            market1 = source.marketOf(seen->legs.front().tokenId);
            market2 = source.marketOf(seen->legs.front().tokenId);
            fee = source.feeOf(seen->legs.front().tokenId);
            Opportunity bogus = *seen;
            bogus.legs.front().tokenId = "123456789";
            unknown = source.requote(bogus);
        });
        QVERIFY2(requoted.ok(), requoted.ok() ? "" : requoted.error().detail.c_str());
        QVERIFY(requoted->has_value());
        QCOMPARE((*requoted)->id, seen->id);
        QCOMPARE((*requoted)->netProfit, seen->netProfit); // same books, same answer
        QCOMPARE((*requoted)->shares, seen->shares);
        QCOMPARE((*requoted)->legs.size(), seen->legs.size());

        const sim::SimToken* token = simToken(*market.server, seen->legs.front().tokenId);
        QVERIFY(token && book);
        QCOMPARE(book->bestAsk()->price, token->book.bestAsk()->price);
        QCOMPARE(book->bestAsk()->size, token->book.bestAsk()->size);

        QVERIFY(market1 != nullptr);
        QCOMPARE(market1, market2); // one copy per universe: the pointer stays put
        QCOMPARE(market1->conditionId, seen->legs.front().conditionId);
        QCOMPARE(fee.has_value(), legFeeFor(*market1).has_value());

        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);

        // The books move: the mispricing is undone, the opportunity is gone.
        market.clearMispricings();
        QVERIFY(QTest::qWaitFor([&] { return !market.find(seen->id); }, 5'000));
        onWorker([&] { requoted = source.requote(*seen); });
        QVERIFY(requoted.ok());
        QVERIFY(!requoted->has_value());

        // The market-data thread gone: every call fails cleanly, nothing blocks.
        market.stop();
        onWorker([&] {
            requoted = source.requote(*seen);
            book = source.book(seen->legs.front().tokenId);
            market2 = source.marketOf(seen->legs.front().tokenId);
        });
        QVERIFY(!requoted.ok());
        QVERIFY(!book);
        QCOMPARE(market2, market1); // a market seen before stays usable
    }

    void beforeTheMarketStartsEveryCallFails()
    {
        SystemClock clock;
        MarketDataService::Options options; // never started: no market yet
        polymarket::WorkerThread thread(QStringLiteral("test-idle-scan"));
        auto* scan = thread.adopt(new ScanService(options, ArbConfig{}, clock));
        thread.start();
        ScanServiceQuoteSource source(*scan, clock);
        Opportunity quote;
        quote.id = "x";
        quote.legs.resize(1);
        quote.legs[0].tokenId = "1";
        Result<std::optional<Opportunity>> requoted = Error{ErrorCode::Io, "not run"};
        onWorker([&] { requoted = source.requote(quote); });
        QVERIFY(!requoted.ok());
        QCOMPARE(QString::fromStdString(requoted.error().detail),
                 QStringLiteral("market data has not started yet"));
    }
};

QTEST_MAIN(TestScanServiceQuoteSource)
#include "tst_scanservicequotesource.moc"
