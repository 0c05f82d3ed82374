#include "core/venues/polymarket/TradingParsers.h"
#include "tests/support/SharedFixtures.h"
#include "tests/support/TestPrinters.h"

#include <QTest>

using namespace polaris;
using namespace polaris::polymarket;

namespace {
Decimal dec(const char* text)
{
    return Decimal::parse(text).value();
}

std::string_view view(const QByteArray& bytes)
{
    return std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}
} // namespace

class TestTradingParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placeOrderMatched()
    {
        const auto r = parsePlaceOrderResponse(
                R"({"success":true,"orderID":"0xabc","status":"matched","makingAmount":"4.999999",)"
                R"("takingAmount":"7.142856","errorMsg":"","transactionsHashes":["0x11","0x22"],)"
                R"("tradeIDs":["t-1"]})");
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QVERIFY(r->success);
        QCOMPARE(r->orderId, std::string("0xabc"));
        QCOMPARE(r->status, std::string("matched"));
        QCOMPARE(r->makingAmount, dec("4.999999"));
        QCOMPARE(r->takingAmount, dec("7.142856"));
        QVERIFY(r->amountsReported);
        QCOMPARE(r->transactionHashes.size(), std::size_t(2));
        QCOMPARE(r->transactionHashes[1], std::string("0x22"));
        QCOMPARE(r->tradeIds, std::vector<std::string>{"t-1"});
    }

    void placeOrderLiveEmptyAmounts()
    {
        const auto r = parsePlaceOrderResponse(
                R"({"errorMsg":"","orderID":"0x1","takingAmount":"","makingAmount":"","status":"LIVE","success":true})");
        QVERIFY(r.ok());
        QCOMPARE(r->status, std::string("live")); // normalised to lower case
        QVERIFY(r->makingAmount.isZero());
        QVERIFY(r->takingAmount.isZero());
        QVERIFY(!r->amountsReported);
        QVERIFY(r->transactionHashes.empty());
    }

    void placeOrderRefusal()
    {
        const auto r = parsePlaceOrderResponse(
                R"({"success":false,"errorMsg":"not enough balance / allowance","orderID":""})");
        QVERIFY(r.ok());
        QVERIFY(!r->success);
        QCOMPARE(r->errorMsg, std::string("not enough balance / allowance"));
        // An error body in a 200: success inferred false.
        const auto e = parsePlaceOrderResponse(R"({"error":"invalid signature"})");
        QVERIFY(e.ok());
        QVERIFY(!e->success);
        QCOMPARE(e->errorMsg, std::string("invalid signature"));
    }

    void placeOrderMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("detail");
        QTest::newRow("not json") << QByteArray("<html>") << int(ErrorCode::InvalidFormat)
                                  << QStringLiteral("order response: not JSON");
        QTest::newRow("truncated")
                << QByteArray("{\"success\":true,\"orderID\":\"0x") << int(ErrorCode::InvalidFormat)
                << QStringLiteral("order response: not JSON");
        QTest::newRow("array") << QByteArray("[1]") << int(ErrorCode::InvalidFormat)
                               << QStringLiteral("order response: expected an object");
        QTest::newRow("bad amount")
                << QByteArray(R"({"success":true,"orderID":"0x1","makingAmount":"1.2.3"})")
                << int(ErrorCode::InvalidFormat)
                << QStringLiteral("order response.makingAmount: '1.2.3'");
        QTest::newRow("negative amount")
                << QByteArray(R"({"success":true,"orderID":"0x1","takingAmount":"-5"})")
                << int(ErrorCode::OutOfRange)
                << QStringLiteral("order response.takingAmount: negative -5");
        QTest::newRow("success not bool")
                << QByteArray(R"({"success":"maybe","orderID":"0x1"})")
                << int(ErrorCode::InvalidFormat)
                << QStringLiteral("order response.success: expected true or false");
        QTest::newRow("hashes not array")
                << QByteArray(R"({"success":true,"orderID":"0x1","transactionsHashes":"0x1"})")
                << int(ErrorCode::InvalidFormat)
                << QStringLiteral("order response.transactionsHashes: expected an array");
    }

    void placeOrderMalformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, code);
        QFETCH(QString, detail);
        const auto r = parsePlaceOrderResponse(view(json));
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), code);
        QVERIFY2(QString::fromStdString(r.error().detail).startsWith(detail),
                 r.error().detail.c_str());
    }

    void placeOrdersKeepsAlignment()
    {
        const auto r = parsePlaceOrdersResponse(
                R"([{"success":true,"orderID":"0xa","status":"live","makingAmount":"","takingAmount":""},)"
                R"(42,)"
                R"({"success":true,"orderID":"","errorMsg":"order is invalid. Size lower than the minimum"},)"
                R"({"success":true,"orderID":"0xd","status":"matched","makingAmount":"x"}])");
        QVERIFY(r.ok());
        QCOMPARE(r->size(), std::size_t(4));
        QVERIFY((*r)[0].ok());
        QCOMPARE((*r)[0]->orderId, std::string("0xa"));
        QVERIFY(!(*r)[1].ok());
        QCOMPARE((*r)[1].error().detail,
                 std::string("orders response[1]: expected an object, got 42"));
        QVERIFY((*r)[2].ok());
        QVERIFY((*r)[2]->orderId.empty());
        QCOMPARE((*r)[2]->errorMsg, std::string("order is invalid. Size lower than the minimum"));
        QVERIFY(!(*r)[3].ok());
        QVERIFY((*r)[3].error().detail.starts_with("orders response[3].makingAmount: 'x'"));
    }

    void cancelResponse()
    {
        const auto r = parseCancelResponse(
                R"({"canceled":["0x1","0x2"],"not_canceled":{"0x3":"order not found","0x4":"already matched"}})");
        QVERIFY(r.ok());
        QCOMPARE(r->canceled, (std::vector<std::string>{"0x1", "0x2"}));
        QCOMPARE(r->notCanceled.size(), std::size_t(2));
        QCOMPARE(r->notCanceled[0].first, std::string("0x3"));
        QCOMPARE(r->notCanceled[0].second, std::string("order not found"));
        QCOMPARE(r->notCanceled[1].second, std::string("already matched"));

        const auto empty = parseCancelResponse(R"({"canceled":[],"not_canceled":{}})");
        QVERIFY(empty.ok());
        QVERIFY(empty->canceled.empty() && empty->notCanceled.empty());
        const auto nulls = parseCancelResponse(R"({"canceled":null,"not_canceled":null})");
        QVERIFY(nulls.ok());

        const auto missing = parseCancelResponse(R"({"ok":true})");
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::MissingField);
        const auto badMap = parseCancelResponse(R"({"canceled":[],"not_canceled":["0x1"]})");
        QVERIFY(!badMap.ok());
        QCOMPARE(badMap.error().detail,
                 std::string("cancel response.not_canceled: expected an object, got [\"0x1\"]"));
        const auto badIds = parseCancelResponse(R"({"canceled":[1,2]})");
        QVERIFY(!badIds.ok());
        QCOMPARE(badIds.error().detail,
                 std::string("cancel response.canceled: expected strings, got 1"));
    }

    void openOrderFromRealCapture()
    {
        // The user channel's order object has the OpenOrder fields (spec §4.5).
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/order_placement.json", bytes);
        const auto r = parseOpenOrder(view(bytes));
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r->id,
                 std::string("0x0f76f4dc6eaf3332f4100f2e8a0b4a927351dd64646b7bb12f37df775c657a78"));
        QCOMPARE(r->status, std::string("LIVE"));
        QCOMPARE(r->owner, std::string("3e2c94ca-8124-c4c1-c7ea-be1ea21b71fe"));
        QCOMPARE(r->makerAddress, std::string("0xa3D82Ed56F4c68d2328Fb8c29e568Ba2cAF7d7c8"));
        QCOMPARE(r->market,
                 std::string("0xdd22472e552920b8438158ea7238bfadfa4f736aa4cee91a6b86c39ead110917"));
        QCOMPARE(r->assetId, std::string("2174263314346390629056905015582624153306727273689761495"
                                         "0488156847949938836455"));
        QCOMPARE(r->side, TradeSide::Buy);
        QCOMPARE(r->price, dec("0.513"));
        QCOMPARE(r->originalSize, dec("5"));
        QCOMPARE(r->sizeMatched, Decimal());
        QCOMPARE(r->outcome, std::string("Yes"));
        QCOMPARE(r->orderType, std::string("GTC"));
        QCOMPARE(r->createdAtMs, std::int64_t(1725842520000));
        QCOMPARE(r->expiration, std::int64_t(0));
        QVERIFY(r->associateTrades.empty()); // null
    }

    void openOrderNullIsNotFound()
    {
        const auto r = parseOpenOrder("null");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NotFound);
    }

    void openOrderMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("detail");
        const QByteArray base = R"("id":"0x1","asset_id":"12","side":"BUY","original_size":"5")";
        QTest::newRow("price above 1")
                << QByteArray("{" + base + R"(,"price":"1.5"})") << int(ErrorCode::OutOfRange)
                << QStringLiteral("order.price: 1.5 outside (0,1)");
        QTest::newRow("price missing")
                << QByteArray("{" + base + "}") << int(ErrorCode::MissingField)
                << QStringLiteral("order.price: missing");
        QTest::newRow("bad side") << QByteArray(
                R"({"id":"0x1","asset_id":"12","side":"HOLD","original_size":"5","price":"0.5"})")
                                  << int(ErrorCode::InvalidFormat)
                                  << QStringLiteral("order.side: expected BUY or SELL, got 'HOLD'");
        QTest::newRow("negative matched")
                << QByteArray("{" + base + R"(,"price":"0.5","size_matched":"-1"})")
                << int(ErrorCode::OutOfRange) << QStringLiteral("order.size_matched: negative -1");
        QTest::newRow("id object") << QByteArray(
                R"({"id":{},"asset_id":"12","side":"BUY","original_size":"5","price":"0.5"})")
                                   << int(ErrorCode::InvalidFormat)
                                   << QStringLiteral(
                                              "order.id: expected a string or number, got {}");
        QTest::newRow("bad created_at")
                << QByteArray("{" + base + R"(,"price":"0.5","created_at":"yesterday"})")
                << int(ErrorCode::InvalidFormat)
                << QStringLiteral(
                           "order.created_at: expected a non-negative integer, got 'yesterday'");
        QTest::newRow("over-precise size") << QByteArray(
                R"({"id":"0x1","asset_id":"12","side":"BUY","original_size":"5.0000001","price":"0.5"})")
                                           << int(ErrorCode::OverPrecise)
                                           << QStringLiteral("order.original_size: '5.0000001'");
    }

    void openOrderMalformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, code);
        QFETCH(QString, detail);
        const auto r = parseOpenOrder(view(json));
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), code);
        QVERIFY2(QString::fromStdString(r.error().detail).startsWith(detail),
                 r.error().detail.c_str());
    }

    void openOrdersPageSkipsBadElements()
    {
        std::vector<Error> warnings;
        const auto r = parseOpenOrdersPage(
                R"({"data":[{"id":"0x1","status":"LIVE","asset_id":"1","side":"SELL","original_size":"10",)"
                R"("size_matched":"2.5","price":0.45,"created_at":1725842520,"associate_trades":["t1"]},)"
                R"({"id":"0x2","asset_id":"1","side":"BUY","original_size":"10","price":"7"},"junk"],)"
                R"("next_cursor":"MTAw","limit":100,"count":3})",
                &warnings);
        QVERIFY(r.ok());
        QCOMPARE(r->nextCursor, std::string("MTAw"));
        QCOMPARE(r->data.size(), std::size_t(1));
        QCOMPARE(r->data[0].side, TradeSide::Sell);
        QCOMPARE(r->data[0].price, dec("0.45")); // a JSON number
        QCOMPARE(r->data[0].sizeMatched, dec("2.5"));
        QCOMPARE(r->data[0].createdAtMs, std::int64_t(1725842520000));
        QCOMPARE(r->data[0].associateTrades, std::vector<std::string>{"t1"});
        QCOMPARE(warnings.size(), std::size_t(2));
        QCOMPARE(warnings[0].detail, std::string("orders.data[1].price: 7 outside (0,1)"));
        QCOMPARE(warnings[1].detail,
                 std::string("orders.data[2]: expected an object, got \"junk\""));

        const auto bare = parseOpenOrdersPage("[]", nullptr);
        QVERIFY(bare.ok());
        QCOMPARE(bare->nextCursor, std::string(kEndCursor));
        const auto noData = parseOpenOrdersPage(R"({"next_cursor":"LTE="})", nullptr);
        QVERIFY(!noData.ok());
        QCOMPARE(noData.error().detail, std::string("orders.data: missing"));
    }

    void tradeFromRealRestCapture()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/trades.json", bytes);
        std::vector<Error> warnings;
        const auto page = parseTradesPage(view("[" + bytes + "]"), &warnings);
        QVERIFY(page.ok());
        QVERIFY(warnings.empty());
        QCOMPARE(page->data.size(), std::size_t(1));
        const ClobTrade& t = page->data[0];
        QCOMPARE(t.id, std::string("0c357886-b9d3-44bb-9aa9-72d8abc90e6e"));
        QCOMPARE(t.takerOrderId,
                 std::string("0x4505aada9831d06078a005c8ec96396a78c8f06035bf763b40fc16d27a250043"));
        QCOMPARE(t.side, TradeSide::Buy);
        QCOMPARE(t.size, dec("5"));
        QCOMPARE(t.price, dec("0.489"));
        QCOMPARE(t.status, std::string("CONFIRMED"));
        QCOMPARE(t.matchTimeMs, std::int64_t(1726043102000));
        QCOMPARE(t.lastUpdateMs, std::int64_t(1726043282000));
        QCOMPARE(t.owner, std::string("3e2c94ca-8124-c4c1-c7ea-be1ea21b71fe"));
        QCOMPARE(t.traderSide, std::string("TAKER"));
        QCOMPARE(t.transactionHash,
                 std::string("0x5fbfe1691c52958dfa3f98dc75ef516f5a9d4b370aead26598d06e3db069839f"));
        QCOMPARE(t.makerOrders.size(), std::size_t(1));
        QCOMPARE(t.makerOrders[0].orderId,
                 std::string("0x6dd169f87692751b75b4ed673158721cdbf56ec49f29aa94a6aaa05b93b1b0ab"));
        QCOMPARE(t.makerOrders[0].matchedAmount, dec("5"));
        QCOMPARE(t.makerOrders[0].price, dec("0.489"));
        QVERIFY(!t.makerOrders[0].side.has_value());
    }

    void tradesPageBadMaker()
    {
        std::vector<Error> warnings;
        const auto page = parseTradesPage(
                R"({"data":[{"id":"t1","asset_id":"1","side":"BUY","size":"5","price":"0.5",)"
                R"("maker_orders":[{"order_id":"0xm","matched_amount":"5","price":"0"}]}],"next_cursor":"LTE="})",
                &warnings);
        QVERIFY(page.ok());
        QVERIFY(page->data.empty());
        QCOMPARE(warnings.size(), std::size_t(1));
        QCOMPARE(warnings[0].detail,
                 std::string("trades.data[0].maker_orders[0].price: 0 outside (0,1)"));
    }

    void balanceAllowance()
    {
        const auto r = parseBalanceAllowance(
                R"({"balance":"24960000","allowances":{"0xE111180000d2663C0091e4f400237545B87B996B":)"
                R"("115792089237316195423570985008687907853269984665640564039457584007913129639935",)"
                R"("0xe2222d279d744050d28e00520010520000310F59":"0"}})");
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r->balance, dec("24.96"));
        QCOMPARE(r->allowances.size(), std::size_t(2));
        QCOMPARE(r->allowances[0].second, Decimal::fromMicros(Decimal::kMaxAbsMicros)); // unlimited
        QCOMPARE(r->allowances[1].second, Decimal());

        const auto single = parseBalanceAllowance(R"({"balance":1000000,"allowance":"5000000"})");
        QVERIFY(single.ok());
        QCOMPARE(single->balance, dec("1"));
        QCOMPARE(single->allowances[0].second, dec("5"));

        const auto decimal = parseBalanceAllowance(R"({"balance":"12.5"})");
        QVERIFY(!decimal.ok());
        QCOMPARE(decimal.error().detail,
                 std::string("balance-allowance.balance: expected an integer amount in base "
                             "units, got \"12.5\""));
        const auto missing = parseBalanceAllowance(R"({"allowances":{}})");
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::MissingField);
    }

    void apiKeyResponse()
    {
        const auto r = parseApiKeyResponse(
                R"({"apiKey":"3e2c94ca-8124-c4c1-c7ea-be1ea21b71fe","secret":"c2VjcmV0LXNlY3JldA==","passphrase":"pass-phrase"})");
        QVERIFY(r.ok());
        QCOMPARE(r->apiKey, std::string("3e2c94ca-8124-c4c1-c7ea-be1ea21b71fe"));
        QCOMPARE(r->secret, std::string("c2VjcmV0LXNlY3JldA=="));
        QCOMPARE(r->passphrase, std::string("pass-phrase"));

        const auto missing = parseApiKeyResponse(R"({"secret":"s3cr3t","passphrase":"p"})");
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().detail, std::string("api key response.apiKey: missing"));
        // Details never quote the values.
        const auto badSecret =
                parseApiKeyResponse(R"({"apiKey":"k","secret":12345678,"passphrase":"p"})");
        QVERIFY(!badSecret.ok());
        QCOMPARE(badSecret.error().detail,
                 std::string("api key response.secret: expected a string"));
        const auto notJson = parseApiKeyResponse("{\"apiKey\":\"k\",\"secret\":\"s3cr3t");
        QVERIFY(!notJson.ok());
        QVERIFY(notJson.error().detail.find("s3cr3t") == std::string::npos);
    }

    void errorBodies()
    {
        QCOMPARE(errorMessageFromBody(R"({"error":"Unauthorized/Invalid api key"})"),
                 std::string("Unauthorized/Invalid api key"));
        QCOMPARE(errorMessageFromBody(R"( {"errorMsg":"not enough balance / allowance"} )"),
                 std::string("not enough balance / allowance"));
        const std::string nested = "{\"error\":{\"code\":7}}";
        QCOMPARE(errorMessageFromBody(nested), std::string("{\"code\":7}"));
        QCOMPARE(errorMessageFromBody("Too Many Requests\n"), std::string("Too Many Requests"));
        QCOMPARE(errorMessageFromBody(""), std::string());
        const std::string truncated = "{\"error\":\"trunc";
        QCOMPARE(errorMessageFromBody(truncated), truncated);
    }
};

QTEST_GUILESS_MAIN(TestTradingParsers)
#include "tst_tradingparsers.moc"
