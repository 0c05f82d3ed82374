#pragma once

#include "core/storage/DatabaseUrl.h"
#include "core/storage/Dialect.h"
#include "core/util/Result.h"

#include <QSqlDatabase>
#include <QString>

class QSqlError;

namespace polaris {

/// One named QSqlDatabase connection, owned by the thread that opened it (Qt 6.4 cannot move a
/// connection between threads): each thread that touches the database opens its own Database.
/// SQLite gets WAL mode, a busy timeout and foreign keys; PostgreSQL a connect timeout and, when
/// the URL names a schema, that schema (created if missing) first on the search_path.
/// Move-only; closing removes the connection from Qt's registry.
class Database
{
public:
    /// Opens a connection named `<purpose>-<unique number>` on the calling thread.
    static Result<Database> open(const DatabaseUrl& url, const QString& purpose);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    /// Closes and opens the connection again (after the server went away).
    Status reopen();
    void close();

    /// A handle to the connection; only use it on the thread that opened it.
    QSqlDatabase handle() const;
    const Dialect& dialect() const { return m_dialect; }
    const DatabaseUrl& url() const { return m_url; }
    const QString& connectionName() const { return m_name; }

    /// Runs one statement without bindings; the error names the statement's first words.
    Status exec(const QString& sql);
    /// Runs `dialect().beginSql()`, then `work`, then COMMIT (or ROLLBACK when work fails).
    template <typename Work> Status transaction(Work&& work)
    {
        Status begun = exec(m_dialect.beginSql());
        if (!begun) {
            return begun;
        }
        Status done = work();
        if (!done) {
            rollback();
            return done;
        }
        Status committed = exec(QStringLiteral("COMMIT"));
        if (!committed) {
            rollback();
        }
        return committed;
    }

private:
    Database(DatabaseUrl url, QString name);
    Status connect();
    void rollback();

    DatabaseUrl m_url;
    Dialect m_dialect;
    QString m_name;
};

/// An Error from a failed Qt SQL call: `what` plus the driver's message (never the password).
Error sqlError(const QString& what, const QSqlError& error);

} // namespace polaris
