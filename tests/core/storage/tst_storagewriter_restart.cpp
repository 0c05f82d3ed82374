#include "core/storage/StorageWriter.h"
#include "core/venues/polymarket/WorkerThread.h"
#include "tests/core/storage/TestDatabases.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <unistd.h>

using namespace polaris;

/// PostgreSQL is restarted (`pg_ctlcluster 15 main restart`) in the middle of a 20,000-record
/// write burst: the writer must keep every record, reconnect and write them all exactly once.
/// Restarts the shared test server, so CMake runs it with RUN_SERIAL.
class TstStorageWriterRestart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void postgresRestartMidBurst()
    {
        if (testing::postgresTestUrl().isEmpty()) {
            QSKIP("POLARIS_TEST_POSTGRES_URL is not set: PostgreSQL restart test skipped "
                  "(packaging/run-tests.sh starts PostgreSQL and sets it)");
        }
        const QString pgCtl = QStandardPaths::findExecutable(QStringLiteral("pg_ctlcluster"));
        if (pgCtl.isEmpty()) {
            QSKIP("pg_ctlcluster not found: cannot restart PostgreSQL");
        }
        testing::ScratchDatabase scratch(QStringLiteral("postgresql"));
        QVERIFY(scratch.valid());

        StorageWriter::Options options;
        options.url = scratch.url();
        options.url.connectTimeoutS = 2;
        options.reconnectBaseMs = 100;
        options.reconnectCapMs = 1'000;
        polymarket::WorkerThread thread(QStringLiteral("storage"));
        auto* writer = thread.adopt(new StorageWriter(options));
        QSignalSpy connection(writer, &StorageWriter::connectionChanged);
        thread.start();
        QMetaObject::invokeMethod(writer, &StorageWriter::start);
        QTRY_VERIFY_WITH_TIMEOUT(writer->stats().connected, 10'000);

        constexpr int kTotal = 20'000;
        QProcess restart;
        const QString cluster =
                qEnvironmentVariable("POLARIS_TEST_PG_CLUSTER", QStringLiteral("15 main"));
        QStringList arguments = cluster.split(QLatin1Char(' '));
        arguments << QStringLiteral("restart");
        for (int i = 0; i < kTotal; ++i) {
            const QString id =
                    QUuid::createUuidV5(QUuid(), QString::number(i)).toString(QUuid::WithoutBraces);
            QVERIFY(writer
                            ->enqueue(ScanRunRecord{
                                    id.toStdString(), 1764000000000 + i, i, 1, 0, 0, 0, 0, 0, {}})
                            .ok());
            if (i % 1'000 == 999) {
                QTest::qWait(15); // a burst spread over ~0.3 s, so the restart lands inside it
            }
            if (i == 5'000) {
                if (::geteuid() == 0) {
                    restart.start(pgCtl, arguments);
                } else {
                    restart.start(QStringLiteral("sudo"),
                                  QStringList{QStringLiteral("-n"), pgCtl} + arguments);
                }
            }
        }
        QVERIFY(restart.waitForFinished(60'000));
        if (restart.exitCode() != 0 && ::geteuid() != 0) {
            QSKIP("cannot restart PostgreSQL without root (sudo -n pg_ctlcluster failed)");
        }
        QVERIFY2(restart.exitCode() == 0, restart.readAllStandardError().constData());

        QVERIFY2(writer->waitForFlushed(60'000), qPrintable(writer->stats().lastError));
        const StorageStats stats = writer->stats();
        QCOMPARE(stats.written, kTotal);
        QCOMPARE(stats.failedRecords, 0);
        QCOMPARE(stats.rejected, 0);
        QVERIFY(stats.connected);
        QVERIFY2(stats.reconnects >= 1, "the restart was not noticed");
        bool sawDown = false;
        for (const QList<QVariant>& change : connection) {
            sawDown = sawDown || !change.at(0).toBool();
        }
        QVERIFY(sawDown);
        QCOMPARE(connection.last().at(0).toBool(), true);
        thread.stop();
        QCOMPARE(testing::countRows(scratch.url(), QStringLiteral("arb_scan_run")), kTotal);
        QCOMPARE(testing::countRows(scratch.url(), QStringLiteral("arb_scan_run"),
                                    QStringLiteral("WHERE duration_us = 19999")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TstStorageWriterRestart)
#include "tst_storagewriter_restart.moc"
