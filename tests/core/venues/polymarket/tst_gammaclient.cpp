#include "core/venues/polymarket/GammaClient.h"
#include "core/venues/polymarket/WorkerThread.h"
#include "tests/core/venues/polymarket/LocalHttpServer.h"

#include <QTest>
#include <QUrlQuery>

using namespace polaris;
using namespace polaris::polymarket;
using polaris::test::HttpAnswer;
using polaris::test::HttpExchange;
using polaris::test::LocalHttpServer;

namespace {

/// Serves `total` fake events, honouring limit/offset like Gamma's /events.
HttpAnswer eventsPage(const HttpExchange& request, int total)
{
    const QUrl url(QString::fromLatin1(request.target));
    const QUrlQuery query(url);
    const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
    const int offset = query.queryItemValue(QStringLiteral("offset")).toInt();
    QByteArray body = "[";
    for (int i = offset; i < std::min(total, offset + limit); ++i) {
        body += (i > offset ? ",{\"id\":\"" : "{\"id\":\"") + QByteArray::number(i) + "\"}";
    }
    body += "]";
    return HttpAnswer{200, body, {}};
}

QList<int> offsetsOf(const QList<HttpExchange>& requests)
{
    QList<int> offsets;
    for (const HttpExchange& r : requests) {
        offsets.append(QUrlQuery(QUrl(QString::fromLatin1(r.target)))
                               .queryItemValue(QStringLiteral("offset"))
                               .toInt());
    }
    std::sort(offsets.begin(), offsets.end());
    return offsets;
}

struct Collected
{
    QList<QPair<int, QByteArray>> pages;
    int finished = -1;
    QList<Error> errors;
};

void collect(GammaClient* client, QObject* context, Collected* out)
{
    QObject::connect(client, &GammaClient::eventsPage, context, [out](QByteArray page, int offset) {
        out->pages.append({offset, page});
    });
    QObject::connect(client, &GammaClient::eventsFinished, context,
                     [out](int pages) { out->finished = pages; });
    QObject::connect(client, &GammaClient::failed, context,
                     [out](Error error) { out->errors.append(error); });
}

} // namespace

class TestGammaClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesUntilShortPage()
    {
        LocalHttpServer server([](const HttpExchange& r) { return eventsPage(r, 250); });
        QVERIFY(server.listen());
        GammaOptions options;
        options.concurrency = 1;
        GammaClient client(server.url(), options);
        Collected got;
        collect(&client, this, &got);
        client.fetchAllEvents();
        QTRY_COMPARE_WITH_TIMEOUT(got.finished, 3, 5'000);
        QVERIFY(got.errors.isEmpty());
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(server.requests()[0].target,
                 QByteArray("/events?active=true&closed=false&archived=false&limit=100&offset=0"));
        QCOMPARE(offsetsOf(server.requests()), (QList<int>{0, 100, 200}));
        QCOMPARE(got.pages.size(), 3);
        QCOMPARE(got.pages[2].first, 200);
        QVERIFY(got.pages[2].second.startsWith("[{\"id\":\"200\"}"));
        QVERIFY(got.pages[2].second.endsWith("{\"id\":\"249\"}]"));
    }

    void exactMultipleEndsAtEmptyPage()
    {
        LocalHttpServer server([](const HttpExchange& r) { return eventsPage(r, 200); });
        QVERIFY(server.listen());
        GammaOptions options;
        options.concurrency = 1;
        GammaClient client(server.url(), options);
        Collected got;
        collect(&client, this, &got);
        client.fetchAllEvents();
        QTRY_COMPARE_WITH_TIMEOUT(got.finished, 2, 5'000); // the empty page is not emitted
        QCOMPARE(offsetsOf(server.requests()), (QList<int>{0, 100, 200}));
    }

    void concurrentPagingStopsSoonAfterShortPage()
    {
        LocalHttpServer server([](const HttpExchange& r) { return eventsPage(r, 1'050); });
        QVERIFY(server.listen());
        GammaOptions options;
        options.concurrency = 3;
        GammaClient client(server.url(), options);
        Collected got;
        collect(&client, this, &got);
        client.fetchAllEvents();
        QTRY_COMPARE_WITH_TIMEOUT(got.finished, 11, 5'000);
        const QList<int> offsets = offsetsOf(server.requests());
        for (int k = 0; k <= 10; ++k) {
            QVERIFY(offsets.contains(k * 100));
        }
        QVERIFY(offsets.last() <= 1'000 + 2 * 100); // at most concurrency-1 pages past the end
        int events = 0;
        for (const auto& page : std::as_const(got.pages)) {
            events += int(page.second.count("\"id\""));
        }
        QCOMPARE(events, 1'050);
    }

    void notAnArrayFails()
    {
        LocalHttpServer server([](const HttpExchange&) {
            return HttpAnswer{200, R"({"error":"maintenance"})", {}};
        });
        QVERIFY(server.listen());
        GammaClient client(server.url());
        Collected got;
        collect(&client, this, &got);
        client.fetchAllEvents();
        QTRY_COMPARE_WITH_TIMEOUT(got.errors.size(), 1, 5'000);
        QCOMPARE(got.errors[0].code, ErrorCode::InvalidFormat);
        QVERIFY(got.errors[0].detail.find("offset 0") != std::string::npos);
        QCOMPARE(got.finished, -1);
        QVERIFY(!client.isFetching());
    }

    void httpFailureFails()
    {
        LocalHttpServer server([](const HttpExchange&) { return HttpAnswer{422, "bad", {}}; });
        QVERIFY(server.listen());
        GammaClient client(server.url());
        Collected got;
        collect(&client, this, &got);
        client.fetchAllEvents();
        QTRY_COMPARE_WITH_TIMEOUT(got.errors.size(), 1, 5'000);
        QCOMPARE(got.errors[0].code, ErrorCode::Http);
    }

    void periodicRefreshOnWorkerThread()
    {
        LocalHttpServer server([](const HttpExchange& r) { return eventsPage(r, 30); });
        QVERIFY(server.listen());
        Collected got;
        int runs = 0;
        {
            WorkerThread worker(QStringLiteral("gamma"));
            auto* client = worker.adopt(new GammaClient(server.url()));
            collect(client, this, &got); // queued: receivers live on this thread
            connect(client, &GammaClient::eventsFinished, this, [&runs] { ++runs; });
            worker.start();
            QMetaObject::invokeMethod(client, [client] { client->startPeriodicRefresh(100); });
            QTRY_VERIFY_WITH_TIMEOUT(runs >= 2, 5'000);
        }
        QVERIFY(got.errors.isEmpty());
        QCOMPARE(got.pages.first().first, 0);
        QCOMPARE(got.pages.first().second.count("\"id\""), 30);
    }
};

QTEST_GUILESS_MAIN(TestGammaClient)
#include "tst_gammaclient.moc"
