#include "core/book/OrderBook.h"
#include "core/venues/polymarket/BookParser.h"
#include "tests/support/SharedFixtures.h"

#include <QTest>

#include <string>

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

const char* kGoodBook =
        R"({"market":"0xabc","asset_id":"111","timestamp":"1700000000000","hash":"h1",
    "bids":[{"price":"0.40","size":"10"},{"price":"0.45","size":"5"}],
    "asks":[{"price":"0.55","size":"7"},{"price":"0.50","size":"3"}],
    "min_order_size":"5","tick_size":"0.01","neg_risk":true,"last_trade_price":"0.48"})";

} // namespace

/// BookParser: REST /book and POST /books payloads into BookSnapshot values.
class TestBookParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesRestFixture()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/rest-2024/book.json", bytes);
        BookParser parser;
        const auto book = parser.parseBook(view(bytes));
        QVERIFY2(book.ok(), book.ok() ? "" : book.error().detail.c_str());
        QCOMPARE(book->assetId, std::string("233609399886793640276241855183827597433285444335921115"
                                            "35569478055890815567848"));
        QCOMPARE(book->market,
                 std::string("0x1a4f04c2e6c000d9fc524eb12e7333217411a226c34745af140f195c0227cd5f"));
        QCOMPARE(book->hash, std::string("2fc4a3d6a98bc164e057589bcb74981852b87412"));
        QCOMPARE(book->timestampMs, std::int64_t(1728799418260));
        QCOMPARE(book->bids.size(), std::size_t(5));
        QCOMPARE(book->asks.size(), std::size_t(7));
        // Venue order is kept: the capture puts the best price last.
        QCOMPARE(book->bids.front().price, dec("0.01"));
        QCOMPARE(book->asks.back().price, dec("0.14"));
        QCOMPARE(book->asks[4].size, dec("192.3"));
        QVERIFY(!book->tickSize);
        QVERIFY(!book->negRisk);

        OrderBook orderBook(book->assetId);
        const Status applied =
                orderBook.applySnapshot(book->bids, book->asks, book->timestampMs, 1);
        QVERIFY(applied.ok());
        QCOMPARE(orderBook.bestBid()->price, dec("0.1"));
        QCOMPARE(orderBook.bestBid()->size, dec("125"));
        QCOMPARE(orderBook.bestAsk()->price, dec("0.14"));
        QCOMPARE(orderBook.bestAsk()->size, dec("705"));
        QCOMPARE(orderBook.asks().back().price, dec("0.98"));
    }

    void parsesWsBookFixture()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/book.json", bytes);
        BookParser parser;
        const auto book = parser.parseBook(view(bytes));
        QVERIFY2(book.ok(), book.ok() ? "" : book.error().detail.c_str());
        QCOMPARE(book->assetId, std::string("483310433366128838909387595094931592347550489735006401"
                                            "48014422747788308965732"));
        QCOMPARE(book->market,
                 std::string("0xdd22472e552920b8438158ea7238bfadfa4f736aa4cee91a6b86c39ead110917"));
        QCOMPARE(book->hash, std::string("655a38d4977427b086c25b985993691b753ed166"));
        QCOMPARE(book->timestampMs, std::int64_t(1728799418260));
        QCOMPARE(book->bids.size(), std::size_t(76));
        QCOMPARE(book->asks.size(), std::size_t(86));

        OrderBook orderBook(book->assetId);
        QVERIFY(orderBook.applySnapshot(book->bids, book->asks, book->timestampMs, 1).ok());
        QCOMPARE(orderBook.bestBid()->price, dec("0.511"));
        QCOMPARE(orderBook.bestBid()->size, dec("1304.72"));
        QCOMPARE(orderBook.bestAsk()->price, dec("0.514"));
        QCOMPARE(orderBook.bestAsk()->size, dec("20230.87"));
        QCOMPARE(orderBook.bids().back().price, dec("0.001"));
        QCOMPARE(orderBook.asks().back().price, dec("0.999"));
    }

    void parsesArrayOfFixtures()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/rest-2024/book.json", rest);
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/book.json", ws);
        const QByteArray array = "[" + rest + "," + ws + "]";
        BookParser parser;
        std::vector<Error> warnings;
        const auto books = parser.parseBooks(view(array), &warnings);
        QVERIFY(books.ok());
        QCOMPARE(books->size(), std::size_t(2));
        QVERIFY(warnings.empty());
        QCOMPARE(books->at(0).bids.size(), std::size_t(5));
        QCOMPARE(books->at(1).asks.size(), std::size_t(86));
    }

    void parsesOptionalFieldsAndNumbers()
    {
        BookParser parser;
        const auto book = parser.parseBook(kGoodBook);
        QVERIFY(book.ok());
        QCOMPARE(book->tickSize, std::optional(dec("0.01")));
        QCOMPARE(book->minOrderSize, std::optional(dec("5")));
        QCOMPARE(book->lastTradePrice, std::optional(dec("0.48")));
        QVERIFY(book->negRisk);

        // Some endpoints send numbers: read the literal, not a rounded double.
        const auto numeric =
                parser.parseBook("{\"asset_id\":\"7\",\"timestamp\":1700000000001,\"bids\":[{"
                                 "\"price\":0.3,\"size\":12.5}],"
                                 "\"asks\":[{\"price\":\".7\",\"size\":1e2}],\"tick_size\":0.001}");
        QVERIFY2(numeric.ok(), numeric.ok() ? "" : numeric.error().detail.c_str());
        QCOMPARE(numeric->timestampMs, std::int64_t(1700000000001));
        QCOMPARE(numeric->bids[0].price, dec("0.3"));
        QCOMPARE(numeric->bids[0].size, dec("12.5"));
        QCOMPARE(numeric->asks[0].price, dec("0.7"));
        QCOMPARE(numeric->asks[0].size, dec("100"));
        QCOMPARE(numeric->tickSize, std::optional(dec("0.001")));
        QVERIFY(numeric->market.empty());
    }

    void unescapesKeysAndStrings()
    {
        // Keys and ids are normally read in place; escaped ones still mean the same thing.
        BookParser parser;
        const auto book =
                parser.parseBook("{\"asset\\u005fid\":\"1\\u0032\",\"timestamp\":\"1\",\"bids\":[],"
                                 "\"asks\":[],\"market\":\"a\\\"b\"}");
        QVERIFY2(book.ok(), book.ok() ? "" : book.error().detail.c_str());
        QCOMPARE(book->assetId, std::string("12"));
        QCOMPARE(book->market, std::string("a\"b"));
    }

    void rejectsBadBooks_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QByteArray>("mentions");
        const auto book = [](const char* bids) {
            return QByteArray("{\"asset_id\":\"42\",\"timestamp\":\"1\",\"asks\":[],\"bids\":")
                   + bids + "}";
        };
        QTest::newRow("not json") << QByteArray("hello") << ErrorCode::InvalidFormat
                                  << QByteArray("not a JSON");
        QTest::newRow("array not object")
                << QByteArray("[1,2]") << ErrorCode::InvalidFormat << QByteArray("object");
        QTest::newRow("missing asset_id") << QByteArray(R"({"timestamp":"1","bids":[],"asks":[]})")
                                          << ErrorCode::MissingField << QByteArray("asset_id");
        QTest::newRow("missing timestamp") << QByteArray(R"({"asset_id":"42","bids":[],"asks":[]})")
                                           << ErrorCode::MissingField << QByteArray("timestamp");
        QTest::newRow("missing asks")
                << QByteArray(R"({"asset_id":"42","timestamp":"1","bids":[]})")
                << ErrorCode::MissingField << QByteArray("asks");
        QTest::newRow("price 1.5") << book(R"([{"price":"1.5","size":"1"}])")
                                   << ErrorCode::OutOfRange << QByteArray("bids[0].price: 1.5");
        QTest::newRow("price 0") << book(R"([{"price":"0","size":"1"}])") << ErrorCode::OutOfRange
                                 << QByteArray("price");
        QTest::newRow("price abc")
                << book(R"([{"price":"0.1","size":"1"},{"price":"abc","size":"1"}])")
                << ErrorCode::InvalidFormat << QByteArray("bids[1].price: 'abc'");
        QTest::newRow("negative size") << book(R"([{"price":"0.5","size":"-3"}])")
                                       << ErrorCode::OutOfRange << QByteArray("negative -3");
        QTest::newRow("size 9 decimals") << book(R"([{"price":"0.5","size":"1.123456789"}])")
                                         << ErrorCode::OverPrecise << QByteArray("bids[0].size");
        QTest::newRow("size missing") << book(R"([{"price":"0.5"}])") << ErrorCode::MissingField
                                      << QByteArray("bids[0].size missing");
        QTest::newRow("level not object")
                << book(R"(["0.5"])") << ErrorCode::InvalidFormat << QByteArray("bids[0]");
        QTest::newRow("bids not array")
                << book(R"("none")") << ErrorCode::InvalidFormat << QByteArray("bids");
        QTest::newRow("price is bool")
                << book(R"([{"price":true,"size":"1"}])") << ErrorCode::InvalidFormat
                << QByteArray("expected a decimal");
        QTest::newRow("bad timestamp")
                << QByteArray(R"({"asset_id":"42","timestamp":"soon","bids":[],"asks":[]})")
                << ErrorCode::InvalidFormat << QByteArray("timestamp");
        QTest::newRow("truncated") << QByteArray(
                "{\"asset_id\":\"42\",\"timestamp\":\"1\",\"bids\":[{\"price\":\"0.5\"")
                                   << ErrorCode::InvalidFormat << QByteArray("");
        QTest::newRow("empty") << QByteArray("") << ErrorCode::InvalidFormat << QByteArray("");
    }
    void rejectsBadBooks()
    {
        QFETCH(QByteArray, json);
        QFETCH(ErrorCode, code);
        QFETCH(QByteArray, mentions);
        BookParser parser;
        const auto book = parser.parseBook(view(json));
        QVERIFY(!book.ok());
        QCOMPARE(book.error().code, code);
        QVERIFY2(book.error().detail.find(mentions.toStdString()) != std::string::npos,
                 book.error().detail.c_str());
    }

    void crossedBookParsesButDoesNotApply()
    {
        BookParser parser;
        const auto book = parser.parseBook("{\"asset_id\":\"9\",\"timestamp\":\"5\","
                                           "\"bids\":[{\"price\":\"0.6\",\"size\":\"1\"}],\"asks\":"
                                           "[{\"price\":\"0.55\",\"size\":\"1\"}]}");
        QVERIFY(book.ok());
        OrderBook orderBook(book->assetId);
        const Status applied =
                orderBook.applySnapshot(book->bids, book->asks, book->timestampMs, 1);
        QVERIFY(!applied.ok());
        QCOMPARE(applied.error().code, ErrorCode::CrossedBook);
        QCOMPARE(orderBook.state(), BookState::Invalid);
    }

    void keepsGoodBooksOfAnArray()
    {
        const std::string json =
                std::string("[") + kGoodBook + ","
                + R"({"asset_id":"bad","timestamp":"1","bids":[{"price":"1.5","size":"1"}],"asks":[]},)"
                + R"({"asset_id":"333","timestamp":"2","bids":[],"asks":[{"price":"0.9","size":"4"}]},)"
                + R"(17,)" + "{\"timestamp\":\"2\",\"bids\":[],\"asks\":[]}]";
        BookParser parser;
        std::vector<Error> warnings;
        const auto books = parser.parseBooks(json, &warnings);
        QVERIFY(books.ok());
        QCOMPARE(books->size(), std::size_t(2));
        QCOMPARE(books->at(0).assetId, std::string("111"));
        QCOMPARE(books->at(1).assetId, std::string("333"));
        QCOMPARE(books->at(1).asks[0].size, dec("4"));
        QCOMPARE(warnings.size(), std::size_t(3));
        QCOMPARE(warnings[0].code, ErrorCode::OutOfRange);
        QVERIFY2(warnings[0].detail.find("book #1 (asset_id bad)") != std::string::npos,
                 warnings[0].detail.c_str());
        QCOMPARE(warnings[1].code, ErrorCode::InvalidFormat); // 17 is not a book
        QVERIFY(warnings[1].detail.find("book #3") != std::string::npos);
        QCOMPARE(warnings[2].code, ErrorCode::MissingField);
    }

    void rejectsTruncatedArray()
    {
        // simdjson checks that the document is balanced before handing out the first element, so
        // a truncated payload is rejected whole (the caller re-requests it).
        const std::string json =
                std::string("[") + kGoodBook + ",{\"asset_id\":\"2\",\"bids\":[{\"price\":\"0.5\"";
        BookParser parser;
        std::vector<Error> warnings;
        const auto books = parser.parseBooks(json, &warnings);
        QVERIFY(!books.ok());
        QCOMPARE(books.error().code, ErrorCode::InvalidFormat);
        QVERIFY2(books.error().detail.find("truncated") != std::string::npos,
                 books.error().detail.c_str());
    }

    void rejectsNonArrayForBooks()
    {
        BookParser parser;
        const auto books = parser.parseBooks(kGoodBook, nullptr);
        QVERIFY(!books.ok());
        QCOMPARE(books.error().code, ErrorCode::InvalidFormat);
        const auto empty = parser.parseBooks("[]", nullptr);
        QVERIFY(empty.ok());
        QVERIFY(empty->empty());
    }

    void parsesPaddedInputWithoutCopy()
    {
        std::string buffer = std::string("[") + kGoodBook + "]";
        const std::size_t length = buffer.size();
        buffer.append(BookParser::kPadding, ' ');
        BookParser parser;
        const auto books =
                parser.parseBooksPadded(std::string_view(buffer.data(), length), nullptr);
        QVERIFY(books.ok());
        QCOMPARE(books->size(), std::size_t(1));
        QCOMPARE(books->at(0).hash, std::string("h1"));
    }

    void reusesParserAcrossInputs()
    {
        BookParser parser;
        for (int round = 0; round < 3; ++round) {
            const auto book = parser.parseBook(kGoodBook);
            QVERIFY(book.ok());
            QCOMPARE(book->bids.size(), std::size_t(2));
            QVERIFY(!parser.parseBook("{").ok());
        }
    }
};

QTEST_GUILESS_MAIN(TestBookParser)
#include "tst_bookparser.moc"
