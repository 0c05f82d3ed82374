#include "core/book/OrderBook.h"
#include "core/scanner/ArbScanner.h"
#include "core/strategies/BinaryArbChecker.h"
#include "core/strategies/BondScanner.h"
#include "core/strategies/NegRiskSumChecker.h"
#include "core/strategies/NoConvertChecker.h"
#include "core/strategies/PriceHistoryConfidence.h"
#include "core/strategies/TailEndScanner.h"
#include "tests/core/strategies/RandomBasketUniverse.h"
#include "tests/support/TestPrinters.h"

#include <QTest>

#include <map>

using namespace polaris;

namespace {

Decimal d(const char* text)
{
    return *Decimal::parse(text);
}

/// Books handed to the scanner by token id: test input, not a stand-in for our code.
class MapBooks final : public BookSource
{
public:
    const OrderBook* find(std::string_view tokenId) const override
    {
        const auto it = books.find(std::string(tokenId));
        return it == books.end() ? nullptr : &it->second;
    }
    void
    set(const std::string& token, const char* askPrice, const char* askSize, std::int64_t nowMs)
    {
        OrderBook& book = books[token];
        const BookLevel bid{d("0.01"), d("100")};
        const BookLevel ask{d(askPrice), d(askSize)};
        QVERIFY(book.applySnapshot(std::span(&bid, 1), std::span(&ask, 1), nowMs, nowMs).ok());
    }
    std::map<std::string, OrderBook> books;
};

Event binaryEvent(const std::string& id)
{
    Market market;
    market.id = id;
    market.conditionId = "0xc" + id;
    market.question = "Question " + id;
    market.tokens = {Token{"yes" + id, "Yes", std::nullopt, false},
                     Token{"no" + id, "No", std::nullopt, false}};
    market.active = market.acceptingOrders = market.enableOrderBook = true;
    market.liquidity = Decimal::fromInt(5000);
    market.endDateMs = 1'800'000'000'000;
    Event event;
    event.id = id;
    event.title = "Event " + id;
    event.active = true;
    event.liquidity = Decimal::fromInt(5000);
    event.endDateMs = market.endDateMs;
    event.markets = {market};
    return event;
}

std::unique_ptr<ArbScanner> makeScanner()
{
    std::vector<std::unique_ptr<StrategyChecker>> checkers;
    checkers.push_back(std::make_unique<BinaryArbChecker>());
    return std::make_unique<ArbScanner>(ArbConfig{}, std::move(checkers));
}

/// Every checker the product runs (A, A', B, C, F, G).
std::unique_ptr<ArbScanner> makeFullScanner(const ConfidenceProvider& confidence)
{
    std::vector<std::unique_ptr<StrategyChecker>> checkers;
    checkers.push_back(std::make_unique<NegRiskSumChecker>());
    checkers.push_back(std::make_unique<BinaryArbChecker>());
    checkers.push_back(std::make_unique<NoConvertChecker>());
    checkers.push_back(std::make_unique<BondScanner>());
    checkers.push_back(std::make_unique<TailEndScanner>(confidence));
    return std::make_unique<ArbScanner>(ArbConfig{}, std::move(checkers));
}

void compareResults(const ArbScanner& actual, const ArbScanner& expected)
{
    const auto found = actual.opportunities();
    const auto wanted = expected.opportunities();
    QCOMPARE(found.size(), wanted.size());
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        QCOMPARE(found[i].id, wanted[i].id);
        QCOMPARE(found[i].shares, wanted[i].shares);
        QCOMPARE(found[i].cost, wanted[i].cost);
        QCOMPARE(found[i].netProfit, wanted[i].netProfit);
        QCOMPARE(found[i].legs.size(), wanted[i].legs.size());
        QCOMPARE(found[i].firstSeenMs, wanted[i].firstSeenMs);
    }
    const auto refused = actual.refusals();
    const auto refusedWanted = expected.refusals();
    QCOMPARE(refused.size(), refusedWanted.size());
    for (std::size_t i = 0; i < refusedWanted.size(); ++i) {
        QCOMPARE(refused[i].id, refusedWanted[i].id);
        QCOMPARE(refused[i].reason, refusedWanted[i].reason);
        QCOMPARE(refused[i].detail, refusedWanted[i].detail);
    }
}

void compareDiffs(const OpportunityDiff& actual, const OpportunityDiff& expected)
{
    QCOMPARE(actual.appeared, expected.appeared);
    QCOMPARE(actual.changed, expected.changed);
    QCOMPARE(actual.disappeared, expected.disappeared);
}

} // namespace

