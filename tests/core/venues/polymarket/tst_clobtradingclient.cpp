#include "core/venues/polymarket/ClobTradingClient.h"
#include "tests/core/venues/polymarket/LocalHttpServer.h"
#include "tests/support/TestPrinters.h"

#include <QTest>

#include <optional>

using namespace polaris;
using namespace polaris::polymarket;
using Answer = polaris::test::HttpAnswer;
using polaris::test::HttpExchange;
using polaris::test::LocalHttpServer;

namespace {

const char* const kSecret = "c2VjcmV0LXNlY3JldC1zZWNyZXQtMTIzNDU2Nzg5MA==";

signing::ApiCredentials credentials()
{
    return {"3e2c94ca-8124-c4c1-c7ea-be1ea21b71fe", kSecret, "pass-phrase"};
}

signing::Address signer()
{
    return signing::Address::fromHex("0xa3d82ed56f4c68d2328fb8c29e568ba2caf7d7c8").value();
}

/// The path of a request target without its query.
std::string pathOf(const QByteArray& target)
{
    const qsizetype q = target.indexOf('?');
    return (q < 0 ? target : target.left(q)).toStdString();
}

/// Whether the request carries valid L2 headers for `credentials()` (spec §3.2).
bool validL2(const HttpExchange& r)
{
    const QByteArray ts = r.headers.value("poly_timestamp");
    auto expected = signing::l2Signature(kSecret, ts.toStdString(), r.method.toStdString(),
                                         pathOf(r.target), r.body.toStdString());
    return expected && r.headers.value("poly_signature").toStdString() == expected.value()
           && r.headers.value("poly_api_key") == "3e2c94ca-8124-c4c1-c7ea-be1ea21b71fe"
           && r.headers.value("poly_passphrase") == "pass-phrase"
           && r.headers.value("poly_address") == "0xa3D82Ed56F4c68d2328Fb8c29e568Ba2cAF7d7c8";
}

const QByteArray kMatched = "{\"success\":true,\"orderID\":\"0xabc\",\"status\":\"matched\","
                            "\"makingAmount\":\"5.2\",\"takingAmount\":\"10\",\"errorMsg\":\"\","
                            "\"transactionsHashes\":[\"0x1\"],\"tradeIDs\":[\"t1\"]}";

template <typename T> std::optional<T> waitFor(const std::optional<T>& slot, int ms = 5'000)
{
    return QTest::qWaitFor([&] { return slot.has_value(); }, ms) ? slot : std::nullopt;
}

} // namespace

class TestClobTradingClient : public QObject
{
    Q_OBJECT

private:
    ClobTradingOptions fastOptions() const
    {
        ClobTradingOptions options;
        options.http.timeoutMs = 400;
        options.http.backoffBaseMs = 10;
        options.http.backoffCapMs = 20;
        return options;
    }

private Q_SLOTS:
    void postOrderIsSignedAndParsed()
    {
        LocalHttpServer server([](const HttpExchange& r) {
            return Answer{validL2(r) ? 200 : 401, validL2(r) ? kMatched : QByteArray("{}"), {}};
        });
        QVERIFY(server.listen());
        ClobTradingClient client(server.url(), fastOptions());
        client.setCredentials(credentials(), signer());
        std::optional<Result<PlaceOrderResult>> result;
        client.postOrder("{\"order\":{}}",
                         [&](Result<PlaceOrderResult> r) { result = std::move(r); });
        QVERIFY(waitFor(result));
        QVERIFY2(result->ok(), result->ok() ? "" : result->error().detail.c_str());
        QCOMPARE((*result)->orderId, std::string("0xabc"));
        QCOMPARE((*result)->takingAmount, Decimal::fromInt(10));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests()[0].target, QByteArray("/order"));
        QCOMPARE(server.requests()[0].body, QByteArray("{\"order\":{}}"));
        QCOMPARE(server.requests()[0].headers.value("content-type"),
                 QByteArray("application/json"));
    }

    void orderPostIsNeverRetried_data()
    {
        QTest::addColumn<bool>("silent");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        QTest::newRow("timeout") << true << 0 << int(ErrorCode::Timeout);
        QTest::newRow("502") << false << 502 << int(ErrorCode::ServerError);
        QTest::newRow("garbled 200") << false << 200 << int(ErrorCode::InvalidFormat);
    }

