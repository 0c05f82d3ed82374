#include "core/sim/UniverseGenerator.h"
#include "tests/core/sim/SimTestSupport.h"
#include "tests/support/TestPrinters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace polaris;
using namespace polaris::sim;

class TestUniverseGenerator : public QObject
{
    Q_OBJECT

private:
    static GenerateSpec spec(std::uint64_t seed)
    {
        GenerateSpec s;
        s.events = 6;
        s.outcomes = 4;
        s.binaries = 7;
        s.seed = seed;
        s.nowMs = 1'767'225'600'000; // 2026-01-01
        return s;
    }

private Q_SLOTS:
    void parsesSpec()
    {
        const auto s = GenerateSpec::parse(
                QStringLiteral("events=2000,outcomes=10,binaries=5000,seed=42"));
        QVERIFY(s.ok());
        QCOMPARE(s->events, 2000);
        QCOMPARE(s->outcomes, 10);
        QCOMPARE(s->binaries, 5000);
        QCOMPARE(s->seed, std::uint64_t(42));
        QVERIFY(!GenerateSpec::parse(QStringLiteral("events=x")).ok());
        QVERIFY(!GenerateSpec::parse(QStringLiteral("colour=3")).ok());
        QVERIFY(!GenerateSpec::parse(QStringLiteral("outcomes=1")).ok());
    }

    void sameSeedSameUniverse()
    {
        const auto a = UniverseGenerator::generate(spec(9));
        const auto b = UniverseGenerator::generate(spec(9));
        const auto c = UniverseGenerator::generate(spec(10));
        QCOMPARE(a->tokens.size(), b->tokens.size());
        for (std::size_t i = 0; i < a->tokens.size(); ++i) {
            QCOMPARE(a->tokens[i].id, b->tokens[i].id);
            QCOMPARE(a->tokens[i].hasBook, b->tokens[i].hasBook);
            QVERIFY(std::ranges::equal(a->tokens[i].book.bids(), b->tokens[i].book.bids()));
            QVERIFY(std::ranges::equal(a->tokens[i].book.asks(), b->tokens[i].book.asks()));
        }
        for (std::size_t i = 0; i < a->events.size(); ++i) {
            QCOMPARE(a->events[i].json, b->events[i].json);
        }
        QVERIFY(a->tokens[0].id != c->tokens[0].id);
    }

    void hasRequestedCountsAndShapes()
    {
        const auto u = UniverseGenerator::generate(spec(3));
        QCOMPARE(u->events.size(), std::size_t(6 + 7));
        // events 0 and 3 are augmented (Other + placeholder): 6*4 + 2*2 negRisk markets + 7
        // binaries
        QCOMPARE(u->markets.size(), std::size_t(6 * 4 + 2 * 2 + 7));
        QCOMPARE(u->tokens.size(), 2 * u->markets.size());
        QCOMPARE(u->bookCount(),
                 static_cast<int>(u->tokens.size()) - 2 * 2); // placeholders have no book

        for (const SimToken& token : u->tokens) {
            QVERIFY(token.id.size() >= 76 && token.id.size() <= 78);
            QVERIFY(token.id.find_first_not_of("0123456789") == std::string::npos);
            // A uint256: every id must fit an order's tokenId.
            QVERIFY(token.id.size() < 78
                    || token.id <= std::string("115792089237316195423570985008687907853269984665640"
                                               "564039457584007913129639935"));
            QCOMPARE(u->findToken(token.id), static_cast<int>(&token - u->tokens.data()));
            if (token.hasBook) {
                QCOMPARE(test::checkBook(token.book), std::string());
                QVERIFY(token.book.bids().size() >= 1 && token.book.asks().size() >= 1);
            }
        }
        for (std::size_t e = 0; e < u->events.size(); ++e) {
            const SimEvent& event = u->events[e];
            QJsonParseError error{};
            const QJsonObject obj = QJsonDocument::fromJson(event.json, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(obj.value(QLatin1String("id")).toString().toStdString(), event.id);
            QCOMPARE(obj.value(QLatin1String("negRisk")).toBool(), event.negRisk);
            const QJsonArray markets = obj.value(QLatin1String("markets")).toArray();
            QCOMPARE(markets.size(), static_cast<qsizetype>(event.markets.size()));
            for (qsizetype i = 0; i < markets.size(); ++i) {
                const SimMarket& m = u->markets[static_cast<std::size_t>(
                        event.markets[static_cast<std::size_t>(i)])];
                // The stored slice is exactly the nested market object.
                QCOMPARE(QJsonDocument::fromJson(
                                 u->marketJson(event.markets[static_cast<std::size_t>(i)]))
                                 .object(),
                         markets[i].toObject());
                const QJsonObject mo = markets[i].toObject();
                const QJsonArray ids =
                        QJsonDocument::fromJson(
                                mo.value(QLatin1String("clobTokenIds")).toString().toUtf8())
                                .array();
                QCOMPARE(ids.size(), 2);
                QCOMPARE(ids[0].toString().toStdString(),
                         u->tokens[static_cast<std::size_t>(m.tokens[0])].id);
                QCOMPARE(mo.value(QLatin1String("umaResolutionStatuses")).toString(),
                         QStringLiteral("[]"));
                QCOMPARE(mo.value(QLatin1String("orderMinSize")).toDouble(), 5.0);
                if (event.negRisk) {
                    // questionID = negRiskMarketID + index (spec §1.4)
                    const std::string nrm =
                            mo.value(QLatin1String("negRiskMarketID")).toString().toStdString();
                    QCOMPARE(nrm.substr(64), std::string("00"));
                    QCOMPARE(m.questionId.substr(0, 64), nrm.substr(0, 64));
                    QCOMPARE(std::stoi(m.questionId.substr(64), nullptr, 16), static_cast<int>(i));
                }
            }
            if (event.negRisk) {
                const Decimal sum = test::yesAskSum(*u, static_cast<int>(e));
                QVERIFY2(sum > Decimal::fromInt(1), sum.toString().c_str());
            }
        }
    }

    void yesAndNoAreMirrorImages()
    {
        const auto u = UniverseGenerator::generate(spec(5));
        const Decimal one = Decimal::fromInt(1);
        for (const SimMarket& m : u->markets) {
            if (!m.enableOrderBook) {
                continue;
            }
            const OrderBook& yes = u->tokens[static_cast<std::size_t>(m.tokens[0])].book;
            const OrderBook& no = u->tokens[static_cast<std::size_t>(m.tokens[1])].book;
            QCOMPARE(no.bestAsk()->price, one - yes.bestBid()->price);
            QCOMPARE(no.bestBid()->price, one - yes.bestAsk()->price);
            QCOMPARE(no.asks().size(), yes.bids().size());
        }
    }
};

QTEST_GUILESS_MAIN(TestUniverseGenerator)
#include "tst_universegenerator.moc"
