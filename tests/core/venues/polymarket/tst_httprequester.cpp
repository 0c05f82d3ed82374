#include "core/venues/polymarket/HttpRequester.h"
#include "core/venues/polymarket/RateLimiter.h"
#include "tests/core/venues/polymarket/LocalHttpServer.h"

#include <QElapsedTimer>
#include <QTest>

#include <optional>

using namespace polaris;
using namespace polaris::polymarket;
using polaris::test::HttpAnswer;
using polaris::test::HttpExchange;
using polaris::test::LocalHttpServer;

class TestHttpRequester : public QObject
{
    Q_OBJECT

private:
    /// Sends one request and waits (bounded) for its single completion.
    static std::optional<Result<QByteArray>>
    run(HttpRequester& http, HttpRequester::Request req, int waitMs = 5'000)
    {
        std::optional<Result<QByteArray>> out;
        int calls = 0;
        http.send(std::move(req), [&](Result<QByteArray> r) {
            ++calls;
            out = std::move(r);
        });
        if (!QTest::qWaitFor([&] { return calls > 0; }, waitMs)) {
            return std::nullopt;
        }
        QTest::qWait(20); // a second (wrong) completion would show up here
        return calls == 1 ? out : std::nullopt;
    }

private Q_SLOTS:
    void successReturnsBodyAndSendsJsonPost()
    {
        LocalHttpServer server([](const HttpExchange&) { return HttpAnswer{200, "[1,2]", {}}; });
        QVERIFY(server.listen());
        HttpRequester http;
        auto result = run(http, {"POST", server.url().resolved(QUrl(QStringLiteral("/books"))),
                                 R"([{"token_id":"1"}])", nullptr});
        QVERIFY(result && result->ok());
        QCOMPARE(result->value(), QByteArray("[1,2]"));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests()[0].method, QByteArray("POST"));
        QCOMPARE(server.requests()[0].target, QByteArray("/books"));
        QCOMPARE(server.requests()[0].body, QByteArray(R"([{"token_id":"1"}])"));
        QCOMPARE(server.requests()[0].headers.value("content-type"),
                 QByteArray("application/json"));
        QCOMPARE(http.inFlight(), 0);
    }

    void rateLimitedHonoursRetryAfter()
    {
        LocalHttpServer server([](const HttpExchange&) { return HttpAnswer{200, "ok", {}}; });
        server.setHandler([&server](const HttpExchange&) {
            if (server.requests().size() == 1) {
                return HttpAnswer{429, "slow down", {{"Retry-After", "1"}}};
            }
            return HttpAnswer{200, "ok", {}};
        });
        QVERIFY(server.listen());
        HttpRequester http;
        QElapsedTimer clock;
        clock.start();
        auto result = run(http, {"GET", server.url(), {}, nullptr});
        QVERIFY(result && result->ok());
        QCOMPARE(result->value(), QByteArray("ok"));
        QCOMPARE(server.requests().size(), 2);
        const qint64 gap = server.requests()[1].atMs - server.requests()[0].atMs;
        QVERIFY2(gap >= 950, qPrintable(QStringLiteral("retried after %1 ms").arg(gap)));
        QVERIFY2(gap < 3'000, qPrintable(QStringLiteral("retried after %1 ms").arg(gap)));
    }

    void serverErrorsRetriedUntilSuccess()
    {
        LocalHttpServer server([](const HttpExchange&) { return HttpAnswer{}; });
        server.setHandler([&server](const HttpExchange&) {
            return server.requests().size() <= 2 ? HttpAnswer{500, "oops", {}}
                                                 : HttpAnswer{200, "fine", {}};
        });
        QVERIFY(server.listen());
        HttpRequester http; // defaults: 4 attempts, 250 ms base backoff
        auto result = run(http, {"GET", server.url(), {}, nullptr});
        QVERIFY(result && result->ok());
        QCOMPARE(result->value(), QByteArray("fine"));
        QCOMPARE(server.requests().size(), 3);
        // Exponential backoff with 20 % jitter: ~[200, 250] ms then ~[400, 500] ms.
        const auto& r = server.requests();
        QVERIFY(r[1].atMs - r[0].atMs >= 190);
        QVERIFY(r[2].atMs - r[1].atMs >= 390);
    }

    void serverErrorsExhaustAttempts()
    {
        LocalHttpServer server([](const HttpExchange&) { return HttpAnswer{503, "down", {}}; });
        QVERIFY(server.listen());
        HttpOptions options;
        options.maxAttempts = 2;
        options.backoffBaseMs = 20;
        HttpRequester http(options);
        auto result = run(http, {"GET", server.url(), {}, nullptr});
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().code, ErrorCode::ServerError);
        QVERIFY(result->error().detail.find("HTTP 503") != std::string::npos);
        QCOMPARE(server.requests().size(), 2);
    }

