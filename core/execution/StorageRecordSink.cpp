#include "core/execution/StorageRecordSink.h"

#include "core/storage/StorageWriter.h"

#include <QLoggingCategory>
#include <QThread>

namespace polaris {

Q_LOGGING_CATEGORY(lcRecordSink, "polaris.execution.records")

StorageRecordSink::StorageRecordSink(StorageWriter& writer, int timeoutMs)
    : m_writer(writer)
    , m_timeoutMs(timeoutMs)
{}

Status StorageRecordSink::persist(StorageRecord record)
{
    if (QThread::currentThread() == m_writer.thread()) {
        // Waiting here would block the very thread that has to commit the record.
        return Error{ErrorCode::Io, "execution record persisted from the storage writer's own "
                                    "thread: it cannot wait for its own commit"};
    }
    Result<quint64> ticket = m_writer.enqueueTracked(std::move(record));
    if (!ticket) {
        return Error{ticket.error().code, "execution record not stored: " + ticket.error().detail};
    }
    // Waits for this record only: a backlog of scan records ahead of it delays it by their
    // place in the queue, but a refusal of someone else's record does not fail it.
    Status committed = m_writer.waitForCommitted(ticket.value(), m_timeoutMs);
    if (!committed) {
        const StorageStats stats = m_writer.stats();
        if (committed.error().code == ErrorCode::Timeout) {
            const std::string why = stats.lastError.isEmpty() ? std::string("no error reported yet")
                                                              : stats.lastError.toStdString();
            qCWarning(lcRecordSink) << "execution record not committed within" << m_timeoutMs
                                    << "ms; connected:" << stats.connected;
            return Error{ErrorCode::Timeout,
                         "execution record not committed within " + std::to_string(m_timeoutMs)
                                 + " ms (database " + (stats.connected ? "slow" : "unreachable")
                                 + ": " + why
                                 + "); it stays queued and is written when the database is back"};
        }
        return Error{ErrorCode::Io,
                     "execution record refused by the database: " + committed.error().detail};
    }
    return okStatus();
}

} // namespace polaris
