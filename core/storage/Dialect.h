#pragma once

#include "core/money/Decimal.h"
#include "core/storage/DatabaseUrl.h"

#include <QJsonValue>
#include <QString>
#include <QVariant>

#include <optional>
#include <string>
#include <vector>

namespace polaris {

/// The few places where SQLite and PostgreSQL differ, in one place: column types in the schema
/// templates, how money, times, text, JSON and text arrays are bound and read back. Everything
/// else (tables, upserts with ON CONFLICT, partial indexes) is the same SQL on both.
///
/// Encodings (docs/storage.md):
///  - money: PostgreSQL NUMERIC(20,6) bound and read as decimal text; SQLite INTEGER micro-units.
///  - time: PostgreSQL TIMESTAMPTZ, SQLite INTEGER ms since the epoch; both bound/read as ms.
///  - text: PostgreSQL text cannot hold U+0000, so there U+0000 is stored as ESC '0' and ESC as
///    ESC ESC (identity for text without those two characters). SQLite stores text as is.
/// Plain value; any thread.
class Dialect
{
public:
    explicit Dialect(DatabaseUrl::Backend backend = DatabaseUrl::Backend::Sqlite)
        : m_backend(backend)
    {}
    bool isPostgres() const { return m_backend == DatabaseUrl::Backend::Postgres; }
    DatabaseUrl::Backend backend() const { return m_backend; }

    /// Replaces ${MONEY} ${TIME} ${UUID} ${JSON} ${TEXTARRAY} ${BOOL} in a schema template.
    QString schemaSql(QString templ) const;
    /// Opens a write transaction (SQLite: BEGIN IMMEDIATE, so writers queue on the busy timeout).
    QString beginSql() const;

    QVariant money(Decimal value) const;
    QVariant money(const std::optional<Decimal>& value) const;
    /// Select expression for a money column.
    QString moneyColumn(const QString& column) const;
    Result<Decimal> moneyFrom(const QVariant& value) const;
    std::optional<Decimal> optionalMoneyFrom(const QVariant& value) const;

    /// Placeholder expression for a time bound as qint64 ms.
    QString timeParam() const;
    QVariant time(std::int64_t ms) const { return QVariant::fromValue(qint64(ms)); }
    QVariant time(const std::optional<std::int64_t>& ms) const;
    /// Select expression that yields ms since the epoch as an integer.
    QString timeColumn(const QString& column) const;
    static std::optional<std::int64_t> optionalTimeFrom(const QVariant& value);

    QVariant text(const QString& value) const;
    QVariant text(const std::string& value) const { return text(QString::fromStdString(value)); }
    QString textFrom(const QVariant& value) const;

    QVariant json(const QJsonValue& value) const;
    /// Select expression for a JSON column (as text).
    QString jsonColumn(const QString& column) const;
    QJsonValue jsonFrom(const QVariant& value) const;

    QString textArrayParam() const;
    QVariant textArray(const std::vector<std::string>& values) const;
    QString textArrayColumn(const QString& column) const;
    std::vector<std::string> textArrayFrom(const QVariant& value) const;

    /// Storage encoding of text for PostgreSQL (see above), exposed for tests and JSON values.
    static QString escapeNul(const QString& text);
    static QString unescapeNul(const QString& text);

private:
    DatabaseUrl::Backend m_backend;
};

} // namespace polaris
