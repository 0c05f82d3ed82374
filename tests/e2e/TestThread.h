#pragma once

#include <QMetaObject>
#include <QObject>
#include <QTest>
#include <QThread>

#include <chrono>
#include <future>
#include <memory>
#include <optional>

namespace polaris::e2e {

/// A second thread with an event loop for the code under test (the execution thread), while the
/// test's own thread keeps serving the in-process simulator. run() hands a function to that
/// thread and pumps this thread's events until it returns, at most `timeoutMs`.
class TestThread
{
public:
    TestThread()
    {
        m_thread.setObjectName(QStringLiteral("e2e-execution"));
        m_thread.start();
        m_anchor = new QObject();
        m_anchor->moveToThread(&m_thread);
    }
    ~TestThread()
    {
        QMetaObject::invokeMethod(
                m_anchor, [anchor = m_anchor] { delete anchor; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    TestThread(const TestThread&) = delete;
    TestThread& operator=(const TestThread&) = delete;

    /// f's result, or nullopt when it did not finish in time (the test has failed then).
    template <typename F> auto run(F f, int timeoutMs = 30'000) -> std::optional<decltype(f())>
    {
        using R = decltype(f());
        auto promise = std::make_shared<std::promise<R>>();
        std::future<R> future = promise->get_future();
        QMetaObject::invokeMethod(
                m_anchor, [promise, f = std::move(f)]() mutable { promise->set_value(f()); },
                Qt::QueuedConnection);
        const bool ready = QTest::qWaitFor(
                [&] {
                    return future.wait_for(std::chrono::milliseconds(0))
                           == std::future_status::ready;
                },
                timeoutMs);
        if (!ready) {
            return std::nullopt;
        }
        return future.get();
    }

    /// Queues f on the thread and returns at once.
    template <typename F> void post(F f)
    {
        QMetaObject::invokeMethod(m_anchor, std::move(f), Qt::QueuedConnection);
    }

    QThread* thread() { return &m_thread; }

private:
    QThread m_thread;
    QObject* m_anchor = nullptr;
};

} // namespace polaris::e2e
