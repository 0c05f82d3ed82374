#include "core/sim/MarketWalker.h"
#include "core/sim/UniverseGenerator.h"
#include "tests/core/sim/SimTestSupport.h"
#include "tests/support/TestPrinters.h"

#include <QTest>

using namespace polaris;
using namespace polaris::sim;

namespace {

std::unique_ptr<SimUniverse> makeUniverse(std::uint64_t seed)
{
    GenerateSpec s;
    s.events = 8;
    s.outcomes = 5;
    s.binaries = 12;
    s.seed = seed;
    s.nowMs = 1'767'225'600'000;
    return UniverseGenerator::generate(s);
}

std::vector<BookLevel> allLevels(const OrderBook& book)
{
    std::vector<BookLevel> out(book.bids().begin(), book.bids().end());
    out.push_back({});
    out.insert(out.end(), book.asks().begin(), book.asks().end());
    return out;
}

const MarketWalker::TradeSink noTrades = [](const TradePrint&) {};

} // namespace

class TestMarketWalker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thousandStepsKeepBooksValid()
    {
        auto u = makeUniverse(11);
        MarketWalker walker(*u, 11);
        walker.setChangesPerTick(10);
        walker.setMispricingRate(0.05);
        int sets = 0;
        int trades = 0;
        for (int i = 0; i < 1000; ++i) {
            walker.step(
                    1'000 + i,
                    [&](const MarketChangeSet& set) { sets += set.changes.empty() ? 0 : 1; },
                    [&](const TradePrint&) { ++trades; });
        }
        QVERIFY(sets >= 9000);
        QVERIFY(trades > 100);
        for (const SimToken& token : u->tokens) {
            if (token.hasBook) {
                QVERIFY2(test::checkBook(token.book).empty(),
                         (token.id + ": " + test::checkBook(token.book)).c_str());
                QCOMPARE(token.hash, SimUniverse::levelsHash(token.book));
            }
        }
        // Markets not held by a mispricing are still exact mirror images.
        const Decimal one = Decimal::fromInt(1);
        for (const SimMarket& m : u->markets) {
            if (!m.enableOrderBook || m.frozen) {
                continue;
            }
            const OrderBook& yes = u->tokens[static_cast<std::size_t>(m.tokens[0])].book;
            const OrderBook& no = u->tokens[static_cast<std::size_t>(m.tokens[1])].book;
            QCOMPARE(yes.bids().size(), no.asks().size());
            for (std::size_t i = 0; i < yes.bids().size(); ++i) {
                QCOMPARE(no.asks()[i].price, one - yes.bids()[i].price);
                QCOMPARE(no.asks()[i].size, yes.bids()[i].size);
            }
        }
    }

    void deterministicForSeed()
    {
        auto a = makeUniverse(4);
        auto b = makeUniverse(4);
        MarketWalker wa(*a, 99);
        MarketWalker wb(*b, 99);
        wa.setMispricingRate(0.1);
        wb.setMispricingRate(0.1);
        for (int i = 0; i < 300; ++i) {
            wa.step(
                    i, [](const MarketChangeSet&) {}, noTrades);
            wb.step(
                    i, [](const MarketChangeSet&) {}, noTrades);
        }
        for (std::size_t t = 0; t < a->tokens.size(); ++t) {
            QVERIFY(allLevels(a->tokens[t].book) == allLevels(b->tokens[t].book));
        }
    }

    void negRiskMispricingIsRealArbitrageThenUndone()
    {
        auto u = makeUniverse(21);
        MarketWalker walker(*u, 21);
        walker.setMispricingTicks(5, 5);
        std::vector<std::vector<BookLevel>> before;
        for (const SimToken& token : u->tokens) {
            before.push_back(allLevels(token.book));
        }
        std::vector<MarketChangeSet> published;
        const int event = walker.injectMispricing(
                MarketWalker::MispricingKind::NegRisk, 5,
                [&](const MarketChangeSet& set) { published.push_back(set); });
        QVERIFY(event >= 0);
        QVERIFY(u->events[static_cast<std::size_t>(event)].negRisk);
        const Decimal sum = test::yesAskSum(*u, event);
        QVERIFY2(sum < Decimal::fromInt(1), sum.toString().c_str());
        QVERIFY(!published.empty());
        for (const int m : u->events[static_cast<std::size_t>(event)].markets) {
            const SimMarket& market = u->markets[static_cast<std::size_t>(m)];
            if (market.enableOrderBook) {
                const OrderBook& yes = u->tokens[static_cast<std::size_t>(market.tokens[0])].book;
                QVERIFY(yes.bestAsk()->size >= Decimal::fromInt(100)); // real depth, not dust
                QVERIFY2(test::checkBook(yes).empty(), test::checkBook(yes).c_str());
                QVERIFY(market.frozen);
            }
        }
        std::vector<std::vector<BookLevel>> during;
        for (const SimToken& token : u->tokens) {
            during.push_back(allLevels(token.book));
        }
        // The walk leaves a mispricing's books alone while it lasts...
        walker.setChangesPerTick(50);
        for (int i = 0; i < 4; ++i) {
            walker.step(
                    10 + i, [](const MarketChangeSet&) {}, noTrades);
        }
        for (const int m : u->events[static_cast<std::size_t>(event)].markets) {
            for (const int t : u->markets[static_cast<std::size_t>(m)].tokens) {
                QVERIFY(during[static_cast<std::size_t>(t)]
                        == allLevels(u->tokens[static_cast<std::size_t>(t)].book));
            }
        }
        // ...and removing it restores them exactly.
        walker.setChangesPerTick(0);
        walker.step(
                20, [](const MarketChangeSet&) {}, noTrades);
        QCOMPARE(walker.activeMispricings(), 0);
        QVERIFY(test::yesAskSum(*u, event) > Decimal::fromInt(1));
        for (const int m : u->events[static_cast<std::size_t>(event)].markets) {
            const SimMarket& market = u->markets[static_cast<std::size_t>(m)];
            QVERIFY(!market.frozen);
            for (const int t : market.tokens) {
                QVERIFY(before[static_cast<std::size_t>(t)]
                        == allLevels(u->tokens[static_cast<std::size_t>(t)].book));
            }
        }
    }

    void binaryMispricingMakesYesPlusNoBelowOne()
    {
        auto u = makeUniverse(8);
        MarketWalker walker(*u, 8);
        const int event = walker.injectMispricing(MarketWalker::MispricingKind::Binary, 5,
                                                  [](const MarketChangeSet&) {});
        QVERIFY(event >= 0);
        const SimMarket& m = u->markets[static_cast<std::size_t>(
                u->events[static_cast<std::size_t>(event)].markets[0])];
        QVERIFY(!m.negRisk);
        const OrderBook& yes = u->tokens[static_cast<std::size_t>(m.tokens[0])].book;
        const OrderBook& no = u->tokens[static_cast<std::size_t>(m.tokens[1])].book;
        QVERIFY(yes.bestAsk()->price + no.bestAsk()->price < Decimal::fromInt(1));
        QVERIFY2(test::checkBook(yes).empty(), test::checkBook(yes).c_str());
        QVERIFY2(test::checkBook(no).empty(), test::checkBook(no).c_str());
        walker.clearMispricings(6, [](const MarketChangeSet&) {});
        QVERIFY(yes.bestAsk()->price + no.bestAsk()->price > Decimal::fromInt(1));
    }
};

QTEST_GUILESS_MAIN(TestMarketWalker)
#include "tst_marketwalker.moc"
