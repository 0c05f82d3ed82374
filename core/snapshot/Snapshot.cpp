#include "core/snapshot/Snapshot.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include <simdjson.h>

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

/// The bytes of one large file followed by Snapshot::kPadding readable bytes: a read-only mapping
/// when the file's last page has room for the padding (the kernel zero-fills the rest of that
/// page), otherwise a padded copy. Mapping avoids copying ~100 MB and faulting in fresh memory
/// for it; the parsers then read the page cache directly.
struct PaddedFile
{
    QFile file; ///< owns the mapping
    std::unique_ptr<char[]> copy;
    const char* data = nullptr;
    qint64 size = 0;
};

Result<QByteArray> readPadded(const QString& path, std::vector<std::shared_ptr<PaddedFile>>& owners)
{
    auto padded = std::make_shared<PaddedFile>();
    QFile& file = padded->file;
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io,
                     "cannot read " + path.toStdString() + ": " + file.errorString().toStdString()};
    }
    const qint64 size = file.size();
    if (size > kMaxFileBytes) {
        return Error{ErrorCode::TooLarge, path.toStdString() + " is larger than 4 GiB"};
    }
    constexpr qint64 kPage = 4096; // the smallest page size of the platforms we run on
    const qint64 tail = size % kPage;
    uchar* mapped = nullptr;
    if (!file.isSequential() && tail != 0 && kPage - tail >= qint64(Snapshot::kPadding)) {
        mapped = file.map(0, size);
    }
    if (mapped) {
        padded->data = reinterpret_cast<const char*>(mapped);
        padded->size = size;
    } else {
        const QByteArray bytes = file.readAll();
        padded->size = bytes.size();
        padded->copy = std::make_unique<char[]>(std::size_t(bytes.size()) + Snapshot::kPadding);
        std::memcpy(padded->copy.get(), bytes.constData(), std::size_t(bytes.size()));
        padded->data = padded->copy.get();
        file.close();
    }
    QByteArray view = QByteArray::fromRawData(padded->data, padded->size);
    owners.push_back(std::move(padded));
    return view;
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

/// What QByteArray::trimmed() leaves of a line (ASCII whitespace cut at both ends).
std::string_view trimmed(std::string_view line)
{
    const auto space = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
    };
    while (!line.empty() && space(line.front())) {
        line.remove_prefix(1);
    }
    while (!line.empty() && space(line.back())) {
        line.remove_suffix(1);
    }
    return line;
}

/// A ws.jsonl line as the recorder writes it, {"received_at_ms": N, "frame": "..."}, read with
/// simdjson. Anything else (other or repeated keys, wrong types, raw control characters, bad
/// JSON) returns nullopt and takes parseFrameLine(), which words the warning: a recording of the
/// whole venue holds ~60 MB of frames, and QJsonDocument spent most of a second on them.
std::optional<RecordedFrame>
readFrameLine(simdjson::ondemand::parser& parser, std::string& buffer, std::string_view line)
{
    if (std::any_of(line.begin(), line.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20; })) {
        return std::nullopt;
    }
    buffer.reserve(line.size() + simdjson::SIMDJSON_PADDING);
    buffer.assign(line);
    simdjson::ondemand::document document;
    simdjson::ondemand::object object;
    // The line is trimmed, so the root value must span all of it (simdjson 3.0 does not report
    // trailing content after a root object itself).
    std::string_view root;
    if (parser.iterate(buffer.data(), buffer.size(), buffer.capacity()).get(document)
        || document.raw_json().get(root) || root.size() != line.size()) {
        return std::nullopt;
    }
    document.rewind();
    if (document.get_object().get(object)) {
        return std::nullopt;
    }
    std::optional<double> receivedAt;
    std::optional<std::string_view> frame;
    for (auto member : object) {
        simdjson::ondemand::field field;
        std::string_view key;
        if (std::move(member).get(field) || field.unescaped_key().get(key)) {
            return std::nullopt;
        }
        if (key == "received_at_ms" && !receivedAt) {
            double value = 0;
            if (field.value().get_double().get(value)) {
                return std::nullopt;
            }
            receivedAt = value;
        } else if (key == "frame" && !frame) {
            std::string_view text;
            if (field.value().get_string().get(text)) {
                return std::nullopt;
            }
            frame = text;
        } else {
            return std::nullopt;
        }
    }
    if (!receivedAt || !frame) {
        return std::nullopt;
    }
    return RecordedFrame{static_cast<std::int64_t>(*receivedAt),
                         QByteArray(frame->data(), qsizetype(frame->size()))};
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
    auto owners = std::make_shared<std::vector<std::shared_ptr<PaddedFile>>>();
    auto events = readPadded(dir + QStringLiteral("/events.json"), *owners);
    if (!events.ok()) {
        return events.error();
    }
    snapshot.eventsJson = std::move(events).value();
    auto books = readPadded(dir + QStringLiteral("/books.json"), *owners);
    if (!books.ok()) {
        return books.error();
    }
    snapshot.booksJson = std::move(books).value();
    snapshot.storage = std::move(owners);
    snapshot.padded = true;

    QFile frames(dir + QStringLiteral("/ws.jsonl"));
    if (frames.exists()) {
        if (!frames.open(QIODevice::ReadOnly)) {
            return Error{ErrorCode::Io,
                         "cannot read ws.jsonl: " + frames.errorString().toStdString()};
        }
        frames.close();
        std::vector<std::shared_ptr<PaddedFile>> framesOwner;
        auto text = readPadded(frames.fileName(), framesOwner);
        if (!text.ok()) {
            return text.error();
        }
        const std::string_view all(text->constData(), std::size_t(text->size()));
        simdjson::ondemand::parser parser;
        std::string buffer;
        int lineNumber = 0;
        for (std::size_t start = 0; start < all.size();) {
            std::size_t end = all.find('\n', start);
            end = end == std::string_view::npos ? all.size() : end + 1;
            const std::string_view line = trimmed(all.substr(start, end - start));
            start = end;
            ++lineNumber;
            if (line.empty()) {
                continue;
            }
            if (auto fast = readFrameLine(parser, buffer, line)) {
                snapshot.frames.push_back(std::move(*fast));
                continue;
            }
            auto frame = parseFrameLine(QByteArray(line.data(), qsizetype(line.size())));
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
