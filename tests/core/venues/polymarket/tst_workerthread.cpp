#include "core/venues/polymarket/WorkerThread.h"

#include <QAtomicPointer>
#include <QTest>
#include <QThread>

using polaris::polymarket::WorkerThread;

namespace {
/// Records the thread it is destroyed on.
class Probe : public QObject
{
public:
    explicit Probe(QThread** destroyedOn)
        : m_destroyedOn(destroyedOn)
    {}
    ~Probe() override { *m_destroyedOn = QThread::currentThread(); }

private:
    QThread** m_destroyedOn;
};
} // namespace

class TestWorkerThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void objectRunsAndDiesOnWorkerThread()
    {
        QThread* destroyedOn = nullptr;
        QThread* workerThread = nullptr;
        QPointer<Probe> probe = new Probe(&destroyedOn);
        {
            WorkerThread worker(QStringLiteral("test-worker"));
            worker.adopt(probe.data());
            workerThread = worker.thread();
            QCOMPARE(probe->thread(), workerThread);
            worker.start();
            QThread* ranOn = nullptr;
            QMetaObject::invokeMethod(
                    probe, [&ranOn] { ranOn = QThread::currentThread(); },
                    Qt::BlockingQueuedConnection);
            QCOMPARE(ranOn, workerThread);
        }
        QVERIFY(probe.isNull());
        QCOMPARE(destroyedOn, workerThread);
        QVERIFY(destroyedOn != QThread::currentThread());
    }

    void neverStartedStillDeletes()
    {
        QThread* destroyedOn = nullptr;
        QPointer<Probe> probe = new Probe(&destroyedOn);
        {
            WorkerThread worker(QStringLiteral("idle"));
            worker.adopt(probe.data());
        }
        QVERIFY(probe.isNull());
    }

    void stopIsIdempotent()
    {
        WorkerThread worker(QStringLiteral("twice"));
        worker.start();
        QVERIFY(worker.isRunning());
        worker.stop();
        QVERIFY(!worker.isRunning());
        worker.stop();
    }
};

QTEST_GUILESS_MAIN(TestWorkerThread)
#include "tst_workerthread.moc"
