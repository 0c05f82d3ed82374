#include "core/venues/polymarket/MarketMessageParser.h"
#include "tests/support/SharedFixtures.h"

#include <QTest>

#include <atomic>
#include <cstdlib>
#include <new>
#include <string>

// Counts heap allocations so the test can prove the steady-state parse does not allocate.
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

Q_DECLARE_METATYPE(polaris::ErrorCode)

namespace {

Decimal dec(const char* text)
{
    return Decimal::parse(text).value();
}

std::string_view view(const QByteArray& bytes)
{
    return std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

const std::string kAssetA =
        "71321045679252212594626385532706912750332728571942532289631379312455583992563";
const std::string kMarketA = "0x5f65177b394277fd294cd75650044e32ba009a95022d88a0c1d565897d72f8f1";

/// The current price_change schema, shaped like the spec example (§5.2).
std::string currentPriceChange(const std::string& price, const std::string& size)
{
    return "{\"event_type\":\"price_change\",\"market\":\"" + kMarketA
           + "\",\"price_changes\":[{\"asset_id\":\"" + kAssetA + "\",\"price\":\"" + price
           + "\",\"size\":\"" + size
           + "\",\"side\":\"BUY\",\"hash\":\"56621a121a47ed9333273e21c83b660cff37ae50\",\"best_"
             "bid\":\"0.5\",\"best_ask\":\"1\"}],"
           + "\"timestamp\":\"1757908892351\"}";
}

} // namespace

/// MarketMessageParser: market-channel frames (real 2024 captures and the spec's examples).
class TestMarketMessageParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesBookFixture()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/book.json", bytes);
        MarketMessageParser parser;
        MarketFrame frame;
        QVERIFY(parser.parse(view(bytes), frame));
        QCOMPARE(frame.events().size(), std::size_t(1));
        QCOMPARE(frame.events()[0].type, MarketEventType::Book);
        const BookMessage& book = frame.book(frame.events()[0]);
        QCOMPARE(book.assetId, std::string_view("48331043336612883890938759509493159234755048973500"
                                                "640148014422747788308965732"));
        QCOMPARE(book.market,
                 std::string_view(
                         "0xdd22472e552920b8438158ea7238bfadfa4f736aa4cee91a6b86c39ead110917"));
        QCOMPARE(book.hash, std::string_view("655a38d4977427b086c25b985993691b753ed166"));
        QCOMPARE(book.timestampMs, std::int64_t(1728799418260));
        QCOMPARE(book.bids.size(), std::size_t(76));
        QCOMPARE(book.asks.size(), std::size_t(86));
        QCOMPARE(book.bids.back().price, dec("0.511"));
        QCOMPARE(book.asks.back().price, dec("0.514"));
        QCOMPARE(book.asks.back().size, dec("20230.87"));
        QVERIFY(!book.tickSize);
    }

    void parsesFlatPriceChangeFixture()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/price_change.json", bytes);
        MarketMessageParser parser;
        MarketFrame frame;
        QVERIFY(parser.parse(view(bytes), frame));
        QCOMPARE(frame.priceChanges().size(), std::size_t(1));
        const PriceChangeMessage& message = frame.priceChanges()[0];
        QCOMPARE(message.schema, PriceChangeSchema::Flat);
        QCOMPARE(message.market,
                 std::string_view(
                         "0xdd22472e552920b8438158ea7238bfadfa4f736aa4cee91a6b86c39ead110917"));
        QCOMPARE(message.timestampMs, std::int64_t(1723967931411));
        QCOMPARE(message.changes.size(), std::size_t(1));
        const PriceChange& change = message.changes[0];
        QCOMPARE(change.assetId, std::string_view("483310433366128838909387595094931592347550489735"
                                                  "00640148014422747788308965732"));
        QCOMPARE(change.change.side, BookSide::Ask);
        QCOMPARE(change.change.price, dec("0.514"));
        QCOMPARE(change.change.size, dec("21574.08"));
        QCOMPARE(change.hash, std::string_view("bf32b3746fff40c76c98021b7f3f07261169dd26"));
        QVERIFY(!change.bestBid && !change.bestAsk);
    }

    void parsesCurrentPriceChangeFixture()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/price_change_v2.json", bytes);
        MarketMessageParser parser;
        MarketFrame frame;
        QVERIFY(parser.parse(view(bytes), frame));
        QCOMPARE(frame.priceChanges().size(), std::size_t(1));
        const PriceChangeMessage& message = frame.priceChanges()[0];
        QCOMPARE(message.schema, PriceChangeSchema::Current);
        QCOMPARE(message.market, std::string_view(kMarketA));
        QCOMPARE(message.timestampMs, std::int64_t(1729084877448));
        QCOMPARE(message.changes.size(), std::size_t(3));
        const std::string_view asset =
                "52114319501245915516055106046884209969926127482827954674443846427813813222426";
        for (const PriceChange& change : message.changes) {
            QCOMPARE(change.assetId, asset);
            QCOMPARE(change.change.side, BookSide::Bid);
            QCOMPARE(change.bestBid, std::optional(dec("0.6")));
            QCOMPARE(change.bestAsk, std::optional(dec("0.7")));
        }
        QCOMPARE(message.changes[0].change.price, dec("0.6"));
        QCOMPARE(message.changes[0].change.size, dec("3300"));
        QCOMPARE(message.changes[1].change.price, dec("0.5"));
        QCOMPARE(message.changes[1].hash,
                 std::string_view("af32b3746fff40c76c98021b7f3f07261169dd27"));
        QCOMPARE(message.changes[2].change.price, dec("0.7"));
        QCOMPARE(message.changes[2].change.size, dec("3400"));
        QCOMPARE(message.changes[2].hash,
                 std::string_view("cf32b3746fff40c76c98021b7f3f07261169dd28"));
    }

    void parsesTickSizeChangeFixture()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/tick_size_change.json", bytes);
        MarketMessageParser parser;
        MarketFrame frame;
        QVERIFY(parser.parse(view(bytes), frame));
        QCOMPARE(frame.tickSizeChanges().size(), std::size_t(1));
        const TickSizeChangeMessage& message = frame.tickSizeChanges()[0];
        QCOMPARE(message.assetId, std::string_view("11547406386376412695883776971973646127261949198"
                                                   "0773624567012766320777398670353"));
        QCOMPARE(message.market,
                 std::string_view(
                         "0xbacdf04bf7f22a670dc4fb408878ec56b76f9934599829455b9371693ba84b8b"));
        QCOMPARE(message.newTickSize, dec("0.001"));
        QCOMPARE(message.oldTickSize, std::optional(dec("0.01")));
        QCOMPARE(message.timestampMs, std::int64_t(1739068041853));
    }

    void parsesLastTradePriceFixture()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/last_trade_price.json", bytes);
        MarketMessageParser parser;
        MarketFrame frame;
        QVERIFY(parser.parse(view(bytes), frame));
        QCOMPARE(frame.lastTradePrices().size(), std::size_t(1));
        const LastTradePriceMessage& message = frame.lastTradePrices()[0];
        QCOMPARE(message.assetId, std::string_view("21742633143463906290569050155826241533067272736"
                                                   "897614950488156847949938836455"));
        QCOMPARE(message.market,
                 std::string_view(
                         "0xdd22472e552920b8438158ea7238bfadfa4f736aa4cee91a6b86c39ead110917"));
        QCOMPARE(message.price, dec("0.491"));
        QCOMPARE(message.size, std::optional(dec("85.36")));
        QCOMPARE(message.side, std::optional(TradeSide::Sell));
        QCOMPARE(message.feeRateBps, std::optional(dec("0")));
        QCOMPARE(message.timestampMs, std::int64_t(1724564136087));
    }

    void parsesLegacyChangesSchema()
    {
        const std::string frameText =
                "{\"asset_id\":\"" + kAssetA
                + "\",\"changes\":[{\"price\":\"0.4\",\"side\":\"SELL\",\"size\":\"3300\"},"
                  "{\"price\":\"0.39\",\"side\":\"BUY\",\"size\":\"0\"}],\"event_type\":\"price_"
                  "change\","
                  "\"market\":\""
                + kMarketA
                + "\",\"timestamp\":\"1729084877448\",\"hash\":"
                  "\"3cd4d61e042c81560c9037ece0c61f3b1a8fbbdd\"}";
        MarketMessageParser parser;
        MarketFrame frame;
        QVERIFY(parser.parse(frameText, frame));
        const PriceChangeMessage& message = frame.priceChanges()[0];
        QCOMPARE(message.schema, PriceChangeSchema::Changes);
        QCOMPARE(message.timestampMs, std::int64_t(1729084877448));
        QCOMPARE(message.changes.size(), std::size_t(2));
        QCOMPARE(message.changes[0].assetId, std::string_view(kAssetA));
        QCOMPARE(message.changes[0].hash,
                 std::string_view("3cd4d61e042c81560c9037ece0c61f3b1a8fbbdd"));
        QCOMPARE(message.changes[0].change.side, BookSide::Ask);
        QCOMPARE(message.changes[0].change.price, dec("0.4"));
        QCOMPARE(message.changes[1].assetId, std::string_view(kAssetA));
        QCOMPARE(message.changes[1].change.side, BookSide::Bid);
        QVERIFY(message.changes[1].change.size.isZero());
    }

    void parsesCurrentSchemaSpecExample()
    {
        MarketMessageParser parser;
        MarketFrame frame;
        QVERIFY(parser.parse(currentPriceChange("0.5", "200"), frame));
        const PriceChange& change = frame.priceChanges()[0].changes[0];
        QCOMPARE(change.assetId, std::string_view(kAssetA));
        QCOMPARE(change.change.price, dec("0.5"));
        QCOMPARE(change.change.size, dec("200"));
        QCOMPARE(change.bestBid, std::optional(dec("0.5")));
        QCOMPARE(change.bestAsk, std::optional(dec("1"))); // "1" = empty ask side
    }

    void parsesBestBidAsk()
    {
        const char* text =
                "{\"event_type\":\"best_bid_ask\","
                "\"market\":\"0x0005c0d312de0be897668695bae9f32b624b4a1ae8b140c49f08447fcc74f442\","
                "\"asset_id\":"
                "\"85354956062430465315924116860125388538595433819574542752031640332592237464430\","
                "\"best_bid\":\"0.73\",\"best_ask\":\"0.77\",\"spread\":\"0.04\",\"timestamp\":"
                "\"1766789469958\"}";
        MarketMessageParser parser;
        MarketFrame frame;
        QVERIFY(parser.parse(text, frame));
        const BestBidAskMessage& message = frame.bestBidAsks()[0];
        QCOMPARE(message.market,
                 std::string_view(
                         "0x0005c0d312de0be897668695bae9f32b624b4a1ae8b140c49f08447fcc74f442"));
        QCOMPARE(message.assetId.size(), std::size_t(77));
        QCOMPARE(message.bestBid, std::optional(dec("0.73")));
        QCOMPARE(message.bestAsk, std::optional(dec("0.77")));
        QCOMPARE(message.spread, std::optional(dec("0.04")));
        QCOMPARE(message.timestampMs, std::int64_t(1766789469958));
    }

    void parsesNewMarket()
    {
        const char* text =
                "{\"event_type\":\"new_market\",\"id\":\"1031769\",\"question\":"
                "\"Will \\\"X\\\" happen?\","
                "\"market\":\"0x311d0c4b6671ab54af4970c06fcf58662516f5168997bdda209ec3db5aa6b0c1\","
                "\"slug\":\"will-x-happen\","
                "\"description\":\"line1\\nline2\","
                "\"assets_ids\":[\"111\",\"222\"],"
                "\"outcomes\":[\"Yes\",\"No\"],\"event_message\":{\"id\":\"77\",\"ticker\":\"x\","
                "\"slug\":\"x-event\","
                "\"title\":\"X "
                "event\",\"description\":\"\"},\"timestamp\":\"1766790000000\",\"tags\":["
                "\"stocks\",{\"id\":1}],"
                "\"condition_id\":"
                "\"0x311d0c4b6671ab54af4970c06fcf58662516f5168997bdda209ec3db5aa6b0c1\","
                "\"active\":true,\"clob_token_ids\":[\"111\",\"222\"],\"sports_market_type\":null,"
                "\"line\":null,"
                "\"game_start_time\":null,\"order_price_min_tick_size\":0.001,\"group_item_title\":"
                "\"X\"}";
        MarketMessageParser parser;
        MarketFrame frame;
        QVERIFY2(parser.parse(text, frame),
                 frame.errors().empty() ? "" : frame.errors()[0].detail.c_str());
        const NewMarketMessage& message = frame.newMarkets()[0];
        QCOMPARE(message.id, std::string_view("1031769"));
        QCOMPARE(message.question, std::string_view("Will \"X\" happen?"));
        QCOMPARE(message.description, std::string_view("line1\nline2"));
        QCOMPARE(message.slug, std::string_view("will-x-happen"));
        QCOMPARE(message.market, message.conditionId);
        QCOMPARE(message.assetsIds.size(), std::size_t(2));
        QCOMPARE(message.assetsIds[1], std::string_view("222"));
        QCOMPARE(message.outcomes[0], std::string_view("Yes"));
        QCOMPARE(message.eventId, std::string_view("77"));
        QCOMPARE(message.eventSlug, std::string_view("x-event"));
        QCOMPARE(message.eventTitle, std::string_view("X event"));
        QCOMPARE(message.tags.size(), std::size_t(1)); // non-string tags are skipped
        QCOMPARE(message.tickSize, std::optional(dec("0.001")));
        QCOMPARE(message.active, std::optional(true));
        QCOMPARE(message.groupItemTitle, std::string_view("X"));
        QCOMPARE(message.timestampMs, std::int64_t(1766790000000));
    }

    void parsesMarketResolved()
    {
        const char* text =
                "{\"event_type\":\"market_resolved\",\"id\":\"1031769\","
                "\"market\":\"0x311d0c4b6671ab54af4970c06fcf58662516f5168997bdda209ec3db5aa6b0c1\","
                "\"assets_ids\":["
                "\"76043073756653678226373981964075571318267289248134717369284518995922789326425\","
                "\"999\"],"
                "\"winning_asset_id\":"
                "\"76043073756653678226373981964075571318267289248134717369284518995922789326425\","
                "\"winning_outcome\":\"Yes\",\"timestamp\":\"1766790415550\",\"tags\":[\"stocks\"]"
                "}";
        MarketMessageParser parser;
        MarketFrame frame;
        QVERIFY(parser.parse(text, frame));
        const MarketResolvedMessage& message = frame.marketResolutions()[0];
        QCOMPARE(message.id, std::string_view("1031769"));
        QCOMPARE(message.assetsIds.size(), std::size_t(2));
        QCOMPARE(message.winningAssetId, message.assetsIds[0]);
        QCOMPARE(message.winningOutcome, std::string_view("Yes"));
        QCOMPARE(message.tags[0], std::string_view("stocks"));
        QCOMPARE(message.timestampMs, std::int64_t(1766790415550));
    }

    void parsesArrayOfEventsInOrder()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/book.json", book);
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/last_trade_price.json", trade);
        const QByteArray text = "[" + book + ","
                                + QByteArray::fromStdString(currentPriceChange("0.45", "10")) + ","
                                + trade + "," + book + "]";
        MarketMessageParser parser;
        MarketFrame frame;
        QVERIFY(parser.parse(view(text), frame));
        QCOMPARE(frame.events().size(), std::size_t(4));
        QCOMPARE(frame.events()[0].type, MarketEventType::Book);
        QCOMPARE(frame.events()[1].type, MarketEventType::PriceChange);
        QCOMPARE(frame.events()[2].type, MarketEventType::LastTradePrice);
        QCOMPARE(frame.events()[3].type, MarketEventType::Book);
        QCOMPARE(frame.events()[3].index, 1u);
        QCOMPARE(frame.books().size(), std::size_t(2));
        QCOMPARE(frame.book(frame.events()[3]).asks.size(), std::size_t(86));
        QCOMPARE(frame.priceChange(frame.events()[1]).changes[0].change.price, dec("0.45"));
    }

    void ignoresPong()
    {
        MarketMessageParser parser;
        MarketFrame frame;
        QVERIFY(parser.parse("PONG", frame));
        QVERIFY(frame.empty());
        QVERIFY(parser.parse(" PONG\n", frame));
        QVERIFY(frame.empty());
        QVERIFY(parser.parse("[]", frame));
        QVERIFY(frame.empty());
    }

    void reportsBadElementsAndKeepsGoodOnes_data()
    {
        QTest::addColumn<QByteArray>("element");
        QTest::addColumn<polaris::ErrorCode>("code");
        QTest::addColumn<QByteArray>("mentions");
        const auto change = [](const char* fields) {
            return QByteArray("{\"event_type\":\"price_change\",\"market\":\"m\",\"timestamp\":"
                              "\"1\",\"price_changes\":[{")
                   + fields + "}]}";
        };
        QTest::newRow("unknown event_type")
                << QByteArray("{\"event_type\":\"order\",\"asset_id\":\"1\"}")
                << ErrorCode::UnknownMessage << QByteArray("unknown event_type 'order'");
        QTest::newRow("no event_type")
                << QByteArray("{\"asset_id\":\"1\"}") << ErrorCode::MissingField
                << QByteArray("event_type missing");
        QTest::newRow("missing price")
                << change("\"asset_id\":\"5\",\"side\":\"BUY\",\"size\":\"1\"")
                << ErrorCode::MissingField << QByteArray("price missing");
        QTest::newRow("missing asset")
                << change("\"price\":\"0.5\",\"side\":\"BUY\",\"size\":\"1\"")
                << ErrorCode::MissingField << QByteArray("asset_id missing");
        QTest::newRow("bad number")
                << change("\"asset_id\":\"5\",\"price\":\"abc\",\"side\":\"BUY\",\"size\":\"1\"")
                << ErrorCode::InvalidFormat << QByteArray("price_changes[0].price: 'abc'");
        QTest::newRow("over precise") << change(
                "\"asset_id\":\"5\",\"price\":\"0.5\",\"side\":\"BUY\",\"size\":\"0.0000001\"")
                                      << ErrorCode::OverPrecise << QByteArray("size");
        QTest::newRow("price 1.2")
                << change("\"asset_id\":\"5\",\"price\":\"1.2\",\"side\":\"BUY\",\"size\":\"1\"")
                << ErrorCode::OutOfRange << QByteArray("outside (0,1)");
        QTest::newRow("bad side") << change(
                "\"asset_id\":\"5\",\"price\":\"0.5\",\"side\":\"HOLD\",\"size\":\"1\"")
                                  << ErrorCode::InvalidFormat << QByteArray("HOLD");
        QTest::newRow("flat missing size")
                << QByteArray("{\"event_type\":\"price_change\",\"asset_id\":\"5\",\"price\":\"0."
                              "5\",\"side\":\"BUY\"}")
                << ErrorCode::MissingField << QByteArray("size missing");
        QTest::newRow("book missing bids") << QByteArray(
                "{\"event_type\":\"book\",\"asset_id\":\"5\",\"asks\":[],\"timestamp\":\"1\"}")
                                           << ErrorCode::MissingField
                                           << QByteArray("(asset_id 5): bids missing");
        QTest::newRow("tick missing new")
                << QByteArray("{\"event_type\":\"tick_size_change\",\"asset_id\":\"5\",\"old_tick_"
                              "size\":\"0.01\"}")
                << ErrorCode::MissingField << QByteArray("new_tick_size missing");
        QTest::newRow("resolved missing winner") << QByteArray(
                "{\"event_type\":\"market_resolved\",\"market\":\"0x1\",\"assets_ids\":[]}")
                                                 << ErrorCode::MissingField
                                                 << QByteArray("winning_asset_id missing");
        QTest::newRow("event not object")
                << QByteArray("42") << ErrorCode::InvalidFormat << QByteArray("event #1");
    }
    void reportsBadElementsAndKeepsGoodOnes()
    {
        QFETCH(QByteArray, element);
        QFETCH(ErrorCode, code);
        QFETCH(QByteArray, mentions);
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/tick_size_change.json", good);
        const QByteArray text = "[" + good + "," + element + "," + good + "]";
        MarketMessageParser parser;
        MarketFrame frame;
        QVERIFY(!parser.parse(view(text), frame));
        QCOMPARE(frame.errors().size(), std::size_t(1));
        QCOMPARE(frame.errors()[0].code, code);
        const std::string& detail = frame.errors()[0].detail;
        QVERIFY2(detail.find(mentions.toStdString()) != std::string::npos, detail.c_str());
        QVERIFY2(detail.find("event #1") != std::string::npos, detail.c_str());
        QCOMPARE(frame.events().size(), std::size_t(2));
        QCOMPARE(frame.tickSizeChanges().size(), std::size_t(2));
        QCOMPARE(frame.tickSizeChanges()[1].newTickSize, dec("0.001"));

        // The same element alone.
        QVERIFY(!parser.parse(view(element), frame));
        QCOMPARE(frame.errors().size(), std::size_t(1));
        QCOMPARE(frame.errors()[0].code, code);
        QVERIFY(frame.events().empty());
    }

    void rejectsTruncatedFrames()
    {
        MarketMessageParser parser;
        MarketFrame frame;
        const char* cutInLevels =
                "{\"event_type\":\"book\",\"asset_id\":\"1\",\"bids\":[{\"price\":\"0.5\"";
        QVERIFY(!parser.parse(cutInLevels, frame));
        QCOMPARE(frame.errors().size(), std::size_t(1));
        QCOMPARE(frame.errors()[0].code, ErrorCode::InvalidFormat);
        QVERIFY(frame.events().empty());

        const char* cutInString = "{\"event_type\":\"book\",\"asset_id\":\"1";
        QVERIFY(!parser.parse(cutInString, frame));
        QCOMPARE(frame.errors()[0].code, ErrorCode::InvalidFormat);

        // An array cut inside its second event: simdjson finds the document unbalanced before
        // the first element, so the whole frame is rejected.
        const std::string text =
                "[" + currentPriceChange("0.5", "1") + ",{\"event_type\":\"price_change\",\"mar";
        QVERIFY(!parser.parse(text, frame));
        QCOMPARE(frame.errors().size(), std::size_t(1));
        QCOMPARE(frame.errors()[0].code, ErrorCode::InvalidFormat);
        QVERIFY(frame.events().empty());
    }

    void rejectsOversizedFrames()
    {
        MarketMessageParser parser(1000);
        QCOMPARE(parser.maxFrameBytes(), std::size_t(1000));
        MarketFrame frame;
        std::string text = currentPriceChange("0.5", "1");
        QVERIFY(parser.parse(text, frame));
        text.append(2000, ' ');
        QVERIFY(!parser.parse(text, frame));
        QCOMPARE(frame.errors().size(), std::size_t(1));
        QCOMPARE(frame.errors()[0].code, ErrorCode::TooLarge);
        QVERIFY(frame.events().empty());
        parser.setMaxFrameBytes(1 << 20);
        QVERIFY(parser.parse(text, frame));
    }

    void steadyStateParsingDoesNotAllocate()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/book.json", book);
        const std::string change1 = currentPriceChange("0.45", "10");
        const std::string change2 =
                "[" + currentPriceChange("0.46", "0") + "," + currentPriceChange("0.47", "5") + "]";
        const std::string bookText = book.toStdString();
        MarketMessageParser parser;
        MarketFrame frame;
        for (int i = 0; i < 3; ++i) { // warm-up: buffers grow to the largest frame
            QVERIFY(parser.parse(bookText, frame));
            QVERIFY(parser.parse(change2, frame));
        }
        const long before = g_allocations.load();
        bool ok = true;
        for (int i = 0; i < 1000; ++i) {
            ok = parser.parse(change1, frame) && ok;
            ok = parser.parse(change2, frame) && ok;
            ok = parser.parse(bookText, frame) && ok;
        }
        const long allocations = g_allocations.load() - before;
        QVERIFY(ok);
        QCOMPARE(allocations, 0L);
    }
};

QTEST_GUILESS_MAIN(TestMarketMessageParser)
#include "tst_marketmessageparser.moc"
