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

const char* kBadEvents = R"([{"title":"no id"}, 7, {"id":"3","markets":{}},
            {"id":"4","negRiskFeeBips":-5}, {"id":5,"title":"ok","markets":[]}])";

const char* kBadTickMarket = R"([{"id":"1","conditionId":"0x1","orderPriceMinTickSize":"abc"},)";

void addBadDocumentRows()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("not json") << QByteArray("hello") << ErrorCode::InvalidFormat;
    QTest::newRow("empty") << QByteArray("") << ErrorCode::InvalidFormat;
    QTest::newRow("truncated") << QByteArray(R"([{"id":"1","markets":[{"conditionId":"0x1")")
                               << ErrorCode::InvalidFormat;
    QTest::newRow("scalar") << QByteArray("42") << ErrorCode::InvalidFormat;
    QTest::newRow("string") << QByteArray(R"("events")") << ErrorCode::InvalidFormat;
    QTest::newRow("single bad event")
            << QByteArray(R"({"title":"no id"})") << ErrorCode::MissingField;
}

} // namespace

/// GammaParser on the recorded Gamma payloads (events, markets) and on bad documents/events.
class TestGammaParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void augmentedNegRiskEvent()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/gamma/gamma_event.json", bytes);
        GammaParser parser;
        std::vector<Error> warnings;
        std::vector<std::string_view> raw;
        const auto events = parser.parseEvents(view(bytes), &warnings, &raw);
        QVERIFY2(events.ok(), events.ok() ? "" : events.error().detail.c_str());
        QVERIFY2(warnings.empty(), qPrintable(joined(warnings)));
        QCOMPARE(events->size(), std::size_t(1));
        const Event& event = events->front();
        QCOMPARE(str(event.id), QStringLiteral("30829"));
        QCOMPARE(str(event.ticker), QStringLiteral("democratic-presidential-nominee-2028"));
        QCOMPARE(str(event.title), QStringLiteral("Democratic Presidential Nominee 2028"));
        QVERIFY(event.isAugmented());
        QVERIFY(event.negRisk && event.enableNegRisk && event.negRiskAugmented);
        QVERIFY(event.active && !event.closed && !event.archived);
        QCOMPARE(str(event.negRiskMarketId),
                 QStringLiteral(
                         "0x2c3d7e0eee6f058be3006baabf0d54a07da254ba47fe6e3e095e7990c7814700"));
        QCOMPARE(event.endDateMs, std::optional<std::int64_t>(1857168000000));
        QCOMPARE(event.liquidity, dec("43042905.16152"));
        QCOMPARE(event.volume, dec("799823812.487094"));
        QCOMPARE(event.markets.size(), std::size_t(2));

        const Market& smith = event.markets[0];
        QCOMPARE(str(smith.id), QStringLiteral("559657"));
        QCOMPARE(str(smith.eventId), QStringLiteral("30829"));
        QCOMPARE(str(smith.conditionId),
                 QStringLiteral(
                         "0xc8f1cf5d4f26e0fd9c8fe89f2a7b3263b902cf14fde7bfccef525753bb492e47"));
        QCOMPARE(str(smith.questionId),
                 QStringLiteral(
                         "0x2c3d7e0eee6f058be3006baabf0d54a07da254ba47fe6e3e095e7990c7814705"));
        QCOMPARE(str(smith.groupItemTitle), QStringLiteral("Stephen A. Smith"));
        QCOMPARE(smith.tokens.size(), std::size_t(2));
        QCOMPARE(str(smith.tokens[0].tokenId),
                 QStringLiteral("605900454893471227355543462008801794204355336093078203427985440988"
                                "23516727807"));
        QCOMPARE(str(smith.tokens[0].outcome), QStringLiteral("Yes"));
        QCOMPARE(smith.tokens[0].price, std::optional<Decimal>(dec("0.0105")));
        QCOMPARE(str(smith.tokens[1].tokenId),
                 QStringLiteral("760057000270450005870041101338181666170247196262207226820051640031"
                                "17993034812"));
        QCOMPARE(smith.tokens[1].price, std::optional<Decimal>(dec("0.9895")));
        QCOMPARE(str(smith.yesTokenId().value()), str(smith.tokens[0].tokenId));
        QCOMPARE(str(smith.noTokenId().value()), str(smith.tokens[1].tokenId));
        QCOMPARE(str(smith.negRiskMarketId), str(event.negRiskMarketId));
        QVERIFY(smith.negRisk && !smith.negRiskOther);
        QCOMPARE(smith.tickSize, dec("0.001"));
        QCOMPARE(smith.minOrderSize, dec("5"));
        QCOMPARE(smith.liquidity, dec("400500.66675"));
        QCOMPARE(smith.volume, dec("12232699.615479")); // "12232699.615479222" rounded down
        QCOMPARE(smith.bestBid, std::optional<Decimal>(dec("0.01")));
        QCOMPARE(smith.bestAsk, std::optional<Decimal>(dec("0.011")));
        QCOMPARE(smith.endDateMs, std::optional<std::int64_t>(1857168000000));
        QVERIFY(!smith.feesEnabled);
        QVERIFY(!smith.feeSchedule.present);
        QVERIFY(smith.umaResolutionStatuses.empty());
        QVERIFY(!smith.inUmaDispute());
        QVERIFY(smith.isTradable());
        QCOMPARE(smith.kind(), OutcomeKind::Named);

        const Market& whitmer = event.markets[1];
        QCOMPARE(str(whitmer.id), QStringLiteral("559659"));
        QCOMPARE(str(whitmer.groupItemTitle), QStringLiteral("Gretchen Whitmer"));
        QCOMPARE(str(whitmer.tokens[1].tokenId),
                 QStringLiteral("643003360356445006263135229908540706724686212417443475877857772262"
                                "96613235598"));
        QCOMPARE(whitmer.bestBid, std::optional<Decimal>(dec("0.014")));
        QCOMPARE(event.namedTradableOutcomes().size(), std::size_t(2));

        // The raw text is the exact object the venue sent, byte for byte.
        QCOMPARE(raw.size(), std::size_t(1));
        const qsizetype first = bytes.indexOf('{');
        const qsizetype last = bytes.lastIndexOf('}');
        QCOMPARE(raw[0].size(), std::size_t(last - first + 1));
        QCOMPARE(raw[0].data(), bytes.constData() + first);
    }

    void cryptoMarketWithNestedEvent()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/gamma/gamma_market.json", bytes);
        GammaParser parser;
        std::vector<Error> warnings;
        const auto markets = parser.parseMarkets(view(bytes), &warnings);
        QVERIFY2(markets.ok(), markets.ok() ? "" : markets.error().detail.c_str());
        QVERIFY2(warnings.empty(), qPrintable(joined(warnings)));
        QCOMPARE(markets->size(), std::size_t(1));
        const Market& m = markets->front();
        QCOMPARE(str(m.id), QStringLiteral("1557558"));
        QCOMPARE(str(m.question),
                 QStringLiteral("Bitcoin Up or Down - March 12, 5:20AM-5:25AM ET"));
        QCOMPARE(str(m.slug), QStringLiteral("btc-updown-5m-1773307200"));
        QCOMPARE(str(m.eventId), QStringLiteral("260654"));
        QCOMPARE(m.endDateMs, std::optional<std::int64_t>(1773307500000));
        QCOMPARE(m.liquidity, dec("20328.3747"));
        QCOMPARE(m.volume, dec("9.999997"));
        QCOMPARE(m.tokens.size(), std::size_t(2));
        QCOMPARE(str(m.tokens[0].outcome), QStringLiteral("Up"));
        QCOMPARE(str(m.tokens[0].tokenId),
                 QStringLiteral("104239898038807136052399800151408521467737075933964991162589336683"
                                "346093173875"));
        QCOMPARE(m.tokens[0].price, std::optional<Decimal>(dec("0.505")));
        QCOMPARE(str(m.tokens[1].outcome), QStringLiteral("Down"));
        QCOMPARE(m.tokens[1].price, std::optional<Decimal>(dec("0.495")));
        // No "Yes"/"No" names: index 0 / 1.
        QCOMPARE(str(m.yesTokenId().value()), str(m.tokens[0].tokenId));
        QCOMPARE(str(m.noTokenId().value()), str(m.tokens[1].tokenId));
        QCOMPARE(m.tickSize, dec("0.01"));
        QCOMPARE(m.minOrderSize, dec("5"));
        QCOMPARE(m.makerBaseFeeBps, 1000);
        QCOMPARE(m.takerBaseFeeBps, 1000);
        QVERIFY(m.feesEnabled);
        QVERIFY(!m.feeSchedule.present);
        QVERIFY(m.restricted && !m.negRisk);
        QCOMPARE(m.bestBid, std::optional<Decimal>(dec("0.5")));
        QCOMPARE(m.bestAsk, std::optional<Decimal>(dec("0.51")));
        QVERIFY(m.isTradable());
        QCOMPARE(m.kind(), OutcomeKind::Named);
    }

    void sportsMarketFeeSchedule()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/gamma/gamma_market_sports_market_money_line.json",
                                bytes);
        GammaParser parser;
        std::vector<Error> warnings;
        const auto markets = parser.parseMarkets(view(bytes), &warnings);
        QVERIFY2(markets.ok(), markets.ok() ? "" : markets.error().detail.c_str());
        QVERIFY2(warnings.empty(), qPrintable(joined(warnings)));
        const Market& m = markets->front();
        QCOMPARE(str(m.id), QStringLiteral("1878152"));
        QCOMPARE(str(m.eventId), QStringLiteral("346898"));
        QVERIFY(m.feeSchedule.present);
        QCOMPARE(m.feeSchedule.rate, dec("0.03"));
        QCOMPARE(m.feeSchedule.exponent, 1);
        QVERIFY(m.feeSchedule.takerOnly);
        QCOMPARE(m.feeSchedule.rebateRate, dec("0.25"));
        QVERIFY(m.feesEnabled);
        QCOMPARE(m.secondsDelay, 3);
        QCOMPARE(m.tickSize, dec("0.001"));
        QCOMPARE(str(m.groupItemTitle), QStringLiteral("Match Winner"));
        QCOMPARE(str(m.tokens[0].outcome), QStringLiteral("FaZe"));
        QCOMPARE(str(m.tokens[1].outcome), QStringLiteral("illwill"));
        QCOMPARE(m.tokens[0].price, std::optional<Decimal>(dec("1")));
        QCOMPARE(m.tokens[1].price, std::optional<Decimal>(dec("0")));
        QCOMPARE(str(m.tokens[1].tokenId), QStringLiteral("9051095124829596358356683030820812196621"
                                                          "3462932425555585207203442852394431867"));
        QCOMPARE(str(m.umaResolutionStatus), QStringLiteral("resolved"));
        QCOMPARE(m.umaResolutionStatuses, std::vector<std::string>{"proposed"});
        QVERIFY(!m.inUmaDispute());
        QCOMPARE(m.endDateMs, std::optional<std::int64_t>(1775423400000));
        QCOMPARE(m.bestBid, std::optional<Decimal>(dec("0.999")));
        QCOMPARE(m.bestAsk, std::optional<Decimal>(dec("1")));
        QVERIFY(m.closed && m.active && !m.acceptingOrders);
        QVERIFY(!m.isTradable());
    }

    void positionsPayloadIsNotAnEventList()
    {
        // Data API positions are not Gamma events: every item lacks an event id and is reported.
        POLARIS_REQUIRE_FIXTURE("polymarket/gamma/data_api_positions_response.json", bytes);
        GammaParser parser;
        std::vector<Error> warnings;
        const auto events = parser.parseEvents(view(bytes), &warnings);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), std::size_t(0));
        QCOMPARE(warnings.size(), std::size_t(4));
        for (const Error& warning : warnings) {
            QCOMPARE(warning.code, ErrorCode::MissingField);
            QVERIFY(warning.detail.find("'id'") != std::string::npos);
        }
    }

    void restEventObject()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/rest-2024/event.json", bytes);
        GammaParser parser;
        std::vector<Error> warnings;
        std::vector<std::string_view> raw;
        const auto events = parser.parseEvents(view(bytes), &warnings, &raw);
        QVERIFY(events.ok());
        QVERIFY2(warnings.empty(), qPrintable(joined(warnings)));
        QCOMPARE(events->size(), std::size_t(1));
        const Event& e = events->front();
        QCOMPARE(str(e.id), QStringLiteral("185377"));
        QCOMPARE(str(e.slug), QStringLiteral("highest-temperature-in-nyc-on-january-26"));
        QCOMPARE(str(e.title), QStringLiteral("Highest temperature in NYC on January 26?"));
        QVERIFY(e.active && !e.closed && !e.isAugmented());
        QCOMPARE(e.markets.size(), std::size_t(3));
        QCOMPARE(str(e.markets[1].conditionId),
                 QStringLiteral(
                         "0x35c268a9ba1b27115c9b42415a667177d9959310d2c9b3131bca9e7942a13f3a"));
        QCOMPARE(str(e.markets[2].slug),
                 QStringLiteral("highest-temperature-in-nyc-on-january-26-28-29f"));
        QVERIFY(e.markets[0].tokens.empty());
        QCOMPARE(str(e.markets[0].eventId), QStringLiteral("185377"));
        QCOMPARE(e.markets[0].tickSize, dec("0.01")); // defaults when absent
        QCOMPARE(e.markets[0].minOrderSize, dec("5"));
        QVERIFY(!e.markets[0].isTradable());
        QCOMPARE(raw.size(), std::size_t(1));
        QCOMPARE(raw[0].front(), '{');
        QCOMPARE(raw[0].back(), '}');
    }

    void restEventsList()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/rest-2024/events_list.json", bytes);
        GammaParser parser;
        std::vector<Error> warnings;
        std::vector<std::string_view> raw;
        const auto events = parser.parseEvents(view(bytes), &warnings, &raw);
        QVERIFY(events.ok());
        QVERIFY(warnings.empty());
        QCOMPARE(events->size(), std::size_t(3));
        QCOMPARE(str((*events)[0].id), QStringLiteral("2890"));
        QCOMPARE(str((*events)[2].id), QStringLiteral("2892"));
        QCOMPARE(str((*events)[1].title),
                 QStringLiteral("NFL: Will the Falcons beat the Panthers?"));
        QCOMPARE(str((*events)[2].markets.at(0).conditionId),
                 QStringLiteral(
                         "0x6c11c9bd1f87bde6bf11c380b63298a57d682ae7902b3d0d94656dd9ff0b483e"));
        QCOMPARE(raw.size(), std::size_t(3));
        QVERIFY(raw[1].find("\"id\": \"2891\"") != std::string_view::npos);
        // Each raw element parses on its own to the same event.
        GammaParser again;
        const auto single = again.parseEvents(raw[2], nullptr);
        QVERIFY(single.ok());
        QCOMPARE(str(single->front().slug), QStringLiteral("nfl-49ers-vs-packers"));
    }

    void restMarketBySlugWithPlainArrays()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/rest-2024/market_slug.json", bytes);
        GammaParser parser;
        std::vector<Error> warnings;
        const auto markets = parser.parseMarkets(view(bytes), &warnings);
        QVERIFY(markets.ok());
        QVERIFY(warnings.empty());
        const Market& m = markets->front();
        QCOMPARE(str(m.id), QStringLiteral("519589"));
        QCOMPARE(str(m.question), QStringLiteral("Kamala Harris divorce in 2025?"));
        QCOMPARE(m.liquidity, dec("9384.9344"));
        QCOMPARE(m.volume, dec("101887.832649"));
        QCOMPARE(m.tokens.size(), std::size_t(2));
        QVERIFY(m.tokens[0].outcome.empty()); // no outcomes in this reduced payload
        QCOMPARE(str(m.yesTokenId().value()),
                 QStringLiteral("417312455047771624525608875311706052638328329987979399510711985539"
                                "74989813715"));
    }

    void restMarketsList()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/rest-2024/markets_list.json", bytes);
        GammaParser parser;
        std::vector<Error> warnings;
        const auto markets = parser.parseMarkets(view(bytes), &warnings);
        QVERIFY(markets.ok());
        QVERIFY(warnings.empty());
        QCOMPARE(markets->size(), std::size_t(3));
        QCOMPARE(str((*markets)[0].questionId), QStringLiteral("0x12345"));
        QCOMPARE(str((*markets)[1].slug), QStringLiteral("btc-price-above-100k"));
        QCOMPARE(str((*markets)[1].tokens[1].tokenId),
                 QStringLiteral("987654321098765432109876543210987654321098765432109876543210987654"
                                "32109876543"));
        QVERIFY(!(*markets)[2].active && (*markets)[2].closed);
    }

    // --- bad input ---------------------------------------------------------------------------

    void rejectsBadDocuments_data() { addBadDocumentRows(); }

    void rejectsBadDocuments()
    {
        QFETCH(QByteArray, json);
        QFETCH(ErrorCode, code);
        GammaParser parser;
        std::vector<Error> warnings;
        const auto events = parser.parseEvents(view(json), &warnings);
        QVERIFY(!events.ok());
        QCOMPARE(events.error().code, code);
        QVERIFY(!events.error().detail.empty());
    }

    void skipsBadEvents()
    {
        const QByteArray json = kBadEvents;
        GammaParser parser;
        std::vector<Error> warnings;
        std::vector<std::string_view> raw;
        const auto events = parser.parseEvents(view(json), &warnings, &raw);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), std::size_t(1));
        QCOMPARE(str(events->front().id), QStringLiteral("5")); // integer id accepted
        QCOMPARE(raw.size(), std::size_t(1));
        QVERIFY(raw[0].find("\"ok\"") != std::string_view::npos);
        QCOMPARE(warnings.size(), std::size_t(4));
        QCOMPARE(warnings[0].code, ErrorCode::MissingField);
        QVERIFY(warnings[0].detail.find("event #0") != std::string::npos);
        QCOMPARE(warnings[1].code, ErrorCode::InvalidFormat);
        QVERIFY(warnings[1].detail.find("event #1") != std::string::npos);
        QVERIFY(warnings[2].detail.find("event 3: field 'markets'") != std::string::npos);
        QCOMPARE(warnings[3].code, ErrorCode::OutOfRange);
        QVERIFY(warnings[3].detail.find("negRiskFeeBips") != std::string::npos);
    }

    void integerBeyond64BitsLosesOnlyItsElement()
    {
        // simdjson 3.0 refuses the whole document for such a number; the parser then falls back
        // to parsing the (structurally intact) array element by element.
        const QByteArray events =
                QByteArray("[{\"id\":\"1\",\"negRiskFeeBips\":123456789012345678901234567890},"
                           "{\"id\":\"2\",\"markets\":[")
                + nestedQuotes(kGoodMarket) + "]}]";
        GammaParser parser;
        std::vector<Error> warnings;
        std::vector<std::string_view> raw;
        const auto parsed = parser.parseEvents(view(events), &warnings, &raw);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().detail.c_str());
        QCOMPARE(parsed->size(), std::size_t(1));
        QCOMPARE(str(parsed->front().id), QStringLiteral("2"));
        QCOMPARE(parsed->front().markets.size(), std::size_t(1));
        QCOMPARE(raw.size(), std::size_t(1));
        QCOMPARE(raw[0].substr(0, 10), std::string_view("{\"id\":\"2\","));
        QCOMPARE(warnings.size(), std::size_t(1));
        QVERIFY2(str(warnings[0].detail)
                         .startsWith(QStringLiteral("event #0: payload is not valid JSON")),
                 warnings[0].detail.c_str());

        const QByteArray markets = QByteArray("[{\"conditionId\":\"0x1\",\"orderMinSize\":"
                                              "123456789012345678901234567890},")
                                   + nestedQuotes(kGoodMarket) + "]";
        warnings.clear();
        const auto parsedMarkets = parser.parseMarkets(view(markets), &warnings);
        QVERIFY(parsedMarkets.ok());
        QCOMPARE(parsedMarkets->size(), std::size_t(1));
        QCOMPARE(str(parsedMarkets->front().conditionId), QStringLiteral("0xgood"));
        QCOMPARE(warnings.size(), std::size_t(1));
        QVERIFY(warnings[0].detail.find("market #0") != std::string::npos);
        // Truncated input stays a document error: there is no intact array to fall back on.
        QVERIFY(!parser.parseEvents("[{\"id\":\"1\",\"x\":123456789012345678901234567890}", nullptr)
                         .ok());
    }

    void marketsArrayKeepsGoodOnes()
    {
        const QByteArray json = QByteArray(kBadTickMarket) + nestedQuotes(kGoodMarket) + "]";
        GammaParser parser;
        std::vector<Error> warnings;
        const auto markets = parser.parseMarkets(view(json), &warnings);
        QVERIFY(markets.ok());
        QCOMPARE(markets->size(), std::size_t(1));
        QCOMPARE(warnings.size(), std::size_t(1));
        QVERIFY(warnings[0].detail.find("market 1: field 'orderPriceMinTickSize'")
                != std::string::npos);
        QVERIFY(!parser.parseMarkets("[1,", &warnings).ok());
        QCOMPARE(parser.parseMarkets("{\"id\":\"1\"}", nullptr).error().code,
                 ErrorCode::MissingField);
        QVERIFY(parser.parseMarkets("[]", nullptr)->empty());
    }

    void parserIsReusable()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/gamma/gamma_event.json", bytes);
        GammaParser parser;
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!parser.parseEvents("[{", nullptr).ok());
            const auto events = parser.parseEvents(view(bytes), nullptr);
            QVERIFY(events.ok());
            QCOMPARE(events->front().markets.size(), std::size_t(2));
        }
    }
};

QTEST_APPLESS_MAIN(TestGammaParser)
#include "tst_gammaparser.moc"
