#include "core/execution/StorageRecordSink.h"
#include "core/storage/StorageQueries.h"
#include "core/storage/StorageWriter.h"
#include "core/venues/polymarket/WorkerThread.h"
#include "tests/core/storage/TestDatabases.h"
#include "tests/support/TestPrinters.h"

#include <QElapsedTimer>
#include <QTest>

using namespace polaris;
using polaris::testing::countRows;

namespace {

OrderRecord intent(const std::string& id)
{
    OrderRecord o;
    o.orderId = id;
    o.tokenId = "tok";
    o.orderType = "FOK";
    o.limitPrice = Decimal::parse("0.47").value();
    o.shares = Decimal::fromInt(100);
    o.status = "INTENT";
    o.createdAtMs = 1764000000000;
    o.updatedAtMs = 1764000000000;
    o.mode = "LIVE";
    return o;
}

/// A StorageWriter on its own thread, started.
struct RunningWriter
{
    explicit RunningWriter(const DatabaseUrl& url)
        : thread(QStringLiteral("storage"))
    {
        StorageWriter::Options options;
        options.url = url;
        options.reconnectBaseMs = 50;
        writer = thread.adopt(new StorageWriter(std::move(options)));
        thread.start();
        QMetaObject::invokeMethod(writer, &StorageWriter::start);
    }
    polymarket::WorkerThread thread;
    StorageWriter* writer = nullptr;
};

} // namespace

/// StorageRecordSink: persist() returns only once the row is committed, and an Error (so that
/// the engine does not send) when the database is down or refuses the row.
class TstStorageRecordSink : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<StorageStats>(); }

    void committedWhenPersistReturns_data() { testing::addBackendRows(); }
    void committedWhenPersistReturns()
    {
        POLARIS_SCRATCH_DATABASE(scratch);
        RunningWriter running(scratch.url());
        StorageRecordSink sink(*running.writer);
        const Status stored = sink.persist(intent("o-1"));
        QVERIFY2(stored.ok(), stored.ok() ? "" : stored.error().detail.c_str());
        // Another connection sees it at once: it is committed, not merely queued.
        QCOMPARE(countRows(scratch.url(), QStringLiteral("arb_order")), 1);
        OrderRecord sent = intent("o-1");
        sent.status = "SENT";
        QVERIFY(sink.persist(sent).ok());
        QVERIFY(sink.persist(FillRecord{"f-1", "o-1", "tok", Decimal::parse("0.46").value(),
                                        Decimal::fromInt(100), Decimal(), 1764000000100,
                                        TradeSide::Buy})
                        .ok());
        Result<StorageQueries> queries = StorageQueries::open(scratch.url());
        QVERIFY(queries.ok());
        auto orders = queries.value().unsettledOrders();
        QCOMPARE(orders->size(), std::size_t(1));
        QCOMPARE(orders->front().status, std::string("SENT"));
        QCOMPARE(queries.value().fillsOfOrder("o-1")->size(), std::size_t(1));
    }

    void refusedRowIsAnError_data() { testing::addBackendRows(); }
    void refusedRowIsAnError()
    {
        POLARIS_SCRATCH_DATABASE(scratch);
        RunningWriter running(scratch.url());
        StorageRecordSink sink(*running.writer);
        // A fill of an order that does not exist: the foreign key refuses it.
        const Status refused = sink.persist(FillRecord{"f-x", "no-such-order", "tok", Decimal(),
                                                       Decimal::fromInt(1), Decimal(),
                                                       1764000000000, TradeSide::Buy});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Io);
        QVERIFY2(refused.error().detail.find("refused") != std::string::npos,
                 refused.error().detail.c_str());
        QVERIFY(sink.persist(intent("o-2")).ok()); // the next good row is fine again
    }

    void invalidRecordIsAnError()
    {
        QTemporaryDir dir;
        DatabaseUrl url;
        url.path = dir.filePath(QStringLiteral("polaris.sqlite"));
        RunningWriter running(url);
        StorageRecordSink sink(*running.writer);
        const Status refused = sink.persist(intent(""));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::MissingField);
        QVERIFY(refused.error().detail.find("order id is empty") != std::string::npos);
    }

    void databaseDownIsAnErrorInBoundedTime()
    {
        // Nothing listens on port 1: the writer keeps reconnecting, nothing commits.
        const DatabaseUrl url =
                DatabaseUrl::parse(QStringLiteral("postgresql://u@127.0.0.1:1/x?connect_timeout=1"))
                        .value();
        RunningWriter running(url);
        StorageRecordSink sink(*running.writer, 400);
        QElapsedTimer elapsed;
        elapsed.start();
        const Status refused = sink.persist(intent("o-3"));
        QVERIFY(!refused.ok());
        QVERIFY(elapsed.elapsed() < 3'000);
        QCOMPARE(refused.error().code, ErrorCode::Timeout);
        QVERIFY2(refused.error().detail.find("not committed within 400 ms (database "
                                             "unreachable")
                         != std::string::npos,
                 refused.error().detail.c_str());
    }

    void refusesTheWritersOwnThread()
    {
        QTemporaryDir dir;
        DatabaseUrl url;
        url.path = dir.filePath(QStringLiteral("polaris.sqlite"));
        RunningWriter running(url);
        StorageRecordSink sink(*running.writer);
        Status fromWriter = okStatus();
        QMetaObject::invokeMethod(
                running.writer, [&] { fromWriter = sink.persist(intent("o-4")); },
                Qt::BlockingQueuedConnection);
        QVERIFY(!fromWriter.ok());
        QVERIFY(fromWriter.error().detail.find("own thread") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TstStorageRecordSink)
#include "tst_storagerecordsink.moc"
