#include "core/venues/polymarket/ClobRestClient.h"
#include "tests/core/venues/polymarket/LocalHttpServer.h"

#include <QTest>

using namespace polaris;
using namespace polaris::polymarket;
using polaris::test::HttpAnswer;
using polaris::test::HttpExchange;
using polaris::test::LocalHttpServer;

namespace {
QStringList tokenIds(int n)
{
    QStringList ids;
    for (int i = 0; i < n; ++i) {
        // Real ids are up to 78-digit decimal strings.
        ids.append(QStringLiteral("7132104567925221259462638553270691275033272857194253228963137931"
                                  "245558399%1")
                           .arg(i, 4, 10, QLatin1Char('0')));
    }
    return ids;
}

QByteArray expectedBody(const QStringList& ids)
{
    QByteArray body = "[";
    for (qsizetype i = 0; i < ids.size(); ++i) {
        body += (i ? ",{\"token_id\":\"" : "{\"token_id\":\"") + ids[i].toLatin1() + "\"}";
    }
    return body + "]";
}
} // namespace

class TestClobRestClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void booksAreBatched()
    {
        LocalHttpServer server([](const HttpExchange& r) {
            return HttpAnswer{200, "[]" + QByteArray::number(r.body.count("token_id")), {}};
        });
        QVERIFY(server.listen());
        ClobRestOptions options;
        options.booksBatchSize = 100;
        options.maxBooksInFlight = 1; // sequential, so the server sees the batches in order
        ClobRestClient client(server.url(), options);
        QList<QPair<QByteArray, QStringList>> batches;
        int finished = 0;
        connect(&client, &ClobRestClient::booksBatch, this, [&](QByteArray json, QStringList ids) {
            batches.append({json, ids});
        });
        connect(&client, &ClobRestClient::booksFinished, this, [&] { ++finished; });

        const QStringList ids = tokenIds(250);
        client.fetchBooks(ids);
        QTRY_COMPARE_WITH_TIMEOUT(finished, 1, 5'000);

        const auto& seen = server.requests();
        QCOMPARE(seen.size(), 3);
        for (const HttpExchange& r : seen) {
            QCOMPARE(r.method, QByteArray("POST"));
            QCOMPARE(r.target, QByteArray("/books"));
            QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
        }
        QCOMPARE(seen[0].body, expectedBody(ids.mid(0, 100)));
        QCOMPARE(seen[1].body, expectedBody(ids.mid(100, 100)));
        QCOMPARE(seen[2].body, expectedBody(ids.mid(200, 50)));
        QCOMPARE(batches.size(), 3);
        QCOMPARE(batches[2].first, QByteArray("[]50"));
        QCOMPARE(batches[2].second, ids.mid(200, 50));
    }

    void bodyFormatIsExact()
    {
        QCOMPARE(ClobRestClient::booksRequestBody({QStringLiteral("1"), QStringLiteral("22")}),
                 QByteArray(R"([{"token_id":"1"},{"token_id":"22"}])"));
    }

    void batchSizeClampedToVenueMaximum()
    {
        LocalHttpServer server([](const HttpExchange&) { return HttpAnswer{200, "[]", {}}; });
        QVERIFY(server.listen());
        ClobRestOptions options;
        options.booksBatchSize = 10'000;
        ClobRestClient client(server.url(), options);
        int finished = 0;
        connect(&client, &ClobRestClient::booksFinished, this, [&] { ++finished; });
        client.fetchBooks(tokenIds(1'001));
        QTRY_COMPARE_WITH_TIMEOUT(finished, 1, 5'000);
        QList<qsizetype> sizes;
        for (const HttpExchange& r : server.requests()) {
            sizes.append(r.body.count("token_id"));
        }
        std::sort(sizes.begin(), sizes.end());
        QCOMPARE(sizes, (QList<qsizetype>{1, 500, 500}));
    }

    void failedBatchIsReportedAndOthersContinue()
    {
        LocalHttpServer server([](const HttpExchange& r) {
            return r.body.contains("0001") ? HttpAnswer{400, "Payload exceeds the limit", {}}
                                           : HttpAnswer{200, "[]", {}};
        });
        QVERIFY(server.listen());
        ClobRestOptions options;
        options.booksBatchSize = 1;
        ClobRestClient client(server.url(), options);
        int ok = 0;
        int finished = 0;
        QList<QPair<QStringList, Error>> failures;
        connect(&client, &ClobRestClient::booksBatch, this, [&] { ++ok; });
        connect(&client, &ClobRestClient::booksBatchFailed, this, [&](QStringList ids, Error e) {
            failures.append({ids, e});
        });
        connect(&client, &ClobRestClient::booksFinished, this, [&] { ++finished; });
        client.fetchBooks(tokenIds(3));
        QTRY_COMPARE_WITH_TIMEOUT(finished, 1, 5'000);
        QCOMPARE(ok, 2);
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures[0].first, tokenIds(3).mid(1, 1));
        QCOMPARE(failures[0].second.code, ErrorCode::Http);
    }

    void singleKeyEndpoints()
    {
        LocalHttpServer server([](const HttpExchange& r) { return HttpAnswer{200, r.target, {}}; });
        QVERIFY(server.listen());
        ClobRestClient client(server.url());
        QList<QPair<QString, QByteArray>> got;
        connect(&client, &ClobRestClient::bookReceived, this, [&](QString k, QByteArray j) {
            got.append({QStringLiteral("book ") + k, j});
        });
        connect(&client, &ClobRestClient::tickSizeReceived, this, [&](QString k, QByteArray j) {
            got.append({QStringLiteral("tick ") + k, j});
        });
        connect(&client, &ClobRestClient::feeRateReceived, this, [&](QString k, QByteArray j) {
            got.append({QStringLiteral("fee ") + k, j});
        });
        connect(&client, &ClobRestClient::versionReceived, this, [&](QByteArray j) {
            got.append({QStringLiteral("version"), j});
        });
        connect(&client, &ClobRestClient::clobMarketReceived, this, [&](QString k, QByteArray j) {
            got.append({QStringLiteral("market ") + k, j});
        });
        client.fetchBook(QStringLiteral("123"));
        client.fetchTickSize(QStringLiteral("456"));
        client.fetchFeeRate(QStringLiteral("789"));
        client.fetchVersion();
        client.fetchClobMarket(QStringLiteral("0xabc"));
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 5, 5'000);
        std::sort(got.begin(), got.end());
        QCOMPARE(got[0], qMakePair(QStringLiteral("book 123"), QByteArray("/book?token_id=123")));
        QCOMPARE(got[1],
                 qMakePair(QStringLiteral("fee 789"), QByteArray("/fee-rate?token_id=789")));
        QCOMPARE(got[2],
                 qMakePair(QStringLiteral("market 0xabc"), QByteArray("/clob-markets/0xabc")));
        QCOMPARE(got[3],
                 qMakePair(QStringLiteral("tick 456"), QByteArray("/tick-size?token_id=456")));
        QCOMPARE(got[4], qMakePair(QStringLiteral("version"), QByteArray("/version")));
    }

    void singleKeyFailureCarriesKey()
    {
        LocalHttpServer server([](const HttpExchange&) {
            return HttpAnswer{
                    404, R"({"error":"No orderbook exists for the requested token id"})", {}};
        });
        QVERIFY(server.listen());
        ClobRestClient client(server.url());
        QList<std::tuple<ClobRestClient::Endpoint, QString, Error>> failures;
        connect(&client, &ClobRestClient::requestFailed, this,
                [&](ClobRestClient::Endpoint e, QString k, Error err) {
                    failures.append({e, k, err});
                });
        client.fetchBook(QStringLiteral("999"));
        QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, 5'000);
        QCOMPARE(std::get<0>(failures[0]), ClobRestClient::Endpoint::Book);
        QCOMPARE(std::get<1>(failures[0]), QStringLiteral("999"));
        QCOMPARE(std::get<2>(failures[0]).code, ErrorCode::Http);
    }
};

QTEST_GUILESS_MAIN(TestClobRestClient)
#include "tst_clobrestclient.moc"