/// ArbScanner bookkeeping: diffs, stable ids, first-seen times, incremental scans and universe
/// refreshes, with the real B checker.
class TestArbScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tracksAnOpportunityThroughItsLife()
    {
        const Universe universe({binaryEvent("1"), binaryEvent("2")});
        MapBooks books;
        books.set("yes1", "0.45", "200", 1000); // 0.45 + 0.50 < 1: a B arbitrage on event 1
        books.set("no1", "0.50", "200", 1000);
        books.set("yes2", "0.55", "200", 1000); // none on event 2
        books.set("no2", "0.50", "200", 1000);
        auto scanner = makeScanner();
        scanner->setUniverse(&universe);

        const OpportunityDiff first = scanner->fullScan(books, 1000);
        QCOMPARE(first.appeared.size(), std::size_t(1));
        const std::string id = first.appeared.front();
        QCOMPARE(scanner->opportunityCount(), std::size_t(1));
        const Opportunity found = scanner->opportunities().front();
        QCOMPARE(found.strategy, Strategy::BinaryComplement);
        QCOMPARE(found.shares, d("200"));
        QCOMPARE(found.cost, d("190"));
        QCOMPARE(found.firstSeenMs, 1000);

        // A change on the other event: only event 2 is evaluated, nothing changes.
        books.set("no2", "0.49", "200", 2000);
        const std::string_view touched[] = {"no2"};
        const std::size_t before = scanner->eventsEvaluated();
        QVERIFY(scanner->rescanTokens(touched, books, 2000).empty());
        QCOMPARE(scanner->eventsEvaluated(), before + 1);
        QCOMPARE(scanner->opportunities().front().firstSeenMs, 1000);

        // Deeper book: same id, changed trade, first-seen kept.
        books.set("yes1", "0.45", "400", 3000);
        books.set("no1", "0.50", "400", 3000);
        const std::string_view legs[] = {"yes1", "no1"};
        const OpportunityDiff deeper = scanner->rescanTokens(legs, books, 3000);
        QCOMPARE(deeper.changed, std::vector<std::string>{id});
        QVERIFY(deeper.appeared.empty());
        const Opportunity grown = scanner->opportunities().front();
        QCOMPARE(grown.shares, d("400"));
        QCOMPARE(grown.firstSeenMs, 1000);
        QCOMPARE(grown.lastSeenMs, 3000);

        // The edge shrinks to 1 % (0.49 + 0.50), below the 3 % discount: it disappears.
        books.set("yes1", "0.49", "400", 4000);
        const std::string_view yes[] = {"yes1"};
        const OpportunityDiff gone = scanner->rescanTokens(yes, books, 4000);
        QCOMPARE(gone.disappeared, std::vector<std::string>{id});
        QCOMPARE(scanner->opportunityCount(), std::size_t(0));
        QCOMPARE(scanner->refusals().size(), std::size_t(1)); // kept as a near-miss
        QCOMPARE(scanner->refusals().front().reason, RefusalReason::BelowMinDiscount);
        // No edge at all (0.52 + 0.50): not a near-miss either.
        books.set("yes1", "0.52", "400", 5000);
        QVERIFY(scanner->rescanTokens(yes, books, 5000).empty());
        QVERIFY(scanner->refusals().empty());
    }

    void universeRefreshKeepsHistoryAndReportsRealChanges()
    {
        MapBooks books;
        books.set("yes1", "0.45", "200", 1000);
        books.set("no1", "0.50", "200", 1000);
        books.set("yes3", "0.40", "100", 1000);
        books.set("no3", "0.50", "100", 1000);
        const Universe before({binaryEvent("1")});
        auto scanner = makeScanner();
        scanner->setUniverse(&before);
        const std::string id = scanner->fullScan(books, 1000).appeared.front();

        // Same event plus a new one: only the new one appears; event 1 keeps its first-seen.
        const Universe after({binaryEvent("1"), binaryEvent("3")});
        scanner->setUniverse(&after);
        const OpportunityDiff refreshed = scanner->fullScan(books, 5000);
        QCOMPARE(refreshed.appeared.size(), std::size_t(1));
        QVERIFY(refreshed.appeared.front() != id);
        QVERIFY(refreshed.disappeared.empty());
        QVERIFY(refreshed.changed.empty());
        for (const Opportunity& o : scanner->opportunities()) {
            QCOMPARE(o.firstSeenMs, o.id == id ? 1000 : 5000);
        }

        // Event 1 delisted: its opportunity disappears on the next full scan.
        const Universe delisted({binaryEvent("3")});
        scanner->setUniverse(&delisted);
        const OpportunityDiff dropped = scanner->fullScan(books, 6000);
        QCOMPARE(dropped.disappeared, std::vector<std::string>{id});
        QCOMPARE(scanner->opportunityCount(), std::size_t(1));
    }

    /// A full scan on several threads finds exactly what one thread finds, with the same diffs,
    /// on a random universe large enough to be shared out (every checker, 700 events).
    void parallelFullScanEqualsSequential()
    {
        constexpr std::int64_t kNow = 1'750'000'000'000;
        test::Universe generated = test::randomUniverse(20261124, 700, kNow);
        const Universe universe(generated.events);
        PriceHistoryConfidence history;
        auto sequential = makeFullScanner(history);
        sequential->setUniverse(&universe);
        const OpportunityDiff expected = sequential->fullScan(generated.books, kNow);
        QCOMPARE(sequential->eventsEvaluated(), std::size_t(700));
        QVERIFY(sequential->opportunityCount() > 20); // enough found to compare something
        QVERIFY(sequential->refusals().size() > 100);

        for (const unsigned threads : {2u, 3u, 8u}) {
            auto parallel = makeFullScanner(history);
            parallel->setScanThreads(threads);
            QCOMPARE(parallel->scanThreads(), threads);
            parallel->setUniverse(&universe);
            compareDiffs(parallel->fullScan(generated.books, kNow), expected);
            QCOMPARE(parallel->eventsEvaluated(), std::size_t(700));
            compareResults(*parallel, *sequential);
        }

        // Books move and time passes: the next scans report the same changes both ways.
        auto parallel = makeFullScanner(history);
        parallel->setScanThreads(2);
        parallel->setUniverse(&universe);
        parallel->fullScan(generated.books, kNow);
        QRandomGenerator rng(7);
        for (int e = 0; e < 700; e += 3) {
            for (const Market& market : generated.events[std::size_t(e)].markets) {
                test::randomBook(rng, generated, market.tokens[0].tokenId, 450'000, 10'000,
                                 kNow + 2'000);
            }
        }
        const OpportunityDiff moved = sequential->fullScan(generated.books, kNow + 2'000);
        QVERIFY(!moved.empty());
        compareDiffs(parallel->fullScan(generated.books, kNow + 2'000), moved);
        compareResults(*parallel, *sequential);
    }
};

QTEST_APPLESS_MAIN(TestArbScanner)
#include "tst_arbscanner.moc"
