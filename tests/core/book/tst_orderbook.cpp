#include "core/book/OrderBook.h"
#include "tests/support/TestPrinters.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>
#include <vector>

using namespace polaris;

namespace {

Decimal d(const char* text)
{
    return *Decimal::parse(text);
}

std::vector<BookLevel> levels(std::initializer_list<std::pair<const char*, const char*>> list)
{
    std::vector<BookLevel> out;
    for (const auto& [price, size] : list) {
        out.push_back(BookLevel{d(price), d(size)});
    }
    return out;
}

/// The book the venue would describe, as a reference model: price -> size per side.
struct NaiveBook
{
    std::map<std::int64_t, std::int64_t> bids;
    std::map<std::int64_t, std::int64_t> asks;
};

} // namespace

/// OrderBook: sorting the venue's best-last arrays, depth walks, incremental updates, validity.
class TestOrderBook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sortsBestFirstWhateverTheInputOrder()
    {
        OrderBook book("token");
        // As in the real captures: best bid and best ask are the LAST elements.
        const auto bids =
                levels({{"0.01", "1000"}, {"0.06", "200"}, {"0.09", "50"}, {"0.1", "10"}});
        const auto asks = levels({{"0.98", "5"}, {"0.5", "100"}, {"0.2", "20"}, {"0.14", "30"}});
        QVERIFY(book.applySnapshot(bids, asks, 1728799418260, 1000).ok());
        QCOMPARE(book.state(), BookState::Live);
        QCOMPARE(book.bestBid()->price, d("0.1"));
        QCOMPARE(book.bestAsk()->price, d("0.14"));
        QCOMPARE(book.bids().back().price, d("0.01"));
        QCOMPARE(book.asks().back().price, d("0.98"));
        QCOMPARE(book.venueTimestampMs(), 1728799418260);
    }

    void ordersBestFirstInputAndShuffledInputAlike()
    {
        // Best first already (kept as is), shuffled (sorted), and worst first with a duplicate
        // price (reversed, then refused as a duplicate).
        OrderBook bestFirst("a");
        QVERIFY(bestFirst
                        .applySnapshot(levels({{"0.3", "1"}, {"0.2", "2"}, {"0.1", "3"}}),
                                       levels({{"0.4", "1"}, {"0.5", "2"}}), 1, 1)
                        .ok());
        OrderBook shuffled("b");
        QVERIFY(shuffled.applySnapshot(levels({{"0.2", "2"}, {"0.3", "1"}, {"0.1", "3"}}),
                                       levels({{"0.5", "2"}, {"0.4", "1"}}), 1, 1)
                        .ok());
        for (const OrderBook* book : {&bestFirst, &shuffled}) {
            QCOMPARE(book->bids().size(), std::size_t(3));
            QCOMPARE(book->bids()[0].price, d("0.3"));
            QCOMPARE(book->bids()[1].price, d("0.2"));
            QCOMPARE(book->bids()[2].size, d("3"));
            QCOMPARE(book->asks()[0].price, d("0.4"));
            QCOMPARE(book->asks()[1].price, d("0.5"));
        }
        OrderBook duplicate("c");
        const Status status = duplicate.applySnapshot(
                levels({{"0.1", "1"}, {"0.2", "1"}, {"0.2", "5"}}), {}, 1, 1);
        QVERIFY(!status.ok());
        QCOMPARE(duplicate.state(), BookState::Invalid);
    }

    void walksDepthForCostVwapAndWorstLevel()
    {
        OrderBook book("token");
        QVERIFY(book.applySnapshot(levels({{"0.40", "100"}}),
                                   levels({{"0.50", "10"}, {"0.52", "20"}, {"0.55", "100"}}), 1, 1)
                        .ok());
        // 25 shares: 10 @ 0.50 + 15 @ 0.52 = 5 + 7.8 = 12.8
        const DepthWalk walk = book.askCost(d("25"));
        QVERIFY(walk.complete);
        QCOMPARE(walk.shares, d("25"));
        QCOMPARE(walk.notional, d("12.8"));
        QCOMPARE(walk.worstPrice, d("0.52"));
        QCOMPARE(walk.levelsTouched, 2);
        QCOMPARE(walk.vwap(Rounding::Up), d("0.512"));
        // More than the book holds: incomplete, reports what it could get.
        const DepthWalk tooMuch = book.askCost(d("200"));
        QVERIFY(!tooMuch.complete);
        QCOMPARE(tooMuch.shares, d("130"));
        QCOMPARE(tooMuch.notional, d("70.4")); // 5 + 10.4 + 55
        // Selling walks the bids.
        const DepthWalk sell = book.bidProceeds(d("30.5"));
        QVERIFY(sell.complete);
        QCOMPARE(sell.notional, d("12.2"));
        QCOMPARE(book.depthWithin(BookSide::Ask, d("0.52")), d("30"));
        QCOMPARE(book.depthWithin(BookSide::Bid, d("0.41")), d("0"));
    }

    void costRoundsUpAndProceedsRoundDown()
    {
        OrderBook book("token");
        QVERIFY(book.applySnapshot(levels({{"0.3333", "1"}}), levels({{"0.6667", "1"}}), 1, 1)
                        .ok());
        // 0.6667 * 0.003 = 0.0020001 -> cost rounds up to 0.002001, proceeds down to 0.000999.
        QCOMPARE(book.askCost(d("0.003")).notional, d("0.002001"));
        QCOMPARE(book.bidProceeds(d("0.003")).notional, d("0.000999"));
    }

    void appliesIncrementalChanges()
    {
        OrderBook book("token");
        QVERIFY(book.applySnapshot(levels({{"0.40", "100"}}), levels({{"0.50", "10"}}), 1, 1).ok());
        const LevelChange changes[] = {{BookSide::Bid, d("0.45"), d("7")},
                                       {BookSide::Ask, d("0.50"), d("0")},
                                       {BookSide::Ask, d("0.47"), d("3.5")}};
        QVERIFY(book.applyChanges(changes, 5, 6).ok());
        QCOMPARE(book.bestBid()->price, d("0.45"));
        QCOMPARE(book.bestAsk()->price, d("0.47"));
        QCOMPARE(book.bestAsk()->size, d("3.5"));
        QCOMPARE(static_cast<int>(book.asks().size()), 1);
        QCOMPARE(book.confirmedAtMs(), 6);
    }

    void rejectsBadSnapshots_data()
    {
        QTest::addColumn<QString>("bidPrice");
        QTest::addColumn<QString>("bidSize");
        QTest::addColumn<QString>("askPrice");
        QTest::addColumn<int>("code");
        QTest::newRow("price above 1") << "1.5"
                                       << "10"
                                       << "0.5" << int(ErrorCode::OutOfRange);
        QTest::newRow("price zero") << "0"
                                    << "10"
                                    << "0.5" << int(ErrorCode::OutOfRange);
        QTest::newRow("price one") << "0.4"
                                   << "10"
                                   << "1" << int(ErrorCode::OutOfRange);
        QTest::newRow("negative size") << "0.4"
                                       << "-1"
                                       << "0.5" << int(ErrorCode::OutOfRange);
        QTest::newRow("crossed") << "0.6"
                                 << "10"
                                 << "0.5" << int(ErrorCode::CrossedBook);
        QTest::newRow("locked") << "0.5"
                                << "10"
                                << "0.5" << int(ErrorCode::CrossedBook);
    }
    void rejectsBadSnapshots()
    {
        QFETCH(QString, bidPrice);
        QFETCH(QString, bidSize);
        QFETCH(QString, askPrice);
        QFETCH(int, code);
        OrderBook book("token");
        const BookLevel bid{*Decimal::parse(bidPrice.toStdString()),
                            *Decimal::parse(bidSize.toStdString())};
        const BookLevel ask{*Decimal::parse(askPrice.toStdString()), d("10")};
        const Status status = book.applySnapshot(std::span(&bid, 1), std::span(&ask, 1), 1, 1);
        QVERIFY(!status.ok());
        QCOMPARE(int(status.error().code), code);
        QCOMPARE(book.state(), BookState::Invalid);
        QVERIFY(!book.invalidReason().empty());
        QVERIFY(!book.bestBid().has_value());
    }

    void crossingUpdateInvalidatesUntilNextSnapshot()
    {
        OrderBook book("token");
        QVERIFY(book.applySnapshot(levels({{"0.40", "100"}}), levels({{"0.50", "10"}}), 1, 1).ok());
        const Status crossed = book.applyChange({BookSide::Bid, d("0.55"), d("1")}, 2, 2);
        QCOMPARE(crossed.error().code, ErrorCode::CrossedBook);
        QCOMPARE(book.state(), BookState::Invalid);
        // Deltas cannot repair it...
        QVERIFY(!book.applyChange({BookSide::Bid, d("0.55"), d("0")}, 3, 3).ok());
        QCOMPARE(book.state(), BookState::Invalid);
        // ...a snapshot does.
        QVERIFY(book.applySnapshot(levels({{"0.40", "100"}}), levels({{"0.50", "10"}}), 4, 4).ok());
        QCOMPARE(book.state(), BookState::Live);
    }

    void duplicatePricesInSnapshotAreRejected()
    {
        OrderBook book("token");
        const Status status = book.applySnapshot(levels({{"0.40", "1"}, {"0.40", "2"}}), {}, 1, 1);
        QCOMPARE(status.error().code, ErrorCode::InvalidFormat);
    }

    void stalenessFollowsTheFeed()
    {
        OrderBook book("token");
        QVERIFY(!book.isFresh(0, 5000));
        QVERIFY(book.applySnapshot(levels({{"0.40", "1"}}), levels({{"0.5", "1"}}), 1, 1000).ok());
        QVERIFY(book.isFresh(5000, 5000));
        QVERIFY(!book.isFresh(6001, 5000));
        book.confirm(6000); // heartbeat from a live feed
        QVERIFY(book.isFresh(10000, 5000));
        book.markStale();
        QCOMPARE(book.state(), BookState::Stale);
        QVERIFY(!book.isFresh(6000, 5000));
        // Still readable for display.
        QCOMPARE(book.bestBid()->price, d("0.4"));
        book.reset();
        QCOMPARE(book.state(), BookState::Empty);
        QVERIFY(!book.bestAsk().has_value());
    }

    /// Random level updates (seeded) keep the book sorted and equal to a naive map model.
    void randomUpdatesMatchNaiveModel()
    {
        QRandomGenerator rng(20261124);
        OrderBook book("token");
        NaiveBook model;
        QVERIFY(book.applySnapshot({}, {}, 0, 0).ok());
        for (int step = 0; step < 20000; ++step) {
            const bool bid = rng.bounded(2) == 0;
            // Bids live in 0.01..0.49, asks in 0.51..0.99, so the book never crosses here.
            const std::int64_t tick = bid ? 1 + rng.bounded(49) : 51 + rng.bounded(49);
            const std::int64_t price = tick * 10'000;
            const std::int64_t size = rng.bounded(4) == 0 ? 0 : rng.bounded(1, 100000) * 10'000;
            auto& side = bid ? model.bids : model.asks;
            if (size == 0) {
                side.erase(price);
            } else {
                side[price] = size;
            }
            const LevelChange change{bid ? BookSide::Bid : BookSide::Ask,
                                     Decimal::fromMicros(price), Decimal::fromMicros(size)};
            QVERIFY(book.applyChange(change, step, step).ok());
        }
        QCOMPARE(book.bids().size(), model.bids.size());
        QCOMPARE(book.asks().size(), model.asks.size());
        auto bidIt = model.bids.rbegin();
        for (const BookLevel& level : book.bids()) {
            QCOMPARE(level.price.micros(), bidIt->first);
            QCOMPARE(level.size.micros(), bidIt->second);
            ++bidIt;
        }
        auto askIt = model.asks.begin();
        Decimal naiveCost;
        Decimal remaining = d("500");
        for (const BookLevel& level : book.asks()) {
            QCOMPARE(level.price.micros(), askIt->first);
            QCOMPARE(level.size.micros(), askIt->second);
            const Decimal take = min(remaining, level.size);
            naiveCost += Decimal::mul(level.price, take, Rounding::Up);
            remaining -= take;
            ++askIt;
        }
        QCOMPARE(book.askCost(d("500")).notional, naiveCost);
    }
};

QTEST_APPLESS_MAIN(TestOrderBook)
#include "tst_orderbook.moc"
