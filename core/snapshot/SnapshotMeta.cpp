#include "core/snapshot/SnapshotMeta.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace polaris {

QByteArray SnapshotMeta::toJson() const
{
    QJsonObject object;
    object.insert(
            QStringLiteral("captured_at"),
            QDateTime::fromMSecsSinceEpoch(capturedAtMs, Qt::UTC).toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("venue"), venue);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<SnapshotMeta> SnapshotMeta::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error{ErrorCode::InvalidFormat,
                     "meta.json is not a JSON object: " + parseError.errorString().toStdString()};
    }
    const QJsonObject object = document.object();
    const QJsonValue captured = object.value(QStringLiteral("captured_at"));
    if (!captured.isString()) {
        return Error{ErrorCode::MissingField, "meta.json has no \"captured_at\" string"};
    }
    const QDateTime when = QDateTime::fromString(captured.toString(), Qt::ISODateWithMs);
    if (!when.isValid()) {
        return Error{ErrorCode::InvalidFormat, "meta.json captured_at '"
                                                       + captured.toString().toStdString()
                                                       + "' is not ISO-8601"};
    }
    SnapshotMeta meta;
    meta.capturedAtMs = when.toMSecsSinceEpoch();
    meta.venue = object.value(QStringLiteral("venue")).toString(QStringLiteral("polymarket"));
    if (meta.venue != QLatin1String("polymarket")) {
        return Error{ErrorCode::OutOfRange,
                     "meta.json venue '" + meta.venue.toStdString() + "' is not supported"};
    }
    return meta;
}

} // namespace polaris
