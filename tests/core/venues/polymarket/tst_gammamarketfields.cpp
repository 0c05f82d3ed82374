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

void addBadMarketRows()
{
    QTest::addColumn<QByteArray>("market");
    QTest::addColumn<bool>("kept");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("needle");
    const auto row = [](const char* name, const char* market, bool kept, ErrorCode code,
                        const char* needle) {
        QTest::newRow(name) << nestedQuotes(market) << kept << code << QString::fromUtf8(needle);
    };
    row("no condition id", R"({"id":"1"})", false, ErrorCode::MissingField, "'conditionId'");
    row("token/outcome mismatch",
        R"({"id":"1","conditionId":"0x1","outcomes":"['Yes','No']","clobTokenIds":"['1','2','3']"})",
        false, ErrorCode::InvalidFormat, "3 token ids for 2 outcomes");
    row("tick size abc", R"({"id":"1","conditionId":"0x1","orderPriceMinTickSize":"abc"})", false,
        ErrorCode::InvalidFormat, "'orderPriceMinTickSize': 'abc'");
    row("tick size zero", R"({"id":"1","conditionId":"0x1","orderPriceMinTickSize":0})", false,
        ErrorCode::OutOfRange, "orderPriceMinTickSize");
    row("tick size huge string",
        R"({"id":"1","conditionId":"0x1","orderPriceMinTickSize":"99999999999999999999"})", false,
        ErrorCode::OutOfRange, "orderPriceMinTickSize");
    row("min size negative", R"({"id":"1","conditionId":"0x1","orderMinSize":-5})", false,
        ErrorCode::OutOfRange, "orderMinSize");
    row("min size huge number", R"({"id":"1","conditionId":"0x1","orderMinSize":1e300})", false,
        ErrorCode::OutOfRange, "orderMinSize");
    row("min size huge integer",
        R"({"id":"1","conditionId":"0x1","orderMinSize":18446744073709551615})", false,
        ErrorCode::OutOfRange, "orderMinSize");
    row("tick size nan-like string",
        R"({"id":"1","conditionId":"0x1","orderPriceMinTickSize":"NaN"})", false,
        ErrorCode::InvalidFormat, "orderPriceMinTickSize");
    row("malformed nested token ids", R"({"id":"1","conditionId":"0x1","clobTokenIds":"['123', "})",
        false, ErrorCode::InvalidFormat, "malformed JSON-encoded array");
    row("nested object not array", R"({"id":"1","conditionId":"0x1","outcomes":"{'a':1}"})", false,
        ErrorCode::InvalidFormat, "'outcomes'");
    row("nested number items", R"({"id":"1","conditionId":"0x1","clobTokenIds":"[1, 2]"})", false,
        ErrorCode::InvalidFormat, "not a string");
    row("token id not digits", R"({"id":"1","conditionId":"0x1","clobTokenIds":["12a","34"]})",
        false, ErrorCode::InvalidFormat, "not a decimal integer");
    row("token id too long",
        R"({"id":"1","conditionId":"0x1","clobTokenIds":["1234567890123456789012345678901234567890123456789012345678901234567890123456789"]})",
        false, ErrorCode::InvalidFormat, "longer than 78");
    row("flag wrong type", R"({"id":"1","conditionId":"0x1","active":"yes"})", false,
        ErrorCode::InvalidFormat, "'active'");
    row("malformed uma statuses",
        R"({"id":"1","conditionId":"0x1","umaResolutionStatuses":"[proposed]"})", false,
        ErrorCode::InvalidFormat, "umaResolutionStatuses");
    row("fee rate junk",
        R"({"id":"1","conditionId":"0x1","feeSchedule":{"rate":"x","exponent":1}})", false,
        ErrorCode::InvalidFormat, "feeSchedule: field 'rate'");
    row("fee rate above one",
        R"({"id":"1","conditionId":"0x1","feeSchedule":{"rate":2,"exponent":1}})", false,
        ErrorCode::OutOfRange, "fee rate 2");
    row("fee without exponent", R"({"id":"1","conditionId":"0x1","feeSchedule":{"rate":0.03}})",
        false, ErrorCode::MissingField, "'exponent'");
    row("maker fee above 10000", R"({"id":"1","conditionId":"0x1","makerBaseFee":20000})", false,
        ErrorCode::OutOfRange, "makerBaseFee");
    row("taker fee beyond int64",
        R"({"id":"1","conditionId":"0x1","takerBaseFee":18446744073709551615})", false,
        ErrorCode::OutOfRange, "takerBaseFee");
    row("market not an object", R"("0x1")", false, ErrorCode::InvalidFormat, "expected an object");
    // Informational problems: the market is kept, the field falls back, a warning says why.
    row("negative liquidity", R"({"id":"1","conditionId":"0x1","liquidity":"-5"})", true,
        ErrorCode::OutOfRange, "'liquidity': negative amount");
    row("huge liquidity", R"({"id":"1","conditionId":"0x1","liquidity":1e30})", true,
        ErrorCode::OutOfRange, "'liquidity'");
    row("volume junk", R"({"id":"1","conditionId":"0x1","volume":"lots"})", true,
        ErrorCode::InvalidFormat, "'volume'");
    row("outcome price above one",
        R"({"id":"1","conditionId":"0x1","outcomes":["Yes","No"],"clobTokenIds":["1","2"],"outcomePrices":"['1.5', '-0.5']"})",
        true, ErrorCode::OutOfRange, "outcomePrices[0]");
    row("outcome prices malformed",
        R"({"id":"1","conditionId":"0x1","clobTokenIds":["1","2"],"outcomePrices":"['0.5'"})", true,
        ErrorCode::InvalidFormat, "outcomePrices");
    row("outcome prices count",
        R"({"id":"1","conditionId":"0x1","clobTokenIds":["1","2"],"outcomePrices":["0.5"]})", true,
        ErrorCode::InvalidFormat, "1 prices for 2 tokens");
    row("best bid outside", R"({"id":"1","conditionId":"0x1","bestBid":3})", true,
        ErrorCode::OutOfRange, "'bestBid'");
    row("bad end date", R"({"id":"1","conditionId":"0x1","endDate":"soon"})", true,
        ErrorCode::InvalidFormat, "'endDate': unrecognised time");
    row("all token ids empty", R"({"id":"1","conditionId":"0x1","clobTokenIds":["",""]})", true,
        ErrorCode::MissingField, "clobTokenIds");
}

} // namespace

/// The per-field rules for Gamma markets: which problems drop a market (ids, tokens, tick size,
/// fees, flags) and which only warn (liquidity, volume, cached prices, dates) - each with a
/// specific error naming the event, market, field and value, while the neighbour survives.
class TestGammaMarketFields : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reportsBadMarkets_data() { addBadMarketRows(); }

    void reportsBadMarkets()
    {
        QFETCH(QByteArray, market);
        QFETCH(bool, kept);
        QFETCH(ErrorCode, code);
        QFETCH(QString, needle);
        const QByteArray json =
                "[{\"id\":\"9\",\"markets\":[" + market + "," + nestedQuotes(kGoodMarket) + "]}]";
        GammaParser parser;
        std::vector<Error> warnings;
        const auto events = parser.parseEvents(view(json), &warnings);
        QVERIFY2(events.ok(), events.ok() ? "" : events.error().detail.c_str());
        QCOMPARE(events->size(), std::size_t(1));
        const Event& event = events->front();
        QCOMPARE(event.markets.size(), std::size_t(kept ? 2 : 1));
        const Market& good = event.markets.back();
        QCOMPARE(str(good.conditionId), QStringLiteral("0xgood"));
        QCOMPARE(good.tokens.size(), std::size_t(2));
        QVERIFY(good.isTradable());
        QVERIFY2(!warnings.empty(), "expected a warning");
        QCOMPARE(warnings.front().code, code);
        QVERIFY2(str(warnings.front().detail).contains(needle), warnings.front().detail.c_str());
        QVERIFY2(str(warnings.front().detail).startsWith(QStringLiteral("event 9 market")),
                 warnings.front().detail.c_str());
        if (kept) {
            const Market& first = event.markets.front();
            QVERIFY(first.liquidity.isZero());
            QVERIFY(!first.bestBid);
            QVERIFY(std::all_of(first.tokens.begin(), first.tokens.end(),
                                [](const polaris::Token& t) { return !t.price; }));
        }
    }
};

QTEST_APPLESS_MAIN(TestGammaMarketFields)
#include "tst_gammamarketfields.moc"
