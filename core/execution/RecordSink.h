#pragma once

#include "core/storage/StorageRecords.h"
#include "core/util/Result.h"

namespace polaris {

/// Where the engine writes its intents and results. persist() returns only once the record is
/// durable (committed), because crash safety needs the intent on disk *before* an order leaves:
/// if it fails, the engine does not send. Implementations: StorageWriter-backed (enqueue, then
/// wait for the flush) and an in-memory one for the paper CLI without a database.
class RecordSink
{
public:
    virtual ~RecordSink() = default;
    virtual Status persist(StorageRecord record) = 0;
};

} // namespace polaris
