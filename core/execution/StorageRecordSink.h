#pragma once

#include "core/execution/RecordSink.h"

namespace polaris {

class StorageWriter;

/// The RecordSink of runs with a database: enqueues on the StorageWriter (its own thread) and
/// waits, bounded, until the writer has committed everything queued so far. When that does not
/// happen in time (database down, reconnecting) or the database refused a record meanwhile, the
/// record counts as not durable and persist() returns an Error, so the engine does not send the
/// order it describes. Call from any thread except the writer's (the execution thread).
class StorageRecordSink final : public RecordSink
{
public:
    static constexpr int kDefaultTimeoutMs = 5'000;

    explicit StorageRecordSink(StorageWriter& writer, int timeoutMs = kDefaultTimeoutMs);

    Status persist(StorageRecord record) override;

private:
    StorageWriter& m_writer;
    int m_timeoutMs;
};

} // namespace polaris
