#include "core/execution/ExecutionStorage.h"

#include "core/execution/MemoryRecordSink.h"
#include "core/execution/ReconcilerDriver.h"
#include "core/execution/StorageRecordSink.h"
#include "core/storage/StorageQueries.h"
#include "core/storage/StorageWriter.h"
#include "core/venues/polymarket/WorkerThread.h"

#include <QLoggingCategory>

namespace polaris {

namespace {
Q_LOGGING_CATEGORY(lcExecStorage, "polaris.execution.storage")
}

ExecutionStorage::ExecutionStorage()
    : m_records(std::make_unique<MemoryRecordSink>())
{}

ExecutionStorage::~ExecutionStorage()
{
    m_records.reset();
    if (m_writerThread && m_writer != nullptr
        && !m_writer->waitForFlushed(5'000)) { // the last moments' records
        qCWarning(lcExecStorage) << "execution records still queued at shutdown";
    }
    m_writerThread.reset(); // deletes the own writer on its thread
}

Status ExecutionStorage::open(const DatabaseUrl& url, StorageWriter* sharedWriter)
{
    Result<StorageQueries> queries = StorageQueries::open(url);
    if (!queries) {
        auto refusing = std::make_unique<MemoryRecordSink>();
        refusing->setFailure(Error{queries.error().code,
                                   "the database cannot be opened: " + queries.error().detail});
        m_records = std::move(refusing);
        return queries.error();
    }
    // Opened (and migrated) here first, so that a new writer does not race it to the migration.
    m_queries = std::make_unique<StorageQueries>(std::move(queries).value());
    if (sharedWriter != nullptr) {
        m_writer = sharedWriter;
    } else {
        m_writerThread =
                std::make_unique<polymarket::WorkerThread>(QStringLiteral("polaris-exec-storage"));
        StorageWriter::Options options;
        options.url = url;
        m_writer = m_writerThread->adopt(new StorageWriter(options));
        m_writerThread->start();
        QMetaObject::invokeMethod(m_writer, &StorageWriter::start, Qt::QueuedConnection);
    }
    m_records = std::make_unique<StorageRecordSink>(*m_writer);
    return okStatus();
}

Result<QStringList> ExecutionStorage::reconcile(OrderGateway& gateway, std::int64_t nowMs)
{
    if (!m_queries) {
        return QStringList();
    }
    const Result<ReconcileResult> result =
            polaris::reconcile(*m_queries, gateway, *m_records, nowMs);
    if (!result) {
        return result.error();
    }
    QStringList issues;
    for (const ReconcileIssue& issue : result->issues) {
        issues << QStringLiteral("%1: %2").arg(QLatin1String(reconcileIssueKindName(issue.kind)),
                                               QString::fromStdString(issue.message));
    }
    qCInfo(lcExecStorage) << "reconciliation:" << result->updatedOrders.size() << "orders updated,"
                          << result->newFills.size() << "fills recorded," << issues.size()
                          << "issues";
    return issues;
}

} // namespace polaris