    void notFoundIsNotRetried()
    {
        LocalHttpServer server([](const HttpExchange&) {
            return HttpAnswer{404, R"({"error":"No orderbook exists"})", {}};
        });
        QVERIFY(server.listen());
        HttpRequester http;
        const QUrl url = server.url().resolved(QUrl(QStringLiteral("/book?token_id=42")));
        auto result = run(http, {"GET", url, {}, nullptr});
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().code, ErrorCode::Http);
        const std::string& detail = result->error().detail;
        QVERIFY2(detail.find("404") != std::string::npos, detail.c_str());
        QVERIFY2(detail.find("/book?token_id=42") != std::string::npos, detail.c_str());
        QVERIFY2(detail.find("No orderbook exists") != std::string::npos, detail.c_str());
        QTest::qWait(100); // a (wrong) retry would arrive by now
        QCOMPARE(server.requests().size(), 1);
    }

    void silentServerTimesOut()
    {
        LocalHttpServer server([](const HttpExchange&) {
            HttpAnswer answer;
            answer.silent = true;
            return answer;
        });
        QVERIFY(server.listen());
        HttpOptions options;
        options.timeoutMs = 200;
        options.maxAttempts = 2;
        options.backoffBaseMs = 20;
        HttpRequester http(options);
        QElapsedTimer clock;
        clock.start();
        auto result = run(http, {"GET", server.url(), {}, nullptr});
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().code, ErrorCode::Timeout);
        QCOMPARE(server.requests().size(), 2); // timeouts are retried
        QVERIFY(clock.elapsed() >= 2 * 200);
    }

    void connectionRefusedIsIo()
    {
        QTcpServer probe; // find a free port, then close it so nobody listens there
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        HttpOptions options;
        options.maxAttempts = 2;
        options.backoffBaseMs = 10;
        HttpRequester http(options);
        auto result = run(
                http, {"GET", QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), {}, nullptr});
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().code, ErrorCode::Io);
    }

    void oversizedResponseIsTooLarge_data()
    {
        QTest::addColumn<bool>("noLength");
        QTest::newRow("declared Content-Length") << false;
        QTest::newRow("close-delimited body") << true;
    }

    void oversizedResponseIsTooLarge()
    {
        QFETCH(bool, noLength);
        LocalHttpServer server([noLength](const HttpExchange&) {
            HttpAnswer answer{200, QByteArray(64 * 1024, 'x'), {}};
            answer.noLength = noLength;
            return answer;
        });
        QVERIFY(server.listen());
        HttpOptions options;
        options.maxResponseBytes = 1'000;
        HttpRequester http(options);
        auto result = run(http, {"GET", server.url(), {}, nullptr});
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().code, ErrorCode::TooLarge);
        QCOMPARE(server.requests().size(), 1); // not retried
    }

    void limiterSpacesRequests()
    {
        LocalHttpServer server([](const HttpExchange&) { return HttpAnswer{200, "ok", {}}; });
        QVERIFY(server.listen());
        // 3 per 600 ms with a burst of 1: first now, then one every 300 ms.
        RateLimiter limiter(QStringLiteral("test"), RateLimit{3, 600}, 1);
        HttpRequester http;
        int done = 0;
        for (int i = 0; i < 3; ++i) {
            http.send({"GET", server.url(), {}, &limiter}, [&](Result<QByteArray> r) {
                QVERIFY(r.ok());
                ++done;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 3, 5'000);
        const auto& r = server.requests();
        QCOMPARE(r.size(), 3);
        QVERIFY2(r[1].atMs - r[0].atMs >= 250, qPrintable(QString::number(r[1].atMs - r[0].atMs)));
        QVERIFY2(r[2].atMs - r[1].atMs >= 250, qPrintable(QString::number(r[2].atMs - r[1].atMs)));
    }
};

QTEST_GUILESS_MAIN(TestHttpRequester)
#include "tst_httprequester.moc"
