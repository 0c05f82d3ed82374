#include "core/book/BookStore.h"
#include "core/venues/polymarket/BookSnapshot.h"
#include "core/venues/polymarket/MarketMessageParser.h"

#include <QTest>

#include <array>
#include <atomic>
#include <cstdlib>
#include <map>
#include <new>
#include <random>
#include <string>

// Counts heap allocations so the test can prove steady-state updates do not allocate.
namespace {
std::atomic<long> g_allocations{0};
}
void* operator new(std::size_t size)
{
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(size ? size : 1)) {
        return p;
    }
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept
{
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept
{
    std::free(p);
}

using namespace polaris;

namespace {

Decimal dec(const char* text)
{
    return Decimal::parse(text).value();
}

std::string level(const std::string& price, const std::string& size)
{
    return "{\"price\":\"" + price + "\",\"size\":\"" + size + "\"}";
}

std::string bookFrame(const std::string& asset,
                      const std::string& bids,
                      const std::string& asks,
                      const std::string& hash = "h0")
{
    return "{\"event_type\":\"book\",\"asset_id\":\"" + asset
           + "\",\"market\":\"m1\",\"timestamp\":\"1000\",\"hash\":\"" + hash + "\",\"bids\":["
           + bids + "],\"asks\":[" + asks + "]}";
}

std::string change(const std::string& asset,
                   const std::string& price,
                   const std::string& side,
                   const std::string& size,
                   const std::string& hash = "h1")
{
    return "{\"asset_id\":\"" + asset + "\",\"price\":\"" + price + "\",\"side\":\"" + side
           + "\",\"size\":\"" + size + "\",\"hash\":\"" + hash + "\"}";
}

std::string priceChangeFrame(const std::string& changes, std::int64_t timestamp = 2000)
{
    return "{\"event_type\":\"price_change\",\"market\":\"m1\",\"price_changes\":[" + changes
           + "],\"timestamp\":\"" + std::to_string(timestamp) + "\"}";
}

/// Parses and applies one frame; fails the test on a parse error.
std::size_t feed(MarketMessageParser& parser,
                 MarketFrame& frame,
                 BookStore& store,
                 const std::string& text,
                 std::int64_t nowMs = 5000)
{
    if (!parser.parse(text, frame)) {
        qWarning("parse error: %s",
                 frame.errors().empty() ? "?" : frame.errors()[0].detail.c_str());
    }
    return store.apply(frame, nowMs);
}

const std::string kTwoSided = bookFrame("A",
                                        level("0.40", "10") + "," + level("0.45", "5"),
                                        level("0.55", "7") + "," + level("0.50", "3"));

} // namespace

/// BookStore: applies parsed CLOB messages to the books of one venue.
class TestBookStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void layoutVersionChangesOnlyWhenABookIsRegistered()
    {
        BookStore store;
        store.ensure("1", "0xm");
        const std::uint64_t first = store.layoutVersion();
        QVERIFY(first != 0);
        store.ensure("1"); // known asset: nothing moves
        QCOMPARE(store.layoutVersion(), first);
        store.ensure("2");
        const std::uint64_t second = store.layoutVersion();
        QVERIFY(second != first);
        BookStore other; // versions never repeat across stores
        other.ensure("1");
        QVERIFY(other.layoutVersion() != first && other.layoutVersion() != second);
    }

    void appliesSnapshotThenPriceChanges()
    {
        BookStore store;
        QCOMPARE(store.ensure("A", "m1"), std::size_t(0));
        QCOMPARE(store.ensure("B"), std::size_t(1));
        QCOMPARE(store.ensure("A"), std::size_t(0));
        QCOMPARE(store.indexOf("B"), std::optional<std::size_t>(1));
        QVERIFY(!store.indexOf("Z"));
        MarketMessageParser parser;
        MarketFrame frame;

        QCOMPARE(feed(parser, frame, store, kTwoSided), std::size_t(0));
        const OrderBook& a = store.book(0);
        QCOMPARE(a.state(), BookState::Live);
        QCOMPARE(a.bestBid()->price, dec("0.45"));
        QCOMPARE(a.bestAsk()->price, dec("0.5"));
        QCOMPARE(a.hash(), std::string("h0"));
        QCOMPARE(a.venueTimestampMs(), std::int64_t(1000));
        QCOMPARE(store.dirty().size(), std::size_t(1));
        store.clearDirty();

        const std::string update = priceChangeFrame(change("A", "0.47", "BUY", "2") + ","
                                                    + change("Z", "0.3", "BUY", "1") + ","
                                                    + change("A", "0.5", "SELL", "0", "h2"));
        QCOMPARE(feed(parser, frame, store, update, 6000), std::size_t(0));
        QCOMPARE(store.book(0).bestBid()->price, dec("0.47"));
        QCOMPARE(store.book(0).bestBid()->size, dec("2"));
        QCOMPARE(store.book(0).bestAsk()->price, dec("0.55"));
        QCOMPARE(store.book(0).bids().size(), std::size_t(3));
        QCOMPARE(store.book(0).asks().size(), std::size_t(1));
        QCOMPARE(store.book(0).hash(), std::string("h2"));
        QCOMPARE(store.book(0).venueTimestampMs(), std::int64_t(2000));
        QCOMPARE(store.book(0).confirmedAtMs(), std::int64_t(6000));
        QCOMPARE(store.unknownAssetUpdates(), std::uint64_t(1));
        QCOMPARE(store.dirty().size(), std::size_t(1));
        QCOMPARE(store.dirty()[0], std::size_t(0));
        QVERIFY(store.errors().empty());
        QCOMPARE(store.book(1).state(), BookState::Empty); // B never got a snapshot
    }

    void appliesRestSnapshots()
    {
        BookStore store;
        store.ensure("A");
        BookSnapshot snapshot;
        snapshot.assetId = "A";
        snapshot.market = "m9";
        snapshot.hash = "hh";
        snapshot.timestampMs = 77;
        snapshot.bids = {{dec("0.2"), dec("1")}, {dec("0.3"), dec("2")}};
        snapshot.asks = {{dec("0.301"), dec("4")}};
        snapshot.tickSize = dec("0.001");
        snapshot.minOrderSize = dec("15");
        QVERIFY(store.applySnapshot(snapshot, 100).ok());
        const OrderBook& book = store.book(0);
        QCOMPARE(book.bestBid()->price, dec("0.3"));
        QCOMPARE(book.bestAsk()->price, dec("0.301"));
        QCOMPARE(book.tickSize(), dec("0.001"));
        QCOMPARE(book.minOrderSize(), dec("15"));
        QCOMPARE(book.market(), std::string("m9"));
        QCOMPARE(book.hash(), std::string("hh"));

        snapshot.assetId = "unregistered";
        const Status unknown = store.applySnapshot(snapshot, 100);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        QCOMPARE(store.size(), std::size_t(1));
    }

    void crossingUpdateInvalidatesOnlyThatBook()
    {
        BookStore store;
        store.ensure("A");
        store.ensure("B");
        MarketMessageParser parser;
        MarketFrame frame;
        feed(parser, frame, store, kTwoSided);
        feed(parser, frame, store, bookFrame("B", level("0.10", "1"), level("0.20", "1")));
        store.clearDirty();

        const std::string crossing = priceChangeFrame(change("A", "0.60", "BUY", "1") + ","
                                                      + change("B", "0.11", "BUY", "4"));
        QCOMPARE(feed(parser, frame, store, crossing), std::size_t(1));
        QCOMPARE(store.errors().size(), std::size_t(1));
        QCOMPARE(store.errors()[0].code, ErrorCode::CrossedBook);
        QVERIFY(store.errors()[0].detail.find("book A") != std::string::npos);
        QCOMPARE(store.book(0).state(), BookState::Invalid);
        QCOMPARE(store.book(1).state(), BookState::Live);
        QCOMPARE(store.book(1).bestBid()->price, dec("0.11"));
        QCOMPARE(store.dirty().size(), std::size_t(2));
        store.clearErrors();

        // Deltas cannot repair it; the next snapshot does.
        feed(parser, frame, store, priceChangeFrame(change("A", "0.30", "BUY", "1")));
        QCOMPARE(store.book(0).state(), BookState::Invalid);
        QCOMPARE(store.skippedWithoutSnapshot(), std::uint64_t(1));
        QVERIFY(store.errors().empty());
        feed(parser, frame, store, kTwoSided);
        QCOMPARE(store.book(0).state(), BookState::Live);
        QCOMPARE(store.counts().invalid, std::size_t(0));
    }

    void tickSizeChangeResetsTheBook()
    {
        BookStore store;
        store.ensure("A");
        MarketMessageParser parser;
        MarketFrame frame;
        feed(parser, frame, store, kTwoSided);
        store.clearDirty();
        feed(parser, frame, store,
             "{\"event_type\":\"tick_size_change\",\"asset_id\":\"A\",\"market\":\"m1\",\"new_tick_"
             "size\":\"0.001\","
             "\"old_tick_size\":\"0.01\",\"timestamp\":\"3000\"}");
        QCOMPARE(store.book(0).state(), BookState::Empty);
        QCOMPARE(store.book(0).tickSize(), dec("0.001"));
        QVERIFY(store.book(0).bids().empty());
        QCOMPARE(store.dirty().size(), std::size_t(1));
        feed(parser, frame, store, priceChangeFrame(change("A", "0.451", "BUY", "1")));
        QCOMPARE(store.book(0).state(), BookState::Empty);
        feed(parser, frame, store, bookFrame("A", level("0.451", "1"), level("0.452", "1")));
        QCOMPARE(store.book(0).state(), BookState::Live);
        QCOMPARE(store.book(0).bestAsk()->price, dec("0.452"));
        QCOMPARE(store.book(0).tickSize(), dec("0.001"));
    }

    void appliesFlatAndLegacyPriceChanges()
    {
        BookStore store;
        store.ensure("A");
        MarketMessageParser parser;
        MarketFrame frame;
        feed(parser, frame, store, kTwoSided);
        feed(parser, frame, store,
             "{\"asset_id\":\"A\",\"event_type\":\"price_change\",\"hash\":\"f1\",\"market\":"
             "\"m1\",\"price\":\"0.52\","
             "\"side\":\"SELL\",\"size\":\"9\",\"timestamp\":\"2100\"}");
        QCOMPARE(store.book(0).asks().size(), std::size_t(3));
        feed(parser, frame, store,
             "{\"asset_id\":\"A\",\"changes\":[{\"price\":\"0.5\",\"side\":\"SELL\",\"size\":\"0\"}"
             ",{\"price\":\"0.46\","
             "\"side\":\"BUY\",\"size\":\"8\"}],\"event_type\":\"price_change\",\"market\":\"m1\","
             "\"timestamp\":\"2200\","
             "\"hash\":\"f2\"}");
        QCOMPARE(store.book(0).bestAsk()->price, dec("0.52"));
        QCOMPARE(store.book(0).bestBid()->price, dec("0.46"));
        QCOMPARE(store.book(0).hash(), std::string("f2"));
        QVERIFY(store.errors().empty());
    }

    void marksAndCountsStaleBooks()
    {
        BookStore store;
        for (const char* asset : {"A", "B", "C", "D"}) {
            store.ensure(asset);
        }
        MarketMessageParser parser;
        MarketFrame frame;
        feed(parser, frame, store, kTwoSided);
        feed(parser, frame, store, bookFrame("B", level("0.1", "1"), level("0.2", "1")));
        feed(parser, frame, store, bookFrame("C", level("0.5", "1"), level("0.4", "1"))); // crossed
        QCOMPARE(store.counts().live, std::size_t(2));
        QCOMPARE(store.counts().invalid, std::size_t(1));
        QCOMPARE(store.counts().empty, std::size_t(1));
        QCOMPARE(store.counts().stale, std::size_t(0));
        store.clearDirty();

        const std::array<std::size_t, 2> someBooks{1, 3};
        store.markStale(someBooks);
        QCOMPARE(store.counts().stale, std::size_t(1));
        QCOMPARE(store.book(1).state(), BookState::Stale);
        QCOMPARE(store.dirty().size(), std::size_t(1)); // D was Empty: unchanged
        store.confirmAll(9000);
        QCOMPARE(store.book(0).confirmedAtMs(), std::int64_t(9000));
        QVERIFY(store.book(1).confirmedAtMs() != 9000);
        store.markAllStale();
        QCOMPARE(store.counts().live, std::size_t(0));
        QCOMPARE(store.counts().stale, std::size_t(2));
        QCOMPARE(store.counts().invalid, std::size_t(1));
        QCOMPARE(store.counts().empty, std::size_t(1));
        // A snapshot makes a stale book live again.
        feed(parser, frame, store, kTwoSided);
        QCOMPARE(store.book(0).state(), BookState::Live);
    }

    void randomUpdatesMatchNaiveModel()
    {
        constexpr int kBooks = 12;
        constexpr int kUpdates = 10'000;
        std::mt19937 rng(20240917); // fixed seed: reproducible
        struct Model
        {
            std::map<Decimal, Decimal, std::greater<>> bids;
            std::map<Decimal, Decimal> asks;
            bool valid = false;
        };
        std::vector<Model> models(kBooks);
        BookStore store;
        for (int i = 0; i < kBooks; ++i) {
            store.ensure("asset" + std::to_string(i));
        }
        MarketMessageParser parser;
        MarketFrame frame;
        const auto priceText = [](int cents) {
            return Decimal::fromMicros(cents * 10'000).toString();
        };
        const auto snapshot = [&](int book) {
            Model& model = models[book];
            model = Model{};
            std::string bids;
            std::string asks;
            for (int cents = 30; cents <= 48; cents += 3) {
                bids += (bids.empty() ? "" : ",") + level(priceText(cents), "100");
                model.bids[Decimal::fromMicros(cents * 10'000)] = Decimal::fromInt(100);
            }
            for (int cents = 52; cents <= 70; cents += 3) {
                asks += (asks.empty() ? "" : ",") + level(priceText(cents), "100");
                model.asks[Decimal::fromMicros(cents * 10'000)] = Decimal::fromInt(100);
            }
            model.valid = true;
            feed(parser, frame, store, bookFrame("asset" + std::to_string(book), bids, asks));
        };
        for (int i = 0; i < kBooks; ++i) {
            snapshot(i);
        }
        std::uniform_int_distribution<int> pickBook(0, kBooks - 1);
        std::uniform_int_distribution<int> pickCount(1, 3);
        std::uniform_int_distribution<int> pickCents(1, 99);
        std::uniform_int_distribution<int> pickSize(0, 400);
        int applied = 0;
        int invalidations = 0;
        while (applied < kUpdates) {
            const int book = pickBook(rng);
            const std::string asset = "asset" + std::to_string(book);
            if (!models[book].valid) {
                snapshot(book); // a fresh snapshot after an invalidation, as the feed would send
            }
            Model& model = models[book];
            const int count = pickCount(rng);
            std::string changes;
            for (int c = 0; c < count; ++c) {
                const bool bid = rng() % 2 == 0;
                // Bids mostly below 0.5 and asks above, so crossings happen but not constantly.
                int cents = pickCents(rng);
                if (rng() % 10 != 0) {
                    cents = bid ? 1 + cents % 50 : 50 + cents % 50;
                }
                int size = pickSize(rng);
                if (size < 120) {
                    size = 0; // ~30 % removals
                }
                const Decimal price = Decimal::fromMicros(cents * 10'000);
                const Decimal amount = Decimal::fromInt(size);
                if (bid) {
                    size == 0 ? void(model.bids.erase(price)) : void(model.bids[price] = amount);
                } else {
                    size == 0 ? void(model.asks.erase(price)) : void(model.asks[price] = amount);
                }
                changes += (changes.empty() ? "" : ",")
                           + change(asset, priceText(cents), bid ? "BUY" : "SELL",
                                    std::to_string(size));
                ++applied;
            }
            if (!model.bids.empty() && !model.asks.empty()
                && model.bids.begin()->first >= model.asks.begin()->first) {
                model = Model{}; // crossed: the book must become Invalid (and empty)
                ++invalidations;
            }
            store.clearErrors();
            feed(parser, frame, store, priceChangeFrame(changes));
            QCOMPARE(frame.errors().size(), std::size_t(0));

            const OrderBook& actual = store.book(static_cast<std::size_t>(book));
            if (!model.valid) {
                QCOMPARE(actual.state(), BookState::Invalid);
                QCOMPARE(store.errors().size(), std::size_t(1));
                QCOMPARE(store.errors()[0].code, ErrorCode::CrossedBook);
                QVERIFY(actual.bids().empty() && actual.asks().empty());
                continue;
            }
            QCOMPARE(actual.state(), BookState::Live);
            QVERIFY(store.errors().empty());
            QCOMPARE(actual.bids().size(), model.bids.size());
            QCOMPARE(actual.asks().size(), model.asks.size());
            std::size_t i = 0;
            for (const auto& [price, size] : model.bids) {
                QVERIFY(actual.bids()[i].price == price && actual.bids()[i].size == size);
                ++i;
            }
            i = 0;
            for (const auto& [price, size] : model.asks) {
                QVERIFY(actual.asks()[i].price == price && actual.asks()[i].size == size);
                ++i;
            }
            if (!actual.bids().empty() && !actual.asks().empty()) {
                QVERIFY(actual.bestBid()->price < actual.bestAsk()->price);
            }
        }
        QVERIFY2(invalidations > 10, qPrintable(QString::number(invalidations)));
        // Every book, not only the last touched: sorted, uncrossed or invalid.
        for (std::size_t b = 0; b < store.size(); ++b) {
            const OrderBook& book = store.book(b);
            for (std::size_t i = 1; i < book.bids().size(); ++i) {
                QVERIFY(book.bids()[i - 1].price > book.bids()[i].price);
            }
            for (std::size_t i = 1; i < book.asks().size(); ++i) {
                QVERIFY(book.asks()[i - 1].price < book.asks()[i].price);
            }
            QVERIFY(book.state() == BookState::Invalid || book.bids().empty() || book.asks().empty()
                    || book.bestBid()->price < book.bestAsk()->price);
            QCOMPARE(book.state() == BookState::Live, models[b].valid);
        }
    }

    void steadyStateUpdatesDoNotAllocate()
    {
        BookStore store;
        store.ensure("A");
        store.ensure("B");
        MarketMessageParser parser;
        MarketFrame frame;
        feed(parser, frame, store, kTwoSided);
        feed(parser, frame, store, bookFrame("B", level("0.10", "1"), level("0.20", "1")));
        const std::string add = priceChangeFrame(
                change("A", "0.46", "BUY", "3", "hash-add-000000000000000000000000000") + ","
                + change("B", "0.19", "SELL", "2"));
        const std::string remove = priceChangeFrame(
                change("A", "0.46", "BUY", "0", "hash-del-000000000000000000000000000") + ","
                + change("B", "0.19", "SELL", "0"));
        for (int i = 0; i < 3; ++i) {
            feed(parser, frame, store, add);
            feed(parser, frame, store, remove);
            store.clearDirty();
        }
        const long before = g_allocations.load();
        for (int i = 0; i < 1000; ++i) {
            feed(parser, frame, store, add);
            feed(parser, frame, store, remove);
            store.clearDirty();
        }
        const long allocations = g_allocations.load() - before;
        QCOMPARE(allocations, 0L);
        QVERIFY(store.errors().empty());
        QCOMPARE(store.book(0).bids().size(), std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestBookStore)
#include "tst_bookstore.moc"
