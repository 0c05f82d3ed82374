#include "core/market/Event.h"
#include "core/venues/polymarket/GammaParser.h"
#include "tests/core/venues/polymarket/GammaTestSupport.h"
#include "tests/support/SharedFixtures.h"

#include <QTest>

#include <algorithm>

using polaris::Decimal;
using polaris::Error;
using polaris::ErrorCode;
using polaris::Event;
using polaris::Market;
using polaris::OutcomeKind;
using polaris::polymarket::GammaParser;
using polaris::test::dec;
using polaris::test::joined;
using polaris::test::kGoodMarket;
using polaris::test::nestedQuotes;
using polaris::test::str;
using polaris::test::view;

Q_DECLARE_METATYPE(polaris::ErrorCode)

// Payloads and data rows live outside the test class: moc mis-counts braces inside raw
// strings in class bodies.
namespace {

const char* kClobBadPage = R"({"data":[
            {"condition_id":"0x1","tokens":[{"token_id":"abc","outcome":"Yes","price":0.5}]},
            {"condition_id":"0x2","minimum_tick_size":"0.0x"},
            {"condition_id":"0x3","tokens":[{"token_id":"7","outcome":"Yes","price":1.5,"winner":false}]},
            {"condition_id":"0x4","tokens":{}}],"next_cursor":"LTE="})";

const char* kClobDataNotArray = R"({"data":5})";

const char* kClobCompact = R"({"c":"0xabc","t":[{"t":"123","o":"Yes"},{"t":"456","o":"No"}],
            "mts":0.01,"nr":true,"fd":{"r":0.02,"e":2,"to":true},"mbf":0,"tbf":0,"ao":true,"mos":5})";

} // namespace

