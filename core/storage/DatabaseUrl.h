#pragma once

#include "core/util/Result.h"

#include <QString>

namespace polaris {

/// Where the database is: an SQLite file (the embedded default) or a PostgreSQL server. Parsed
/// from `sqlite:PATH`, a plain file path, or `postgresql://[user[:password]@][host][:port]/db
/// [?host=/socket/dir&schema=name&connect_timeout=s]`. Plain value; any thread.
struct DatabaseUrl
{
    enum class Backend { Sqlite, Postgres };

    Backend backend = Backend::Sqlite;
    QString path;     ///< SQLite file (":memory:" allowed for tools, not for shared use)
    QString host;     ///< PostgreSQL host name or Unix socket directory; empty = libpq default
    int port = -1;    ///< -1 = libpq default
    QString database; ///< PostgreSQL database name
    QString user;
    QString password; ///< never logged: see redacted()
    QString schema;   ///< PostgreSQL schema to create (if missing) and put first on search_path
    int connectTimeoutS = 5;

    /// Parses a URL or a path. Errors name the offending part (never the password).
    static Result<DatabaseUrl> parse(const QString& text);
    /// SQLite file polaris.sqlite in QStandardPaths::AppDataLocation.
    static DatabaseUrl defaultSqlite();
    /// The database to use: `cliValue` (--db) if given, else $POLARIS_DB_URL, else QSettings
    /// "storage/url", else defaultSqlite().
    static Result<DatabaseUrl> resolve(const QString& cliValue);

    /// The URL for logs and the UI, with any password replaced by "***".
    QString redacted() const;
    bool isPostgres() const { return backend == Backend::Postgres; }
};

} // namespace polaris
