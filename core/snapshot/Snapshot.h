#pragma once

#include "core/snapshot/SnapshotMeta.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

namespace polaris {

/// One recorded market-channel frame from DIR/ws.jsonl.
struct RecordedFrame
{
    std::int64_t receivedAtMs = 0;
    QByteArray frame; ///< the text frame exactly as the venue sent it
};

/// A snapshot directory read into memory: meta, the raw venue JSON of events and books (parsed
/// later by the venue parsers, so that real captures replay unchanged), and optional frames.
///
/// events.json and books.json are not copied: the file is mapped read-only where the platform
/// allows it (and read into a buffer otherwise), and eventsJson/booksJson view those bytes
/// (QByteArray::fromRawData). They stay valid as long as this Snapshot or a copy of it lives
/// (`storage` owns them); a QByteArray copied out of it must not outlive it. After load(), either
/// text is followed by at least kPadding readable bytes (`padded`), so simdjson can parse it in
/// place (BookParser::parseBooksPadded).
struct Snapshot
{
    /// Bytes readable after the end of eventsJson and booksJson (simdjson's padding).
    static constexpr std::size_t kPadding = 64;

    SnapshotMeta meta;
    QByteArray eventsJson; ///< DIR/events.json: array of Gamma events as GET /events returns them
    QByteArray booksJson;  ///< DIR/books.json: array of CLOB books as POST /books returns them
    std::vector<RecordedFrame> frames;   ///< DIR/ws.jsonl in file order (may be empty)
    std::shared_ptr<const void> storage; ///< owns the bytes eventsJson and booksJson view
    bool padded = false; ///< kPadding readable bytes follow eventsJson and booksJson

    /// Reads DIR. Missing meta/events/books, unreadable files or a bad meta.json are errors; a bad
    /// line in ws.jsonl is reported in `warnings` and skipped.
    static Result<Snapshot> load(const QString& dir, std::vector<Error>* warnings = nullptr);
};

} // namespace polaris
