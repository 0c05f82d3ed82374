#pragma once

// Shared by the storage tests: a throw-away database per test on either back-end.
//   SQLite:     a file in a QTemporaryDir.
//   PostgreSQL: a uniquely named schema on $POLARIS_TEST_POSTGRES_URL (packaging/run-tests.sh
//               starts the server and sets it), dropped afterwards, so parallel tests never
//               collide.

#include "core/storage/Database.h"
#include "core/storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace polaris::testing {

inline QString postgresTestUrl()
{
    return qEnvironmentVariable("POLARIS_TEST_POSTGRES_URL");
}

/// Adds the data column "backend" with rows "sqlite" and "postgresql".
inline void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

/// A fresh, empty database on one back-end; cleaned up on destruction.
class ScratchDatabase
{
public:
    explicit ScratchDatabase(const QString& backend)
    {
        if (backend == QLatin1String("sqlite")) {
            m_dir = std::make_unique<QTemporaryDir>();
            m_url.path = m_dir->filePath(QStringLiteral("polaris.sqlite"));
            m_valid = m_dir->isValid();
            return;
        }
        const QString base = postgresTestUrl();
        if (base.isEmpty()) {
            m_skipReason =
                    QStringLiteral("POLARIS_TEST_POSTGRES_URL is not set: PostgreSQL half skipped "
                                   "(packaging/run-tests.sh starts PostgreSQL and sets it)");
            return;
        }
        Result<DatabaseUrl> parsed = DatabaseUrl::parse(base);
        if (!parsed) {
            m_skipReason = QStringLiteral("POLARIS_TEST_POSTGRES_URL is invalid: ")
                           + QString::fromStdString(parsed.error().detail);
            return;
        }
        m_url = parsed.value();
        m_url.schema = QStringLiteral("polaris_t_%1_%2")
                               .arg(QCoreApplication::applicationPid())
                               .arg(QRandomGenerator::global()->generate());
        m_valid = true;
    }
    ~ScratchDatabase()
    {
        if (!m_valid || !m_url.isPostgres()) {
            return;
        }
        DatabaseUrl admin = m_url;
        admin.schema.clear();
        Result<Database> database = Database::open(admin, QStringLiteral("test-cleanup"));
        if (database) {
            QSqlQuery(database.value().handle())
                    .exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_url.schema));
        }
    }
    ScratchDatabase(const ScratchDatabase&) = delete;
    ScratchDatabase& operator=(const ScratchDatabase&) = delete;

    bool valid() const { return m_valid; }
    const QString& skipReason() const { return m_skipReason; }
    const DatabaseUrl& url() const { return m_url; }

private:
    DatabaseUrl m_url;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_skipReason;
    bool m_valid = false;
};

/// Counts rows of a table through a fresh connection (reads what is committed).
inline qint64
countRows(const DatabaseUrl& url, const QString& table, const QString& where = QString())
{
    Result<Database> database = Database::open(url, QStringLiteral("test-count"));
    if (!database) {
        return -1;
    }
    QSqlQuery query(database.value().handle());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1 %2").arg(table, where))
        || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace polaris::testing

/// Declares `scratch` for the current "backend" row, skipping the PostgreSQL row when unset.
#define POLARIS_SCRATCH_DATABASE(scratch)                                                          \
    QFETCH(QString, backend);                                                                      \
    polaris::testing::ScratchDatabase scratch(backend);                                            \
    if (!scratch.skipReason().isEmpty())                                                           \
        QSKIP(qPrintable(scratch.skipReason()));                                                   \
    QVERIFY(scratch.valid())
