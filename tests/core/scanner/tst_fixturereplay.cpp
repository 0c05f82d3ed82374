#include "tests/core/scanner/FixtureSnapshot.h"
#include "tests/support/SharedFixtures.h"
#include "tests/support/TestPrinters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace polaris;
using namespace polaris::test;

/// Real recorded venue payloads (../shared/fixtures) written as snapshot directories and replayed
/// through MarketDataIngest and the scanner: what the strategies conclude on real ids, real
/// flags (augmented neg risk) and real books and frames.
class TestFixtureReplay : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    /// A new snapshot directory under the test's temporary directory.
    QString writeSnapshot(const QByteArray& events,
                          const QByteArray& books,
                          const QList<QPair<qint64, QByteArray>>& frames,
                          std::int64_t capturedAtMs)
    {
        const QString dir = m_dir.path() + QStringLiteral("/snap%1").arg(++m_count);
        return test::writeSnapshot(dir, events, books, frames, capturedAtMs) ? dir : QString();
    }

    static QString replay(const QString& dir,
                          test::Replay& into,
                          const std::function<void()>& afterBooks = {},
                          std::optional<std::int64_t> scanAtMs = std::nullopt)
    {
        return test::replayAndScan(dir, into, afterBooks, scanAtMs);
    }

    /// events.json of the 2028 event (byte for byte) plus the other real Gamma events.
    QByteArray realEvents(const QByteArray& demEvent)
    {
        QByteArray single, list;
        if (!test::readFixture(QStringLiteral("polymarket/rest-2024/event.json"), &single)
            || !test::readFixture(QStringLiteral("polymarket/rest-2024/events_list.json"), &list)) {
            return {};
        }
        return jsonArray(QList<QByteArray>{demEvent, single.trimmed()} + elementsOf(list));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void augmentedEventRefusesTheYesBasketWithItsEdge()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/gamma/gamma_event.json", gamma);
        POLARIS_REQUIRE_FIXTURE("polymarket/rest-2024/book.json", restBook);
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/book.json", wsBook);
        const QList<QByteArray> dem = elementsOf(gamma);
        QCOMPARE(dem.size(), 1);
        const QByteArray events = realEvents(dem.first());
        QVERIFY(!events.isEmpty());
        const QString dir = writeSnapshot(
                events,
                jsonArray(demBooks() + QList<QByteArray>{restBook.trimmed(), wsBook.trimmed()}), {},
                kDemCapturedMs);

        Replay r;
        const QString error = replay(dir, r);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // 30829 (2 markets), 185377 (3 markets, no tokens), 2890/2891/2892 (1 market each).
        const Universe& universe = r.ingest.universe();
        QCOMPARE(universe.events().size(), std::size_t(5));
        QCOMPARE(universe.marketCount(), std::size_t(8));
        QCOMPARE(universe.event(0).id, kDemEvent);
        QVERIFY(universe.event(0).isAugmented());
        QCOMPARE(universe.tokenCount(), std::size_t(4));
        // The two real books of tokens outside the universe are not tracked.
        QCOMPARE(r.ingest.books().size(), std::size_t(4));
        QCOMPARE(r.ingest.counters().bookSnapshots, std::uint64_t(4));
        QVERIFY(r.ingest.books().find(kForeignAsset) == nullptr);
        QVERIFY(r.ingest.books().find(kTrumpNo) == nullptr);
        QCOMPARE(r.ingest.books().find(kSmithYes)->bestAsk()->price, dec("0.011"));

        QVERIFY(r.driver.scanner().opportunities().empty());

        // A: never traded on an augmented event; near-miss with the named legs' edge 1 − 0.026.
        const auto a = r.refusals(Strategy::NegRiskLong, kDemEvent);
        QCOMPARE(a.size(), std::size_t(1));
        QCOMPARE(a[0].reason, RefusalReason::AugmentedNegRisk);
        QCOMPARE(a[0].marketIds, (std::vector<std::string>{kSmithCond, kWhitmerCond}));
        QVERIFY(a[0].edge.has_value());
        QCOMPARE(*a[0].edge, dec("0.974"));
        QVERIFY(a[0].detail.rfind("augmented neg risk: 2 named tradable of 2 outcomes", 0) == 0);

        // A': two NOs pay 1 but cost 0.99 + 0.986: edge -0.976, no edge at all, so not even a
        // near-miss (BasketDraft's near-miss rule).
        QVERIFY(r.refusals(Strategy::NegRiskShort, kDemEvent).empty());

        // 185377 has three markets and no negRisk flag: A and A' are refused at Layer 1.
        for (const Strategy strategy : {Strategy::NegRiskLong, Strategy::NegRiskShort}) {
            const auto refused = r.refusals(strategy, "185377");
            QCOMPARE(refused.size(), std::size_t(1));
            QCOMPARE(refused[0].reason, RefusalReason::NotNegRisk);
            QCOMPARE(
                    refused[0].marketIds,
                    (std::vector<std::string>{
                            "0xed7d522e06d2f1f9015a468884cfdb2be7e737a33f130c1237a40f18bc739267",
                            "0x35c268a9ba1b27115c9b42415a667177d9959310d2c9b3131bca9e7942a13f3a",
                            "0x86603a152e53352e41f1d15a989e856d6c372ac0540d5360fdeae19089df29f2"}));
        }
        // The single-market events have no tokens: nothing to check, nothing reported.
        for (const char* id : {"2890", "2891", "2892"}) {
            for (const Refusal& refusal : r.driver.scanner().refusals()) {
                QVERIFY2(refusal.eventId != id, refusal.id.c_str());
            }
        }
    }

    void shortBasketUsesOnlyNamedTradableOutcomes()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/gamma/gamma_event.json", gamma);
        // The real event plus the two legs augmented events grow: an "Other" market with a book
        // and an inactive placeholder "Person C" without one.
        QJsonObject event = QJsonDocument::fromJson(gamma).array().first().toObject();
        QJsonArray markets = event.value(QStringLiteral("markets")).toArray();
        QJsonObject other = markets.first().toObject();
        other.insert(QStringLiteral("id"), QStringLiteral("990001"));
        other.insert(QStringLiteral("conditionId"), QStringLiteral("0xaa01"));
        other.insert(QStringLiteral("groupItemTitle"), QStringLiteral("Other"));
        other.insert(QStringLiteral("negRiskOther"), true);
        other.insert(QStringLiteral("clobTokenIds"), QStringLiteral("[\"901\", \"902\"]"));
        QJsonObject placeholder = markets.first().toObject();
        placeholder.insert(QStringLiteral("id"), QStringLiteral("990002"));
        placeholder.insert(QStringLiteral("conditionId"), QStringLiteral("0xaa02"));
        placeholder.insert(QStringLiteral("groupItemTitle"), QStringLiteral("Person C"));
        placeholder.insert(QStringLiteral("active"), false);
        placeholder.insert(QStringLiteral("acceptingOrders"), false);
        placeholder.insert(QStringLiteral("enableOrderBook"), false);
        placeholder.insert(QStringLiteral("clobTokenIds"), QStringLiteral("[\"903\", \"904\"]"));
        markets.append(other);
        markets.append(placeholder);
        event.insert(QStringLiteral("markets"), markets);
        const QByteArray events = jsonArray({QJsonDocument(event).toJson(QJsonDocument::Compact)});
        const QList<QByteArray> books =
                demBooks()
                + QList<QByteArray>{
                        book("0xaa01", "901", levels({{"0.04", "900"}}), levels({{"0.05", "800"}})),
                        // Other's NO absurdly cheap: with it, A' would pay (0.99 + 0.986 + 0.01
                        // < 2) and show up.
                        book("0xaa01", "902", levels({{"0.005", "800"}}),
                             levels({{"0.01", "900"}}))};

        Replay r;
        const QString error =
                replay(writeSnapshot(events, jsonArray(books), {}, kDemCapturedMs), r);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.ingest.universe().marketCount(), std::size_t(4));

        const auto a = r.refusals(Strategy::NegRiskLong, kDemEvent);
        QCOMPARE(a.size(), std::size_t(1));
        QCOMPARE(a[0].reason, RefusalReason::AugmentedNegRisk);
        QCOMPARE(a[0].marketIds, (std::vector<std::string>{kSmithCond, kWhitmerCond}));
        QCOMPARE(*a[0].edge, dec("0.974"));
        QVERIFY(a[0].detail.rfind("augmented neg risk: 2 named tradable of 4 outcomes", 0) == 0);

        // A' over the named legs only: 0.99 + 0.986 for a payout of 1, no edge, nothing shown
        // (with Other's NO it would have an edge and show up).
        QVERIFY(r.refusals(Strategy::NegRiskShort, kDemEvent).empty());
        for (const Opportunity& o : r.driver.scanner().opportunities()) {
            QVERIFY2(o.strategy != Strategy::NegRiskShort, o.id.c_str());
        }
        for (const Refusal& refusal : r.refusals(Strategy::NoConversion, kDemEvent)) {
            for (const std::string& market : refusal.marketIds) {
                QVERIFY2(market == kSmithCond || market == kWhitmerCond, refusal.id.c_str());
            }
        }
    }

    void missingBooksAndAsksAreRefused()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/gamma/gamma_event.json", gamma);
        const QByteArray events = jsonArray(elementsOf(gamma));
        {
            Replay r; // Whitmer's NO token has no book at all
            const QString error = replay(
                    writeSnapshot(events, jsonArray(demBooks(kWhitmerNo)), {}, kDemCapturedMs), r);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const auto aShort = r.refusals(Strategy::NegRiskShort, kDemEvent);
            QCOMPARE(aShort.size(), std::size_t(1));
            QCOMPARE(aShort[0].reason, RefusalReason::MissingAsk);
            QCOMPARE(aShort[0].detail, std::string("no book for token 643003360356…"));
            QVERIFY(!aShort[0].edge);
        }
        {
            Replay r; // Whitmer's NO book has bids only
            QList<QByteArray> books = demBooks(kWhitmerNo);
            books.append(book(kWhitmerCond, kWhitmerNo, levels({{"0.985", "2500"}}), QJsonArray()));
            const QString error =
                    replay(writeSnapshot(events, jsonArray(books), {}, kDemCapturedMs), r);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const auto aShort = r.refusals(Strategy::NegRiskShort, kDemEvent);
            QCOMPARE(aShort.size(), std::size_t(1));
            QCOMPARE(aShort[0].reason, RefusalReason::MissingAsk);
            QCOMPARE(aShort[0].detail, std::string("no ask for Gretchen Whitmer No"));
        }
    }

    void booksOlderThanFiveSecondsAreStale()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/gamma/gamma_event.json", gamma);
        const QString dir = writeSnapshot(jsonArray(elementsOf(gamma)), jsonArray(demBooks()), {},
                                          kDemCapturedMs);
        {
            Replay r; // exactly at the limit: still fresh, so the augmented near-miss has its edge
            const QString error = replay(dir, r, {}, kDemCapturedMs + 5'000);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const auto a = r.refusals(Strategy::NegRiskLong, kDemEvent);
            QCOMPARE(a.size(), std::size_t(1));
            QCOMPARE(a[0].reason, RefusalReason::AugmentedNegRisk);
            QCOMPARE(a[0].edge, std::optional<Decimal>(dec("0.974")));
        }
        Replay r;
        const QString error = replay(dir, r, {}, kDemCapturedMs + 5'001);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // A' has no edge on these books (-0.976): stale or not, it is not a near-miss.
        QVERIFY(r.refusals(Strategy::NegRiskShort, kDemEvent).empty());
        // The augmented near-miss still shows, but without an edge computed from stale books.
        const auto a = r.refusals(Strategy::NegRiskLong, kDemEvent);
        QCOMPARE(a.size(), std::size_t(1));
        QCOMPARE(a[0].reason, RefusalReason::AugmentedNegRisk);
        QVERIFY(!a[0].edge);
    }

    void recordedFramesMoveTheBookTheyName()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/rest-2024/market.json", marketJson);
        POLARIS_REQUIRE_FIXTURE("polymarket/rest-2024/book.json", restBook);
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/book.json", wsBook);
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/price_change.json", priceChange);
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/price_change_v2.json", priceChangeV2);
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/last_trade_price.json", lastTrade);

        // A Gamma event around the real CLOB market (rest-2024/market.json); not negRisk, so the
        // single market is B's business only.
        const QJsonObject clob = QJsonDocument::fromJson(marketJson).object();
        const QJsonArray tokens = clob.value(QStringLiteral("tokens")).toArray();
        QCOMPARE(tokens.size(), 2);
        const QString yes = tokens[0].toObject().value(QStringLiteral("token_id")).toString();
        const QString no = tokens[1].toObject().value(QStringLiteral("token_id")).toString();
        QCOMPARE(yes.toStdString(), kTrumpYes);
        QCOMPARE(no.toStdString(), kTrumpNo);
        const QString end = clob.value(QStringLiteral("end_date_iso")).toString();
        const QJsonObject market{
                {QStringLiteral("id"), QStringLiteral("fixture-trump-market")},
                {QStringLiteral("conditionId"), clob.value(QStringLiteral("condition_id"))},
                {QStringLiteral("questionID"), clob.value(QStringLiteral("question_id"))},
                {QStringLiteral("question"), clob.value(QStringLiteral("question"))},
                {QStringLiteral("slug"), clob.value(QStringLiteral("market_slug"))},
                {QStringLiteral("endDate"), end},
                {QStringLiteral("active"), true},
                {QStringLiteral("closed"), false},
                {QStringLiteral("archived"), false},
                {QStringLiteral("acceptingOrders"), true},
                {QStringLiteral("enableOrderBook"), true},
                {QStringLiteral("orderPriceMinTickSize"),
                 clob.value(QStringLiteral("minimum_tick_size"))},
                {QStringLiteral("orderMinSize"), clob.value(QStringLiteral("minimum_order_size"))},
                {QStringLiteral("liquidity"), QStringLiteral("250000")},
                {QStringLiteral("outcomes"), QStringLiteral("[\"Yes\", \"No\"]")},
                {QStringLiteral("clobTokenIds"), QStringLiteral("[\"%1\", \"%2\"]").arg(yes, no)}};
        const QJsonObject event{
                {QStringLiteral("id"), QStringLiteral("fixture-trump-2024")},
                {QStringLiteral("title"), QStringLiteral("Presidential Election Winner 2024")},
                {QStringLiteral("active"), true},
                {QStringLiteral("closed"), false},
                {QStringLiteral("archived"), false},
                {QStringLiteral("endDate"), end},
                {QStringLiteral("liquidity"), QStringLiteral("250000")},
                {QStringLiteral("markets"), QJsonArray{market}}};
        const QByteArray events = jsonArray({QJsonDocument(event).toJson(QJsonDocument::Compact)});
        // YES book written here; the NO book is the real one from the market channel.
        const QByteArray books =
                jsonArray({book(kTrumpCond, kTrumpYes, levels({{"0.47", "500"}, {"0.46", "800"}}),
                                levels({{"0.48", "300"}, {"0.53", "1000"}})),
                           wsBook.trimmed(), restBook.trimmed()});
        const QString dir = writeSnapshot(events, books,
                                          {{kTrumpCapturedMs + 100, priceChange},
                                           {kTrumpCapturedMs + 200, priceChangeV2},
                                           {kTrumpCapturedMs + 300, lastTrade}},
                                          kTrumpCapturedMs);

        ArbConfig config;
        config.minDiscount = dec("0.001");
        Replay r(config);
        Decimal sizeBefore;
        std::string hashBefore;
        std::size_t asksBefore = 0;
        const QString error = replay(dir, r, [&] {
            const OrderBook* noBook = r.ingest.books().find(kTrumpNo);
            sizeBefore = noBook->bestAsk()->size;
            hashBefore = noBook->hash();
            asksBefore = noBook->asks().size();
        });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.ingest.books().size(), std::size_t(2));
        QVERIFY(r.ingest.books().find(kForeignAsset) == nullptr);
        QCOMPARE(r.ingest.counters().frames, std::uint64_t(3));
        QCOMPARE(r.clock.nowMs(), kTrumpCapturedMs + 300);

        // ws-2024/book.json as loaded: best ask 0.514 x 20230.87 of 86 levels.
        QCOMPARE(sizeBefore, dec("20230.87"));
        QCOMPARE(hashBefore, std::string("655a38d4977427b086c25b985993691b753ed166"));
        QCOMPARE(asksBefore, std::size_t(86));
        // price_change.json: SELL 0.514 -> 21574.08 on the NO token, with its hash.
        const OrderBook* noBook = r.ingest.books().find(kTrumpNo);
        QCOMPARE(noBook->bestAsk()->price, dec("0.514"));
        QCOMPARE(noBook->bestAsk()->size, dec("21574.08"));
        QCOMPARE(noBook->asks().size(), std::size_t(86));
        QCOMPARE(noBook->bestBid()->price, dec("0.511"));
        QCOMPARE(noBook->hash(), std::string("bf32b3746fff40c76c98021b7f3f07261169dd26"));
        QCOMPARE(noBook->confirmedAtMs(), kTrumpCapturedMs + 300);
        // price_change_v2.json names an asset outside the universe: 3 changes dropped.
        QCOMPARE(r.ingest.books().unknownAssetUpdates(), std::uint64_t(3));
        // last_trade_price does not touch levels.
        QCOMPARE(r.ingest.books().find(kTrumpYes)->bestAsk()->size, dec("300"));

        // B: 300 YES at 0.48 + 300 NO at 0.514 = 298.2 for a 300 payout, minus 0.01 gas.
        const std::vector<Opportunity> found = r.driver.scanner().opportunities();
        QCOMPARE(found.size(), std::size_t(1));
        const Opportunity& b = found[0];
        QCOMPARE(b.strategy, Strategy::BinaryComplement);
        QCOMPARE(b.eventId, std::string("fixture-trump-2024"));
        QCOMPARE(b.marketIds, (std::vector<std::string>{kTrumpCond, kTrumpCond}));
        QCOMPARE(b.shares, dec("300"));
        QCOMPARE(b.cost, dec("298.2"));
        QCOMPARE(b.payout, dec("300"));
        QCOMPARE(b.gas, dec("0.01"));
        QCOMPARE(b.netProfit, dec("1.79"));
        QCOMPARE(b.legs.size(), std::size_t(2));
        QCOMPARE(b.legs[0].tokenId, kTrumpYes);
        QCOMPARE(b.legs[0].limitPrice, dec("0.48"));
        QCOMPARE(b.legs[1].tokenId, kTrumpNo);
        QCOMPARE(b.legs[1].limitPrice, dec("0.514"));
        QCOMPARE(b.legs[1].bookHash, std::string("bf32b3746fff40c76c98021b7f3f07261169dd26"));
        QVERIFY(!b.lockedUntilMs);

        // With the default 3 % threshold the same basket (0.6 %) is a Layer 2 near-miss.
        Replay strict;
        const QString again = replay(dir, strict);
        QVERIFY2(again.isEmpty(), qPrintable(again));
        QVERIFY(strict.driver.scanner().opportunities().empty());
        const auto refused = strict.refusals(Strategy::BinaryComplement, "fixture-trump-2024");
        QCOMPARE(refused.size(), std::size_t(1));
        QCOMPARE(refused[0].reason, RefusalReason::BelowMinDiscount);
        QCOMPARE(*refused[0].edge, dec("0.006"));
    }
};

QTEST_GUILESS_MAIN(TestFixtureReplay)
#include "tst_fixturereplay.moc"
