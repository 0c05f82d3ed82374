#include "core/storage/Dialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace polaris {

namespace {

constexpr QChar kEscape(0x1b);

QJsonValue mapStrings(const QJsonValue& value, QString (*fn)(const QString&))
{
    if (value.isString()) {
        return fn(value.toString());
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : value.toArray()) {
            out.append(mapStrings(item, fn));
        }
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            out.insert(fn(it.key()), mapStrings(it.value(), fn));
        }
        return out;
    }
    return value;
}

QString jsonText(const QJsonValue& value)
{
    if (value.isArray()) {
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    // Scalars: wrap in an array so QJsonDocument can write them, then unwrap.
    const QString wrapped =
            QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return wrapped.mid(1, wrapped.size() - 2);
}

QJsonValue parseJson(const QString& text)
{
    QJsonParseError error{};
    const QJsonDocument document =
            QJsonDocument::fromJson(QStringLiteral("[%1]").arg(text).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()
        || document.array().size() != 1) {
        return QJsonValue(QJsonValue::Undefined);
    }
    return document.array().at(0);
}

} // namespace

QString Dialect::schemaSql(QString templ) const
{
    const bool pg = isPostgres();
    templ.replace(QLatin1String("${MONEY}"),
                  pg ? QLatin1String("NUMERIC(20,6)") : QLatin1String("INTEGER"));
    templ.replace(QLatin1String("${TIME}"),
                  pg ? QLatin1String("TIMESTAMPTZ") : QLatin1String("INTEGER"));
    templ.replace(QLatin1String("${UUID}"), pg ? QLatin1String("UUID") : QLatin1String("TEXT"));
    templ.replace(QLatin1String("${JSON}"), pg ? QLatin1String("JSONB") : QLatin1String("TEXT"));
    templ.replace(QLatin1String("${TEXTARRAY}"),
                  pg ? QLatin1String("TEXT[]") : QLatin1String("TEXT"));
    templ.replace(QLatin1String("${BOOL}"),
                  pg ? QLatin1String("BOOLEAN") : QLatin1String("INTEGER"));
    templ.replace(QLatin1String("${NOW}"),
                  pg ? QLatin1String("now()")
                     : QLatin1String("(CAST(strftime('%s','now') AS INTEGER) * 1000)"));
    return templ;
}

QString Dialect::beginSql() const
{
    return isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QVariant Dialect::money(Decimal value) const
{
    if (isPostgres()) {
        return QString::fromStdString(value.toString());
    }
    return QVariant::fromValue(qint64(value.micros()));
}

QVariant Dialect::money(const std::optional<Decimal>& value) const
{
    if (!value) {
        return isPostgres() ? QVariant(QMetaType::fromType<QString>())
                            : QVariant(QMetaType::fromType<qint64>());
    }
    return money(*value);
}

QString Dialect::moneyColumn(const QString& column) const
{
    return isPostgres() ? QStringLiteral("CAST(%1 AS TEXT)").arg(column) : column;
}

Result<Decimal> Dialect::moneyFrom(const QVariant& value) const
{
    if (value.isNull()) {
        return Error{ErrorCode::MissingField, "money column is NULL"};
    }
    if (isPostgres()) {
        return Decimal::parse(value.toString().toStdString());
    }
    bool ok = false;
    const qint64 micros = value.toLongLong(&ok);
    if (!ok) {
        return Error{ErrorCode::InvalidFormat,
                     "money column is not an integer: " + value.toString().toStdString()};
    }
    return Decimal::fromMicros(micros);
}

std::optional<Decimal> Dialect::optionalMoneyFrom(const QVariant& value) const
{
    Result<Decimal> decoded = moneyFrom(value);
    return decoded ? std::optional<Decimal>(decoded.value()) : std::nullopt;
}

QString Dialect::timeParam() const
{
    // Exact: integer milliseconds times an interval, no floating-point seconds on the way.
    return isPostgres() ? QStringLiteral(
                   "(TIMESTAMPTZ 'epoch' + CAST(? AS BIGINT) * INTERVAL '1 millisecond')")
                        : QStringLiteral("?");
}

QVariant Dialect::time(const std::optional<std::int64_t>& ms) const
{
    return ms ? time(*ms) : QVariant(QMetaType::fromType<qint64>());
}

QString Dialect::timeColumn(const QString& column) const
{
    return isPostgres()
                   ? QStringLiteral("CAST(EXTRACT(EPOCH FROM %1) * 1000 AS BIGINT)").arg(column)
                   : column;
}

std::optional<std::int64_t> Dialect::optionalTimeFrom(const QVariant& value)
{
    if (value.isNull()) {
        return std::nullopt;
    }
    return value.toLongLong();
}

QString Dialect::escapeNul(const QString& text)
{
    if (!text.contains(QChar(0)) && !text.contains(kEscape)) {
        return text;
    }
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QChar(0)) {
            out += kEscape;
            out += QLatin1Char('0');
        } else if (c == kEscape) {
            out += kEscape;
            out += kEscape;
        } else {
            out += c;
        }
    }
    return out;
}

QString Dialect::unescapeNul(const QString& text)
{
    if (!text.contains(kEscape)) {
        return text;
    }
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == kEscape && i + 1 < text.size()) {
            ++i;
            out += text[i] == QLatin1Char('0') ? QChar(0) : text[i];
        } else {
            out += text[i];
        }
    }
    return out;
}

QVariant Dialect::text(const QString& value) const
{
    if (value.isNull()) {
        return QVariant(QMetaType::fromType<QString>());
    }
    return isPostgres() ? escapeNul(value) : value;
}

QString Dialect::textFrom(const QVariant& value) const
{
    return isPostgres() ? unescapeNul(value.toString()) : value.toString();
}

QVariant Dialect::json(const QJsonValue& value) const
{
    if (value.isUndefined() || value.isNull()) {
        return QVariant(QMetaType::fromType<QString>());
    }
    // jsonb rejects \u0000, so strings inside JSON get the same NUL encoding as text columns.
    return jsonText(isPostgres() ? mapStrings(value, &Dialect::escapeNul) : value);
}

QString Dialect::jsonColumn(const QString& column) const
{
    return isPostgres() ? QStringLiteral("CAST(%1 AS TEXT)").arg(column) : column;
}

QJsonValue Dialect::jsonFrom(const QVariant& value) const
{
    if (value.isNull()) {
        return QJsonValue(QJsonValue::Null);
    }
    const QJsonValue parsed = parseJson(value.toString());
    return isPostgres() ? mapStrings(parsed, &Dialect::unescapeNul) : parsed;
}

QString Dialect::textArrayParam() const
{
    return isPostgres()
                   ? QStringLiteral("ARRAY(SELECT jsonb_array_elements_text(CAST(? AS JSONB)))")
                   : QStringLiteral("?");
}

QVariant Dialect::textArray(const std::vector<std::string>& values) const
{
    QJsonArray array;
    for (const std::string& value : values) {
        array.append(QString::fromStdString(value));
    }
    return json(array);
}

QString Dialect::textArrayColumn(const QString& column) const
{
    return isPostgres() ? QStringLiteral("CAST(array_to_json(%1) AS TEXT)").arg(column) : column;
}

std::vector<std::string> Dialect::textArrayFrom(const QVariant& value) const
{
    std::vector<std::string> out;
    const QJsonValue parsed = jsonFrom(value);
    for (const QJsonValue& item : parsed.toArray()) {
        out.push_back(item.toString().toStdString());
    }
    return out;
}

} // namespace polaris
