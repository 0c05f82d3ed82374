#pragma once

#include "core/snapshot/SnapshotMeta.h"

#include <QByteArray>
#include <QString>

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
struct Snapshot
{
    SnapshotMeta meta;
    QByteArray eventsJson; ///< DIR/events.json: array of Gamma events as GET /events returns them
    QByteArray booksJson;  ///< DIR/books.json: array of CLOB books as POST /books returns them
    std::vector<RecordedFrame> frames; ///< DIR/ws.jsonl in file order (may be empty)

    /// Reads DIR. Missing meta/events/books, unreadable files or a bad meta.json are errors; a bad
    /// line in ws.jsonl is reported in `warnings` and skipped.
    static Result<Snapshot> load(const QString& dir, std::vector<Error>* warnings = nullptr);
};

} // namespace polaris
