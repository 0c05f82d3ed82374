#pragma once

#include "core/execution/RecordSink.h"

#include <mutex>
#include <optional>
#include <vector>

namespace polaris {

/// A RecordSink that keeps every record in memory, in the order persisted: for paper runs
/// without a database (`--no-db`) and for tests. "Durable" only for the life of the process.
/// setFailure() makes persist() refuse, as a database that is down would, so callers can check
/// that nothing is sent without its intent on record. Thread-safe (one mutex).
class MemoryRecordSink final : public RecordSink
{
public:
    Status persist(StorageRecord record) override;

    /// From now on persist() returns this error (nullopt: accept again).
    void setFailure(std::optional<Error> error);

    std::vector<StorageRecord> records() const;
    /// The records of one type, in order (e.g. every OrderRecord state written).
    template <typename R> std::vector<R> recordsOf() const
    {
        std::lock_guard lock(m_mutex);
        std::vector<R> out;
        for (const StorageRecord& record : m_records) {
            if (const R* value = std::get_if<R>(&record)) {
                out.push_back(*value);
            }
        }
        return out;
    }
    std::size_t size() const;
    void clear();

private:
    mutable std::mutex m_mutex;
    std::vector<StorageRecord> m_records;
    std::optional<Error> m_failure;
};

} // namespace polaris
