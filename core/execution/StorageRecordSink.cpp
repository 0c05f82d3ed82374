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
    // The writer reports refusals as a count; any refusal while we wait might be this record,
    // so it counts as not durable (the engine then refuses to send: the safe side).
    const qint64 refusedBefore = m_writer.stats().failedRecords;
    Status queued = m_writer.enqueue(std::move(record));
    if (!queued) {
        return Error{queued.error().code, "execution record not stored: " + queued.error().detail};
    }
    if (!m_writer.waitForFlushed(m_timeoutMs)) {
        const StorageStats stats = m_writer.stats();
        const std::string why = stats.lastError.isEmpty() ? std::string("no error reported yet")
                                                          : stats.lastError.toStdString();
        qCWarning(lcRecordSink) << "execution record not committed within" << m_timeoutMs
                                << "ms; connected:" << stats.connected;
        return Error{ErrorCode::Timeout,
                     "execution record not committed within " + std::to_string(m_timeoutMs)
                             + " ms (database " + (stats.connected ? "slow" : "unreachable") + ": "
                             + why
                             + "); it stays queued and is written when the database "
                               "is back"};
    }
    const StorageStats after = m_writer.stats();
    if (after.failedRecords > refusedBefore) {
        return Error{ErrorCode::Io, "the database refused a record while this one was being "
                                    "stored: "
                                            + after.lastError.toStdString()};
    }
    return okStatus();
}

} // namespace polaris
