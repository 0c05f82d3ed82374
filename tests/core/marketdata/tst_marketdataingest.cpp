#include "core/marketdata/MarketDataIngest.h"
#include "core/sim/UniverseGenerator.h"

#include <QTest>

#include <algorithm>
#include <string>
#include <vector>

using namespace polaris;

namespace {

constexpr std::int64_t kNowMs = 1'750'000'000'000;

void appendElement(std::string& array, std::string_view element)
{
    array += array.size() > 1 ? "," : "";
    array += element;
}

/// Remembers the dirty books each payload reported, in order.
class DirtyRecorder final : public MarketDataListener
{
public:
    void onUniverseChanged(const Universe&, const BookStore&) override {}
    void onBooksChanged(std::span<const std::size_t> dirty, const BookStore&, std::int64_t) override
    {
        for (const std::size_t index : dirty) {
            if (std::find(order.begin(), order.end(), index) == order.end()) {
                order.push_back(index);
            }
        }
    }
    std::vector<std::size_t> order; // first change of each book
};

struct Payloads
{
    std::string events = "[";
    std::vector<std::string> books; // one JSON object per book, in payload order
    std::string sentTwice;          // the token whose book comes twice
};

/// A generated universe (~16,000 books, enough for the parallel path) plus the awkward cases:
/// a book for a token nobody registered, a crossed book, a book sent twice with other levels.
Payloads makePayloads()
{
    sim::GenerateSpec spec;
    spec.events = 500;
    spec.outcomes = 10;
    spec.binaries = 3000;
    spec.nowMs = kNowMs;
    auto universe = sim::UniverseGenerator::generate(spec);
    Payloads p;
    for (const sim::SimEvent& event : universe->events) {
        appendElement(p.events, event.json.toStdString());
    }
    p.events += "]";
    std::vector<std::string> tokens;
    for (std::size_t t = 0; t < universe->tokens.size(); ++t) {
        if (universe->tokens[t].hasBook) {
            p.books.push_back(universe->bookJson(int(t)).toStdString());
            tokens.push_back(universe->tokens[t].id);
        }
    }
    const auto book = [](const std::string& token, const char* bid, const char* ask) {
        return R"({"market":"0xabc","asset_id":")" + token
               + R"(","timestamp":"1750000000000","hash":"h-)" + token + R"(","bids":[{"price":")"
               + bid + R"(","size":"10"}],"asks":[{"price":")" + ask + R"(","size":"7"}]})";
    };
    p.books.insert(p.books.begin() + 100, book("999999", "0.40", "0.50"));   // never registered
    p.books.insert(p.books.begin() + 7000, book(tokens[5], "0.40", "0.30")); // crossed: invalid
    p.books.push_back(book(tokens[12], "0.20", "0.25")); // second snapshot of a book: it wins
    p.sentTwice = tokens[12];
    p.books.push_back(book(tokens[9000], "0.31", "0.33"));
    return p;
}

std::string arrayOf(const std::vector<std::string>& books, std::size_t begin, std::size_t end)
{
    std::string json = "[";
    for (std::size_t i = begin; i < end; ++i) {
        appendElement(json, books[i]);
    }
    return json + "]";
}

} // namespace

/// MarketDataIngest: a snapshot-sized POST /books payload (applied on several threads) leaves
/// exactly the books, dirty order, errors and counters of the same books applied in small
/// batches (one thread).
class TestMarketDataIngest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void largePayloadEqualsSmallBatches()
    {
        const Payloads p = makePayloads();
        QVERIFY(p.books.size() > 15'000); // well past the parallel threshold (8,192)

        MarketDataIngest whole;
        DirtyRecorder wholeDirty;
        whole.setListener(&wholeDirty);
        QVERIFY(whole.addEventsPage(p.events).ok());
        whole.commitUniverse();
        const std::size_t applied = whole.applyBooks(arrayOf(p.books, 0, p.books.size()), kNowMs);

        MarketDataIngest batched;
        DirtyRecorder batchedDirty;
        batched.setListener(&batchedDirty);
        QVERIFY(batched.addEventsPage(p.events).ok());
        batched.commitUniverse();
        std::size_t appliedInBatches = 0;
        for (std::size_t begin = 0; begin < p.books.size(); begin += 500) {
            const std::size_t end = std::min(p.books.size(), begin + 500);
            appliedInBatches += batched.applyBooks(arrayOf(p.books, begin, end), kNowMs);
        }

        // Every registered book but the crossed one applied; the unregistered one ignored.
        QCOMPARE(applied, p.books.size() - 2);
        QCOMPARE(appliedInBatches, applied);
        QCOMPARE(whole.counters().bookSnapshots, batched.counters().bookSnapshots);
        QCOMPARE(whole.counters().errors, std::uint64_t(1));
        QCOMPARE(batched.counters().errors, std::uint64_t(1));
        QCOMPARE(QString::fromStdString(whole.recentErrors().back().detail),
                 QString::fromStdString(batched.recentErrors().back().detail));
        QCOMPARE(wholeDirty.order, batchedDirty.order);

        const BookStore& a = whole.books();
        const BookStore& b = batched.books();
        QCOMPARE(a.size(), b.size());
        std::size_t invalid = 0;
        for (std::size_t i = 0; i < a.size(); ++i) {
            const OrderBook& x = a.book(i);
            const OrderBook& y = b.book(i);
            QCOMPARE(x.assetId(), y.assetId());
            QCOMPARE(x.state(), y.state());
            QCOMPARE(x.hash(), y.hash());
            QCOMPARE(x.invalidReason(), y.invalidReason());
            QVERIFY(std::equal(x.bids().begin(), x.bids().end(), y.bids().begin(), y.bids().end(),
                               [](const BookLevel& l, const BookLevel& r) {
                                   return l.price == r.price && l.size == r.size;
                               }));
            QVERIFY(std::equal(x.asks().begin(), x.asks().end(), y.asks().begin(), y.asks().end(),
                               [](const BookLevel& l, const BookLevel& r) {
                                   return l.price == r.price && l.size == r.size;
                               }));
            invalid += x.state() == BookState::Invalid ? 1 : 0;
        }
        QCOMPARE(invalid, std::size_t(1));
        // The later snapshot of a book sent twice is the one kept.
        const OrderBook* twice = a.find(p.sentTwice);
        QVERIFY(twice != nullptr);
        QCOMPARE(twice->bestBid()->price.toString(), std::string("0.2"));
        QCOMPARE(twice->bestAsk()->price.toString(), std::string("0.25"));
        QCOMPARE(twice->hash(), "h-" + p.sentTwice);
    }
};

QTEST_APPLESS_MAIN(TestMarketDataIngest)
#include "tst_marketdataingest.moc"
