#include "core/snapshot/Snapshot.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace polaris {

namespace {

constexpr qint64 kMaxFileBytes = qint64(4) * 1024 * 1024 * 1024; // refuse absurd files up front

Result<QByteArray> readWhole(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io,
                     "cannot read " + path.toStdString() + ": " + file.errorString().toStdString()};
    }
    if (file.size() > kMaxFileBytes) {
        return Error{ErrorCode::TooLarge, path.toStdString() + " is larger than 4 GiB"};
    }
    return file.readAll();
}

Result<RecordedFrame> parseFrameLine(const QByteArray& line)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error{ErrorCode::InvalidFormat,
                     "not a JSON object: " + parseError.errorString().toStdString()};
    }
    const QJsonObject object = document.object();
    const QJsonValue at = object.value(QStringLiteral("received_at_ms"));
    const QJsonValue frame = object.value(QStringLiteral("frame"));
    if (!at.isDouble() || !frame.isString()) {
        return Error{ErrorCode::MissingField,
                     "needs \"received_at_ms\" (number) and \"frame\" (string)"};
    }
    return RecordedFrame{static_cast<std::int64_t>(at.toDouble()), frame.toString().toUtf8()};
}

} // namespace

Result<Snapshot> Snapshot::load(const QString& dir, std::vector<Error>* warnings)
{
    Snapshot snapshot;
    auto metaBytes = readWhole(dir + QStringLiteral("/meta.json"));
    if (!metaBytes.ok()) {
        return metaBytes.error();
    }
    auto meta = SnapshotMeta::fromJson(*metaBytes);
    if (!meta.ok()) {
        return meta.error();
    }
    snapshot.meta = *meta;
    auto events = readWhole(dir + QStringLiteral("/events.json"));
    if (!events.ok()) {
        return events.error();
    }
    snapshot.eventsJson = std::move(events).value();
    auto books = readWhole(dir + QStringLiteral("/books.json"));
    if (!books.ok()) {
        return books.error();
    }
    snapshot.booksJson = std::move(books).value();

    QFile frames(dir + QStringLiteral("/ws.jsonl"));
    if (frames.exists()) {
        if (!frames.open(QIODevice::ReadOnly)) {
            return Error{ErrorCode::Io,
                         "cannot read ws.jsonl: " + frames.errorString().toStdString()};
        }
        int lineNumber = 0;
        while (!frames.atEnd()) {
            const QByteArray line = frames.readLine().trimmed();
            ++lineNumber;
            if (line.isEmpty()) {
                continue;
            }
            auto frame = parseFrameLine(line);
            if (frame.ok()) {
                snapshot.frames.push_back(std::move(frame).value());
            } else if (warnings) {
                warnings->push_back(
                        Error{frame.error().code, "ws.jsonl line " + std::to_string(lineNumber)
                                                          + ": " + frame.error().detail});
            }
        }
    }
    return snapshot;
}

} // namespace polaris