    void orderPostIsNeverRetried()
    {
        QFETCH(bool, silent);
        QFETCH(int, status);
        QFETCH(int, code);
        LocalHttpServer server([&](const HttpExchange&) {
            Answer answer{status,
                          status == 200 ? QByteArray("{\"success\":tr") : QByteArray("bad gateway"),
                          {}};
            answer.silent = silent;
            return answer;
        });
        QVERIFY(server.listen());
        ClobTradingClient client(server.url(), fastOptions());
        client.setCredentials(credentials(), signer());
        std::optional<Result<PlaceOrderResult>> result;
        client.postOrder("{}", [&](Result<PlaceOrderResult> r) { result = std::move(r); });
        QVERIFY(waitFor(result));
        QVERIFY(!result->ok());
        QCOMPARE(int(result->error().code), code);
        QVERIFY2(result->error().detail.find("may have been placed") != std::string::npos,
                 result->error().detail.c_str());
        QTest::qWait(150); // a retry would arrive within the backoff
        QCOMPARE(server.requests().size(), 1);
    }

    void refusalsAreAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("400 balance")
                << 400 << QByteArray("{\"error\":\"not enough balance / allowance\"}")
                << QStringLiteral("not enough balance / allowance");
        QTest::newRow("401") << 401 << QByteArray("{\"error\":\"Unauthorized/Invalid api key\"}")
                             << QStringLiteral("Unauthorized/Invalid api key");
        QTest::newRow("429 empty") << 429 << QByteArray() << QStringLiteral("Too Many Requests");
        QTest::newRow("503 disabled")
                << 503
                << QByteArray("{\"error\":\"Trading is currently disabled. Check polymarket.com "
                              "for updates\"}")
                << QStringLiteral(
                           "Trading is currently disabled. Check polymarket.com for updates");
    }

    void refusalsAreAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        LocalHttpServer server([&](const HttpExchange&) { return Answer{status, body, {}}; });
        QVERIFY(server.listen());
        ClobTradingClient client(server.url(), fastOptions());
        client.setCredentials(credentials(), signer());
        std::optional<Result<PlaceOrderResult>> result;
        client.postOrder("{}", [&](Result<PlaceOrderResult> r) { result = std::move(r); });
        QVERIFY(waitFor(result));
        QVERIFY(result->ok());
        QVERIFY(!(*result)->success);
        QCOMPARE(QString::fromStdString((*result)->errorMsg), message);
        QCOMPARE((*result)->httpStatus, status);
        QCOMPARE(server.requests().size(), 1);
    }

    void batchesOfFifteen()
    {
        int call = 0;
        LocalHttpServer server([&](const HttpExchange& r) {
            ++call;
            if (call == 2) { // the second batch is refused as a whole
                return Answer{400, "{\"error\":\"Invalid order payload\"}", {}};
            }
            const int n = int(r.body.count("\"o\""));
            QByteArray answers = "[";
            for (int i = 0; i < n; ++i) {
                answers += (i ? "," : "") + QByteArray("{\"success\":true,\"orderID\":\"0x")
                           + QByteArray::number(i) + "\",\"status\":\"live\"}";
            }
            return Answer{200, answers + "]", {}};
        });
        QVERIFY(server.listen());
        ClobTradingOptions options = fastOptions();
        options.batchSize = 40; // clamped to 15
        ClobTradingClient client(server.url(), options);
        client.setCredentials(credentials(), signer());
        QList<QByteArray> orders;
        for (int i = 0; i < 20; ++i) {
            orders.append("{\"o\":" + QByteArray::number(i) + "}");
        }
        std::optional<std::vector<Result<PlaceOrderResult>>> result;
        client.postOrders(orders,
                          [&](std::vector<Result<PlaceOrderResult>> r) { result = std::move(r); });
        QVERIFY(waitFor(result));
        QCOMPARE(result->size(), std::size_t(20));
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests()[0].target, QByteArray("/orders"));
        QVERIFY(server.requests()[0].body.startsWith("[{\"o\":0},{\"o\":1},"));
        QCOMPARE(server.requests()[0].body.count("\"o\""), 15);
        QCOMPARE(server.requests()[1].body,
                 QByteArray("[{\"o\":15},{\"o\":16},{\"o\":17},{\"o\":18},{\"o\":19}]"));
        QVERIFY(validL2(server.requests()[0]) && validL2(server.requests()[1]));
        QVERIFY((*result)[0].ok() && (*result)[14].ok());
        QCOMPARE((*result)[14]->orderId, std::string("0x14"));
        for (std::size_t i = 15; i < 20; ++i) {
            QVERIFY((*result)[i].ok());
            QVERIFY(!(*result)[i]->success);
            QCOMPARE((*result)[i]->errorMsg, std::string("Invalid order payload"));
        }
    }

    void batchWithShortAnswerLeavesUnknowns()
    {
        LocalHttpServer server([](const HttpExchange&) {
            return Answer{200, "[{\"success\":true,\"orderID\":\"0xa\",\"status\":\"live\"}]", {}};
        });
        QVERIFY(server.listen());
        ClobTradingClient client(server.url(), fastOptions());
        client.setCredentials(credentials(), signer());
        std::optional<std::vector<Result<PlaceOrderResult>>> result;
        client.postOrders({"{}", "{}"}, [&](auto r) { result = std::move(r); });
        QVERIFY(waitFor(result));
        QVERIFY((*result)[0].ok());
        QVERIFY(!(*result)[1].ok());
        QCOMPARE((*result)[1].error().code, ErrorCode::MissingField);
    }

    void cancelIsRetried()
    {
        int call = 0;
        LocalHttpServer server([&](const HttpExchange&) {
            return ++call == 1 ? Answer{503, "{\"error\":\"busy\"}", {}}
                               : Answer{200,
                                        "{\"canceled\":[\"0xa\"],\"not_canceled\":{\"0xb\":"
                                        "\"order not found\"}}",
                                        {}};
        });
        QVERIFY(server.listen());
        ClobTradingClient client(server.url(), fastOptions());
        client.setCredentials(credentials(), signer());
        std::optional<Result<CancelResult>> result;
        client.cancelOrders({QStringLiteral("0xa"), QStringLiteral("0xb")},
                            [&](Result<CancelResult> r) { result = std::move(r); });
        QVERIFY(waitFor(result));
        QVERIFY(result->ok());
        QCOMPARE((*result)->canceled, std::vector<std::string>{"0xa"});
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests()[1].method, QByteArray("DELETE"));
        QCOMPARE(server.requests()[1].target, QByteArray("/orders"));
        QCOMPARE(server.requests()[1].body, QByteArray("[\"0xa\",\"0xb\"]"));
        QVERIFY(validL2(server.requests()[1]));

        std::optional<Result<CancelResult>> single;
        client.cancelOrder(QStringLiteral("0xc"),
                           [&](Result<CancelResult> r) { single = std::move(r); });
        QVERIFY(waitFor(single));
        QCOMPARE(server.requests().last().target, QByteArray("/order"));
        QCOMPARE(server.requests().last().body, QByteArray("{\"orderID\":\"0xc\"}"));
    }

    void openOrdersFollowCursors()
    {
        LocalHttpServer server([](const HttpExchange& r) {
            const bool first = r.target.contains("next_cursor=MA%3D%3D");
            const QByteArray order =
                    "{\"id\":\"0x" + QByteArray(first ? "1" : "2")
                    + "\",\"status\":\"LIVE\",\"asset_id\":\"7\",\"side\":\"BUY\","
                      "\"original_size\":\"5\",\"size_matched\":\"0\",\"price\":\"0.4\"}";
            return Answer{200,
                          "{\"data\":[" + order + "],\"next_cursor\":\"" + (first ? "MTAw" : "LTE=")
                                  + "\",\"limit\":1,\"count\":1}",
                          {}};
        });
        QVERIFY(server.listen());
        ClobTradingClient client(server.url(), fastOptions());
        client.setCredentials(credentials(), signer());
        std::optional<Result<std::vector<OpenOrder>>> result;
        OrderQuery query;
        query.market = QStringLiteral("0xcond");
        client.getOpenOrders(query, [&](auto r) { result = std::move(r); });
        QVERIFY(waitFor(result));
        QVERIFY(result->ok());
        QCOMPARE((*result)->size(), std::size_t(2));
        QCOMPARE((*result)->at(1).id, std::string("0x2"));
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests()[0].target,
                 QByteArray("/data/orders?market=0xcond&next_cursor=MA%3D%3D"));
        QCOMPARE(server.requests()[1].target,
                 QByteArray("/data/orders?market=0xcond&next_cursor=MTAw"));
        QVERIFY(validL2(server.requests()[1])); // signed without the query
    }

    void pagingIsBounded()
    {
        int n = 0;
        LocalHttpServer server([&](const HttpExchange&) {
            return Answer{
                    200, "{\"data\":[],\"next_cursor\":\"C" + QByteArray::number(++n) + "\"}", {}};
        });
        QVERIFY(server.listen());
        ClobTradingOptions options = fastOptions();
        options.maxPages = 3;
        ClobTradingClient client(server.url(), options);
        client.setCredentials(credentials(), signer());
        std::optional<Result<std::vector<ClobTrade>>> result;
        TradeQuery query;
        query.afterSeconds = 1700000000;
        client.getTrades(query, [&](auto r) { result = std::move(r); });
        QVERIFY(waitFor(result));
        QVERIFY(!result->ok());
        QCOMPARE(result->error().code, ErrorCode::OutOfRange);
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(server.requests()[0].target,
                 QByteArray("/data/trades?after=1700000000&next_cursor=MA%3D%3D"));
    }

    void orderNotFoundAndBalance()
    {
        LocalHttpServer server([](const HttpExchange& r) {
            if (r.target.startsWith("/data/order/")) {
                return Answer{404, "{\"error\":\"order not found\"}", {}};
            }
            return Answer{200, "{\"balance\":\"1000500000\",\"allowances\":{}}", {}};
        });
        QVERIFY(server.listen());
        ClobTradingClient client(server.url(), fastOptions());
        client.setCredentials(credentials(), signer());
        std::optional<Result<OpenOrder>> order;
        client.getOrder(QStringLiteral("0xdead"), [&](auto r) { order = std::move(r); });
        QVERIFY(waitFor(order));
        QVERIFY(!order->ok());
        QCOMPARE(order->error().code, ErrorCode::NotFound);
        QCOMPARE(order->error().detail,
                 std::string("GET /data/order/0xdead: HTTP 404: order not found"));
        QCOMPARE(server.requests().size(), 1); // 404 is final

        std::optional<Result<BalanceAllowance>> balance;
        BalanceQuery query;
        query.signatureType = 2;
        client.getBalanceAllowance(query, [&](auto r) { balance = std::move(r); });
        QVERIFY(waitFor(balance));
        QVERIFY(balance->ok());
        QCOMPARE((*balance)->balance, Decimal::parse("1000.5").value());
        QCOMPARE(server.requests().last().target,
                 QByteArray("/balance-allowance?asset_type=COLLATERAL&signature_type=2"));
        QVERIFY(validL2(server.requests().last()));
    }

    void noCredentialsNoRequest()
    {
        LocalHttpServer server([](const HttpExchange&) { return Answer{200, "{}", {}}; });
        QVERIFY(server.listen());
        ClobTradingClient client(server.url(), fastOptions());
        std::optional<Result<PlaceOrderResult>> result;
        client.postOrder("{}", [&](Result<PlaceOrderResult> r) { result = std::move(r); });
        QVERIFY(waitFor(result));
        QVERIFY(!result->ok());
        QVERIFY(result->error().detail.find("no API credentials") != std::string::npos);
        QTest::qWait(50);
        QCOMPARE(server.requests().size(), 0);
    }

    void createFallsBackToDerive()
    {
        LocalHttpServer server([](const HttpExchange& r) {
            if (r.method == "POST") {
                return Answer{400, "{\"error\":\"Could not create api key\"}", {}};
            }
            return Answer{200, "{\"apiKey\":\"k-1\",\"secret\":\"c2Vj\",\"passphrase\":\"p\"}", {}};
        });
        QVERIFY(server.listen());
        ClobTradingClient client(server.url(), fastOptions());
        const signing::HeaderList l1{{"POLY_ADDRESS", "0xabc"}, {"POLY_NONCE", "0"}};
        std::optional<Result<ApiKeyCredentials>> result;
        client.createOrDeriveApiKey(l1, [&](auto r) { result = std::move(r); });
        QVERIFY(waitFor(result));
        QVERIFY(result->ok());
        QCOMPARE((*result)->apiKey, std::string("k-1"));
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests()[0].target, QByteArray("/auth/api-key"));
        QCOMPARE(server.requests()[1].target, QByteArray("/auth/derive-api-key"));
        QCOMPARE(server.requests()[1].headers.value("poly_address"), QByteArray("0xabc"));
        QCOMPARE(server.requests()[1].headers.value("poly_nonce"), QByteArray("0"));
    }
};

QTEST_GUILESS_MAIN(TestClobTradingClient)
#include "tst_clobtradingclient.moc"
