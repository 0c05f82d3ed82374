#include "core/venues/polymarket/WorkerThread.h"

#include <QLoggingCategory>
#include <QObject>
#include <QThread>

namespace polaris::polymarket {

namespace {
Q_LOGGING_CATEGORY(lcPmThread, "polaris.polymarket.thread")
}

WorkerThread::WorkerThread(const QString& name)
    : m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(name);
}

WorkerThread::~WorkerThread()
{
    stop();
}

void WorkerThread::adoptObject(QObject* object)
{
    Q_ASSERT(object && !object->parent());
    Q_ASSERT(object->thread() == QThread::currentThread());
    object->moveToThread(m_thread.get());
    // QThread processes deferred deletes after emitting finished(), still on the worker thread,
    // so the object and its network children are torn down where they live.
    QObject::connect(m_thread.get(), &QThread::finished, object, &QObject::deleteLater);
    m_objects.append(object);
}

void WorkerThread::start()
{
    if (!m_thread->isRunning()) {
        m_thread->start();
    }
}

bool WorkerThread::isRunning() const
{
    return m_thread->isRunning();
}

void WorkerThread::stop()
{
    if (m_thread->isRunning()) {
        m_thread->quit();
        if (!m_thread->wait(QDeadlineTimer(30'000))) {
            // Something blocks the worker's event loop; waiting forever would hang shutdown.
            qCCritical(lcPmThread) << "worker thread" << m_thread->objectName()
                                   << "did not stop within 30 s; waiting without limit";
            m_thread->wait();
        }
    }
    // Never started (or objects adopted after it stopped): finished() will not come, delete here.
    // The thread is not running, so no event handler of these objects can be executing.
    for (const QPointer<QObject>& object : std::as_const(m_objects)) {
        delete object.data();
    }
    m_objects.clear();
}

} // namespace polaris::polymarket
