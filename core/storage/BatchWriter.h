#pragma once

#include "core/storage/StorageRecords.h"
#include "core/util/Result.h"

#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <functional>
#include <optional>
#include <variant>

namespace polaris {

class Database;

/// Writes StorageRecords as rows inside the caller's transaction, with one prepared statement per
/// record type (prepared on first use). Every statement is an idempotent upsert or an
/// insert-if-absent, so a batch retried after a lost connection writes each row once.
/// Lives for one transaction on the thread that owns the Database.
class BatchWriter
{
public:
    /// Largest text field accepted (bytes of UTF-8), and largest JSON text.
    static constexpr qsizetype kMaxTextBytes = 1 << 20;

    explicit BatchWriter(Database& database);

    Status write(const StorageRecord& record);

    /// Rejects records the database would refuse or that are absurd (TooLarge text, empty ids),
    /// before they are queued. Cheap; any thread.
    static Status validate(const StorageRecord& record);

    /// Whether the last failed write was refused for its data (constraint, type, size), so that
    /// retrying the same row can never succeed, as opposed to a lost connection or a busy lock.
    bool lastFailureIsDataError() const;

private:
    template <typename R> Status writeOne(const R& record, std::size_t index);
    QSqlQuery& statement(std::size_t index, const std::function<QString()>& sql);

    Database& m_database;
    QSqlError m_lastError;
    std::array<std::optional<QSqlQuery>, std::variant_size_v<StorageRecord>> m_statements;
};

} // namespace polaris
