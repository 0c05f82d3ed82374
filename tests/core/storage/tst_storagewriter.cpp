#include "core/storage/StorageQueries.h"
#include "core/storage/StorageWriter.h"
#include "core/venues/polymarket/WorkerThread.h"
#include "tests/core/storage/TestDatabases.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <memory>

using namespace polaris;
using polaris::testing::countRows;

namespace {

Decimal dec(const char* text)
{
    return Decimal::parse(text).value();
}

FillRecord fill(const std::string& id, const std::string& orderId)
{
    FillRecord f;
    f.fillId = id;
    f.orderId = orderId;
    f.tokenId = "tok";
    f.price = dec("0.47");
    f.shares = dec("10.25");
    f.fee = dec("0.000001");
    f.filledAtMs = 1764000000000;
    return f;
}

OrderRecord order(const std::string& id)
{
    OrderRecord o;
    o.orderId = id;
    o.tokenId = "tok";
    o.orderType = "FOK";
    o.limitPrice = dec("0.47");
    o.shares = dec("100");
    o.status = "LIVE";
    o.createdAtMs = 1764000000000;
    o.updatedAtMs = 1764000000000;
    return o;
}

/// A deterministic UUID per (prefix, i), so tests can look rows up.
QString uuidOf(const QString& prefix, int i)
{
    return QUuid::createUuidV5(QUuid(), QStringLiteral("%1-%2").arg(prefix).arg(i))
            .toString(QUuid::WithoutBraces);
}

QString whereRun(const QString& prefix, int i)
{
    return QStringLiteral("WHERE run_id = '%1'").arg(uuidOf(prefix, i));
}

ScanRunRecord run(const QString& prefix, int i)
{
    return ScanRunRecord{
            uuidOf(prefix, i).toStdString(), 1764000000000 + i, 1500, 10, 2, 3, 0, 0, 0, {}};
}

/// A StorageWriter on its own thread, started.
struct RunningWriter
{
    explicit RunningWriter(StorageWriter::Options options)
        : thread(QStringLiteral("storage"))
    {
        writer = thread.adopt(new StorageWriter(std::move(options)));
        thread.start();
        QMetaObject::invokeMethod(writer, &StorageWriter::start);
    }
    polymarket::WorkerThread thread;
    StorageWriter* writer = nullptr;
};

} // namespace

class TstStorageWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<StorageStats>(); }

    void concurrentWriters_data() { testing::addBackendRows(); }
    void concurrentWriters()
    {
        POLARIS_SCRATCH_DATABASE(scratch);
        StorageWriter::Options options;
        options.url = scratch.url();
        options.batchRows = 200;
        // Two writers (two connections, two threads) and, on each, two producer threads at once.
        RunningWriter first(options);
        RunningWriter second(options);
        QVERIFY(QTest::qWaitFor(
                [&] { return first.writer->stats().connected && second.writer->stats().connected; },
                10'000));
        constexpr int kPerProducer = 2'500;
        std::vector<std::unique_ptr<QThread>> producers;
        int producerIndex = 0;
        for (StorageWriter* writer : {first.writer, second.writer}) {
            for (int p = 0; p < 2; ++p) {
                const QString prefix = QStringLiteral("p%1").arg(producerIndex++);
                producers.emplace_back(QThread::create([writer, prefix] {
                    for (int i = 0; i < kPerProducer; ++i) {
                        Status accepted = writer->enqueue(run(prefix, i));
                        Q_ASSERT(accepted.ok());
                    }
                }));
                producers.back()->start();
            }
        }
        for (auto& producer : producers) {
            QVERIFY(producer->wait(20'000));
        }
        QVERIFY(first.writer->waitForFlushed(30'000));
        QVERIFY(second.writer->waitForFlushed(30'000));
        QCOMPARE(first.writer->stats().written + second.writer->stats().written, 4 * kPerProducer);
        QCOMPARE(countRows(scratch.url(), QStringLiteral("arb_scan_run")), 4 * kPerProducer);
        for (int p = 0; p < 4; ++p) {
            QCOMPARE(countRows(scratch.url(), QStringLiteral("arb_scan_run"),
                               whereRun(QStringLiteral("p%1").arg(p), kPerProducer - 1)),
                     1);
        }
    }

    void overflowRejectsNewAndKeepsOld_data() { testing::addBackendRows(); }
    void overflowRejectsNewAndKeepsOld()
    {
        POLARIS_SCRATCH_DATABASE(scratch);
        StorageWriter::Options options;
        options.url = scratch.url();
        options.maxQueued = 100;
        // Not started yet: nothing drains, as if the database were unreachable.
        polymarket::WorkerThread thread(QStringLiteral("storage"));
        auto* writer = thread.adopt(new StorageWriter(options));
        QSignalSpy overflowed(writer, &StorageWriter::overflowed);
        thread.start();
        int rejected = 0;
        for (int i = 0; i < 150; ++i) {
            Status accepted = writer->enqueue(run(QStringLiteral("r"), i));
            if (!accepted) {
                ++rejected;
                QCOMPARE(accepted.error().code, ErrorCode::TooLarge);
            }
        }
        QCOMPARE(rejected, 50);
        // Reported at once, then at most once a second while it lasts, ending with the full count.
        QTRY_VERIFY_WITH_TIMEOUT(
                !overflowed.isEmpty() && overflowed.last().at(0).toLongLong() == 50, 5'000);
        QVERIFY(overflowed.count() <= 2);
        StorageStats stats = writer->stats();
        QCOMPARE(stats.rejected, 50);
        QCOMPARE(stats.queued, 100);
        QVERIFY(stats.lastError.contains(QStringLiteral("queue full")));
        QMetaObject::invokeMethod(writer, &StorageWriter::start);
        QVERIFY(writer->waitForFlushed(10'000));
        QCOMPARE(writer->stats().written, 100);
        // The oldest were kept: r-0 .. r-99.
        QCOMPARE(countRows(scratch.url(), QStringLiteral("arb_scan_run"),
                           whereRun(QStringLiteral("r"), 0)),
                 1);
        QCOMPARE(countRows(scratch.url(), QStringLiteral("arb_scan_run"),
                           whereRun(QStringLiteral("r"), 99)),
                 1);
        QCOMPARE(countRows(scratch.url(), QStringLiteral("arb_scan_run"),
                           whereRun(QStringLiteral("r"), 100)),
                 0);
    }

    void badRecordIsolated_data() { testing::addBackendRows(); }
    void badRecordIsolated()
    {
        POLARIS_SCRATCH_DATABASE(scratch);
        StorageWriter::Options options;
        options.url = scratch.url();
        polymarket::WorkerThread thread(QStringLiteral("storage"));
        auto* writer = thread.adopt(new StorageWriter(options));
        QSignalSpy failed(writer, &StorageWriter::failed);
        // Queued before start, so all land in one batch: order, 3 fills, one fill of an unknown
        // order.
        QVERIFY(writer->enqueue(order("o1")).ok());
        QVERIFY(writer->enqueue(fill("f1", "o1")).ok());
        QVERIFY(writer->enqueue(fill("f-orphan", "no-such-order")).ok());
        QVERIFY(writer->enqueue(fill("f2", "o1")).ok());
        QVERIFY(writer->enqueue(fill("f1", "o1"))
                        .ok()); // duplicate id: insert-if-absent, not an error
        thread.start();
        QMetaObject::invokeMethod(writer, &StorageWriter::start);
        QVERIFY(writer->waitForFlushed(10'000));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5'000);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("arb_fill")));
        const StorageStats stats = writer->stats();
        QCOMPARE(stats.failedRecords, 1);
        QCOMPARE(stats.written, 4);
        QCOMPARE(countRows(scratch.url(), QStringLiteral("arb_fill")), 2);
        QCOMPARE(countRows(scratch.url(), QStringLiteral("arb_order")), 1);
    }

    /// A ticket answers for its own record: the orphan fill is refused, the records around it
    /// (same batch) are committed, and a wait for a record still queued times out.
    void ticketsReportTheirOwnRecord_data() { testing::addBackendRows(); }
    void ticketsReportTheirOwnRecord()
    {
        POLARIS_SCRATCH_DATABASE(scratch);
        StorageWriter::Options options;
        options.url = scratch.url();
        polymarket::WorkerThread thread(QStringLiteral("storage"));
        auto* writer = thread.adopt(new StorageWriter(options));
        const Result<quint64> good = writer->enqueueTracked(order("o1"));
        const Result<quint64> orphan = writer->enqueueTracked(fill("f-orphan", "no-such-order"));
        const Result<quint64> after = writer->enqueueTracked(fill("f1", "o1"));
        QVERIFY(good.ok() && orphan.ok() && after.ok());
        QCOMPARE(orphan.value(), good.value() + 1);
        // Not started yet: nothing can commit.
        const Status early = writer->waitForCommitted(good.value(), 50);
        QVERIFY(!early.ok());
        QCOMPARE(early.error().code, ErrorCode::Timeout);
        thread.start();
        QMetaObject::invokeMethod(writer, &StorageWriter::start);
        QVERIFY(writer->waitForCommitted(after.value(), 10'000).ok());
        QVERIFY(writer->waitForCommitted(good.value(), 0).ok());
        const Status refused = writer->waitForCommitted(orphan.value(), 0);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Io);
        QCOMPARE(countRows(scratch.url(), QStringLiteral("arb_fill")), 1);
        const Result<quint64> invalid = writer->enqueueTracked(fill("", "o1"));
        QVERIFY(!invalid.ok());
    }

    void unreachableDatabaseQueuesAndReports()
    {
        StorageWriter::Options options;
        options.url = DatabaseUrl::parse(
                              QStringLiteral("postgresql://127.0.0.1:1/nothing?connect_timeout=1"))
                              .value();
        options.reconnectBaseMs = 50;
        RunningWriter running(options);
        QVERIFY(running.writer->enqueue(run(QStringLiteral("u"), 1)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!running.writer->stats().lastError.isEmpty(), 5'000);
        const StorageStats stats = running.writer->stats();
        QVERIFY(!stats.connected);
        QCOMPARE(stats.queued, 1);
        QVERIFY(!running.writer->waitForFlushed(200));
    }

    void rejectsInvalidRecords()
    {
        StorageWriter writer(StorageWriter::Options{});
        ExecutionRecord huge;
        huge.execId = uuidOf(QStringLiteral("e"), 1).toStdString();
        huge.errorMessage.assign(2 << 20, 'x');
        Status refused = writer.enqueue(huge);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::TooLarge);
        QCOMPARE(writer.stats().rejected, 1);
        QCOMPARE(writer.stats().queued, 0);
        Status notUuid = writer.enqueue(ScanRunRecord{"run-1", 0, 0, 0, 0, 0, 0, 0, 0, {}});
        QVERIFY(!notUuid.ok());
        QCOMPARE(notUuid.error().code, ErrorCode::InvalidFormat);
        QCOMPARE(writer.stats().rejected, 2);
    }
};

QTEST_GUILESS_MAIN(TstStorageWriter)
#include "tst_storagewriter.moc"
