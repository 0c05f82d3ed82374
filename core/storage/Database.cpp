#include "core/storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace polaris {

Q_LOGGING_CATEGORY(lcDatabase, "polaris.storage.db")

namespace {
std::atomic<int> g_connectionCounter{0};
}

Error sqlError(const QString& what, const QSqlError& error)
{
    QString message = error.text().trimmed();
    if (message.isEmpty()) {
        message = QStringLiteral("unknown database error");
    }
    return Error{ErrorCode::Io, (what + QStringLiteral(": ") + message).toStdString()};
}

Result<Database> Database::open(const DatabaseUrl& url, const QString& purpose)
{
    Database database(url, QStringLiteral("polaris-%1-%2").arg(purpose).arg(++g_connectionCounter));
    Status connected = database.connect();
    if (!connected) {
        return connected.error();
    }
    return database;
}

Database::Database(DatabaseUrl url, QString name)
    : m_url(std::move(url))
    , m_dialect(m_url.backend)
    , m_name(std::move(name))
{}

Database::Database(Database&& other) noexcept
    : m_url(std::move(other.m_url))
    , m_dialect(other.m_dialect)
    , m_name(std::exchange(other.m_name, QString()))
{}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_url = std::move(other.m_url);
        m_dialect = other.m_dialect;
        m_name = std::exchange(other.m_name, QString());
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_name.isEmpty()) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(m_name, false);
}

Status Database::connect()
{
    const bool pg = m_url.isPostgres();
    QSqlDatabase db =
            QSqlDatabase::contains(m_name)
                    ? QSqlDatabase::database(m_name, false)
                    : QSqlDatabase::addDatabase(
                            pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), m_name);
    if (!db.isValid()) {
        return Error{ErrorCode::Io, pg ? "the Qt PostgreSQL driver (QPSQL) is not installed"
                                       : "the Qt SQLite driver (QSQLITE) is not installed"};
    }
    if (pg) {
        db.setHostName(m_url.host);
        if (m_url.port > 0) {
            db.setPort(m_url.port);
        }
        db.setDatabaseName(m_url.database);
        db.setUserName(m_url.user);
        db.setPassword(m_url.password);
        db.setConnectOptions(QStringLiteral("connect_timeout=%1;application_name=polaris")
                                     .arg(m_url.connectTimeoutS));
    } else {
        if (m_url.path != QLatin1String(":memory:")) {
            QDir().mkpath(QFileInfo(m_url.path).absolutePath());
        }
        db.setDatabaseName(m_url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (!db.open()) {
        return sqlError(QStringLiteral("cannot open %1").arg(m_url.redacted()), db.lastError());
    }
    if (pg) {
        // NOTICEs ("already exists, skipping") would go to stderr through libpq.
        Status utc =
                exec(QStringLiteral("SET client_min_messages TO WARNING; SET TIME ZONE 'UTC'"));
        if (!utc || m_url.schema.isEmpty()) {
            return utc;
        }
        // The name was validated as a plain identifier by DatabaseUrl::parse.
        Status created = exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(m_url.schema));
        if (!created) {
            return created;
        }
        return exec(QStringLiteral("SET search_path TO %1").arg(m_url.schema));
    }
    for (const char* pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
        Status done = exec(QString::fromLatin1(pragma));
        if (!done) {
            return done;
        }
    }
    return okStatus();
}

Status Database::reopen()
{
    {
        QSqlDatabase db = handle();
        if (db.isOpen()) {
            db.close();
        }
    }
    return connect();
}

Status Database::exec(const QString& sql)
{
    QSqlQuery query(handle());
    if (!query.exec(sql)) {
        return sqlError(sql.section(QLatin1Char(' '), 0, 2), query.lastError());
    }
    return okStatus();
}

void Database::rollback()
{
    QSqlQuery query(handle());
    if (!query.exec(QStringLiteral("ROLLBACK"))) {
        qCDebug(lcDatabase) << "rollback failed:" << query.lastError().text();
    }
}

} // namespace polaris