/// GammaParser::parseClobMarkets on the recorded CLOB market payloads and on bad input.
class TestGammaParserClob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clobMarketAfterResolution()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/gamma/clob_market_closed_binary_accepting_true.json",
                                bytes);
        GammaParser parser;
        std::vector<Error> warnings;
        const auto markets = parser.parseClobMarkets(view(bytes), &warnings);
        QVERIFY2(markets.ok(), markets.ok() ? "" : markets.error().detail.c_str());
        QVERIFY2(warnings.empty(), qPrintable(joined(warnings)));
        const Market& m = markets->front();
        QCOMPARE(str(m.conditionId),
                 QStringLiteral(
                         "0xd57eed0d44f5b8ca54925d8d6ff440b146b3e6e071da18136ee3ee572d34479e"));
        QCOMPARE(str(m.questionId),
                 QStringLiteral(
                         "0x52e264bc16a4a0dd202f521e97a3476aea56d1c6120077db1fb9aca2caf7797c"));
        QCOMPARE(str(m.slug), QStringLiteral("russia-x-ukraine-ceasefire-by-end-of-2027"));
        QCOMPARE(str(m.question), QStringLiteral("Russia x Ukraine ceasefire by end of 2027?"));
        // closed, yet active and accepting orders: exactly why isTradable() checks everything.
        QVERIFY(m.closed && m.active && m.acceptingOrders && !m.enableOrderBook);
        QVERIFY(!m.isTradable());
        QCOMPARE(m.tokens.size(), std::size_t(2));
        QCOMPARE(str(m.tokens[0].tokenId), QStringLiteral("2297879322307189222285946059227743545801"
                                                          "1604214087068523744633723809814935807"));
        QVERIFY(m.tokens[0].winner);
        QCOMPARE(m.tokens[0].price, std::optional<Decimal>(dec("1")));
        QCOMPARE(str(m.tokens[1].tokenId),
                 QStringLiteral("108268928354766371660560153450121076545199284531791348447523752861"
                                "907448942629"));
        QVERIFY(!m.tokens[1].winner);
        QCOMPARE(m.tickSize, dec("0.01"));
        QCOMPARE(m.minOrderSize, dec("5"));
        QVERIFY(!m.negRisk);
        QVERIFY(m.negRiskMarketId.empty());
        QCOMPARE(m.endDateMs, std::optional<std::int64_t>(1830211200000));
    }

    void restClobMarket()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/rest-2024/market.json", bytes);
        GammaParser parser;
        std::vector<Error> warnings;
        const auto markets = parser.parseClobMarkets(view(bytes), &warnings);
        QVERIFY(markets.ok());
        QVERIFY(warnings.empty());
        const Market& m = markets->front();
        QCOMPARE(str(m.question),
                 QStringLiteral("Will Donald Trump win the 2024 US Presidential Election?"));
        QCOMPARE(str(m.slug),
                 QStringLiteral("will-donald-trump-win-the-2024-us-presidential-election"));
        QCOMPARE(m.tickSize, dec("0.001"));
        QVERIFY(m.negRisk);
        QCOMPARE(str(m.negRiskMarketId),
                 QStringLiteral(
                         "0xe3b1bc389210504ebcb9cffe4b0ed06ccac50561e0f24abb6379984cec030f00"));
        QCOMPARE(str(m.yesTokenId().value()),
                 QStringLiteral("217426331434639062905690501558262415330672727368976149504881568479"
                                "49938836455"));
        QCOMPARE(str(m.noTokenId().value()),
                 QStringLiteral("483310433366128838909387595094931592347550489735006401480144227477"
                                "88308965732"));
        QCOMPARE(m.tokens[0].price, std::optional<Decimal>(dec("0.4865")));
        QCOMPARE(m.tokens[1].price, std::optional<Decimal>(dec("0.5135")));
        QCOMPARE(m.endDateMs, std::optional<std::int64_t>(1730764800000));
        QVERIFY(m.isTradable());
    }

    void restClobMarketsPage()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/rest-2024/markets.json", bytes);
        GammaParser parser;
        std::vector<Error> warnings;
        std::string cursor;
        const auto markets = parser.parseClobMarkets(view(bytes), &warnings, &cursor);
        QVERIFY(markets.ok());
        QCOMPARE(markets->size(), std::size_t(100));
        QCOMPARE(str(cursor), QStringLiteral("MTAw"));
        // The legacy "clob strapi integration" test market lists two tokens with empty ids.
        QCOMPARE(warnings.size(), std::size_t(2));
        for (const Error& warning : warnings) {
            QCOMPARE(warning.code, ErrorCode::MissingField);
            QVERIFY(warning.detail.find("0x5374183ab5a2925f") != std::string::npos);
        }
        QVERIFY((*markets)[15].tokens.empty());
        QVERIFY((*markets)[15].archived);
        const auto tradable = std::count_if(markets->begin(), markets->end(),
                                            [](const Market& m) { return m.isTradable(); });
        QCOMPARE(tradable, 1);
        QCOMPARE(str((*markets)[7].conditionId),
                 QStringLiteral(
                         "0x26ee82bee2493a302d21283cb578f7e2fff2dd15743854f53034d12420863b55"));
        QCOMPARE(str((*markets)[7].tokens[0].outcome), QStringLiteral("Democratic"));
        QCOMPARE((*markets)[7].tokens[0].price, std::optional<Decimal>(dec("0.545")));
        QCOMPARE((*markets)[28].minOrderSize, dec("14.96"));
        QCOMPARE((*markets)[36].minOrderSize, dec("14.97"));
        QVERIFY((*markets)[0].tokens[1].winner);
        QCOMPARE(std::count_if(markets->begin(), markets->end(),
                               [](const Market& m) { return m.closed; }),
                 98);
        QCOMPARE(std::count_if(
                         markets->begin(), markets->end(),
                         [](const Market& m) { return m.tickSize == Decimal::fromMicros(1000); }),
                 17);
    }

    void clobBadInput()
    {
        const QByteArray json = kClobBadPage;
        GammaParser parser;
        std::vector<Error> warnings;
        std::string cursor;
        const auto markets = parser.parseClobMarkets(view(json), &warnings, &cursor);
        QVERIFY(markets.ok());
        QCOMPARE(str(cursor), QStringLiteral("LTE="));
        QCOMPARE(markets->size(), std::size_t(1));
        QCOMPARE(str(markets->front().conditionId), QStringLiteral("0x3"));
        QVERIFY(!markets->front().tokens[0].price); // 1.5 is no price
        QCOMPARE(warnings.size(), std::size_t(4));
        QVERIFY(warnings[0].detail.find("clob market 0x1: tokens[0]: field 'token_id'")
                != std::string::npos);
        QVERIFY(warnings[1].detail.find("minimum_tick_size") != std::string::npos);
        QCOMPARE(warnings[2].code, ErrorCode::OutOfRange);
        QVERIFY(warnings[3].detail.find("'tokens'") != std::string::npos);
        QCOMPARE(parser.parseClobMarkets(kClobDataNotArray, nullptr).error().code,
                 ErrorCode::InvalidFormat);
        QCOMPARE(parser.parseClobMarkets("nope", nullptr).error().code, ErrorCode::InvalidFormat);
    }

    void clobCompactMarketDetails()
    {
        // Shape of GET /clob-markets/{condition_id} as documented (spec §2.3).
        const QByteArray json = kClobCompact;
        GammaParser parser;
        std::vector<Error> warnings;
        const auto markets = parser.parseClobMarkets(view(json), &warnings);
        QVERIFY2(markets.ok(), markets.ok() ? "" : markets.error().detail.c_str());
        QVERIFY(warnings.empty());
        const Market& m = markets->front();
        QCOMPARE(str(m.conditionId), QStringLiteral("0xabc"));
        QCOMPARE(str(m.yesTokenId().value()), QStringLiteral("123"));
        QCOMPARE(str(m.noTokenId().value()), QStringLiteral("456"));
        QCOMPARE(m.tickSize, dec("0.01"));
        QVERIFY(m.negRisk && m.acceptingOrders);
        QVERIFY(m.feeSchedule.present);
        QCOMPARE(m.feeSchedule.rate, dec("0.02"));
        QCOMPARE(m.feeSchedule.exponent, 2);
        QVERIFY(m.feeSchedule.takerOnly);
        QVERIFY(!m.isTradable()); // state flags are not part of the compact form
    }
};

QTEST_APPLESS_MAIN(TestGammaParserClob)
#include "tst_gammaparserclob.moc"
