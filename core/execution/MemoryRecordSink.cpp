#include "core/execution/MemoryRecordSink.h"

namespace polaris {

Status MemoryRecordSink::persist(StorageRecord record)
{
    std::lock_guard lock(m_mutex);
    if (m_failure) {
        return *m_failure;
    }
    m_records.push_back(std::move(record));
    return okStatus();
}

void MemoryRecordSink::setFailure(std::optional<Error> error)
{
    std::lock_guard lock(m_mutex);
    m_failure = std::move(error);
}

std::vector<StorageRecord> MemoryRecordSink::records() const
{
    std::lock_guard lock(m_mutex);
    return m_records;
}

std::size_t MemoryRecordSink::size() const
{
    std::lock_guard lock(m_mutex);
    return m_records.size();
}

void MemoryRecordSink::clear()
{
    std::lock_guard lock(m_mutex);
    m_records.clear();
}

} // namespace polaris
