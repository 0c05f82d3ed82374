#pragma once

#include <QList>
#include <QPointer>
#include <QString>

#include <memory>

class QObject;
class QThread;

namespace polaris::polymarket {

/// Owns one QThread and the QObjects moved into it (e.g. a venue client). Created, started and
/// destroyed on the thread that owns it (normally the GUI/main thread).
///
/// Thread-affinity rule for the clients run here: they must not create their
/// QNetworkAccessManager / QWebSocket in their constructor (that runs on the creating thread);
/// they create them lazily in the first slot that runs after adopt() + start(), so the network
/// objects live, and emit, on the worker thread. Talk to an adopted object only through queued
/// connections or QMetaObject::invokeMethod.
///
/// Destruction quits the event loop and waits; every adopted object still alive is deleted on the
/// worker thread (deleteLater on QThread::finished, processed before the thread exits), or
/// directly when the thread was never started.
class WorkerThread
{
public:
    explicit WorkerThread(const QString& name);
    ~WorkerThread();
    WorkerThread(const WorkerThread&) = delete;
    WorkerThread& operator=(const WorkerThread&) = delete;

    /// Moves a parentless object that lives on the calling thread into the worker thread; the
    /// thread now owns it. Returns the object for chaining.
    template <typename T> T* adopt(T* object)
    {
        adoptObject(object);
        return object;
    }

    void start();
    /// Quits the event loop and waits for the thread (adopted objects are deleted by then).
    /// Idempotent; the destructor calls it.
    void stop();

    QThread* thread() const { return m_thread.get(); }
    bool isRunning() const;

private:
    void adoptObject(QObject* object);

    std::unique_ptr<QThread> m_thread;
    QList<QPointer<QObject>> m_objects;
};

} // namespace polaris::polymarket
