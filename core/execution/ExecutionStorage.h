#pragma once

#include "core/execution/RecordSink.h"
#include "core/storage/DatabaseUrl.h"
#include "core/util/Result.h"

#include <QStringList>

#include <cstdint>
#include <memory>

namespace polaris {

class OrderGateway;
class StorageQueries;
class StorageWriter;
namespace polymarket {
class WorkerThread;
}

/// Where the execution thread's records go and reconciliation reads: without a database, a
/// MemoryRecordSink; with one, its own StorageQueries connection (opened and migrated first) and a
/// StorageRecordSink on a StorageWriter, either shared (owned elsewhere, already started, on
/// another thread) or its own on a writer thread owned here. When the database cannot be opened
/// the sink refuses every record, so the engine sends nothing (no order without its intent on
/// record). Lives on, and is used from, the execution thread.
class ExecutionStorage
{
public:
    ExecutionStorage();
    ~ExecutionStorage();
    ExecutionStorage(const ExecutionStorage&) = delete;
    ExecutionStorage& operator=(const ExecutionStorage&) = delete;

    /// Switches to the database. On Error the records are refused (see above).
    Status open(const DatabaseUrl& url, StorageWriter* sharedWriter = nullptr);

    RecordSink& records() { return *m_records; }
    bool hasDatabase() const { return m_queries != nullptr; }

    /// Reconciles the gateway's phase with the database (ReconcilerDriver) and persists what it
    /// decided; the issues as text for the operator. Empty without a database.
    Result<QStringList> reconcile(OrderGateway& gateway, std::int64_t nowMs);

private:
    std::unique_ptr<polymarket::WorkerThread> m_writerThread;
    StorageWriter* m_writer = nullptr; // own (in m_writerThread) or shared
    std::unique_ptr<StorageQueries> m_queries;
    std::unique_ptr<RecordSink> m_records;
};

} // namespace polaris
