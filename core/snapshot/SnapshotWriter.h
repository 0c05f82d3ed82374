#pragma once

#include "core/snapshot/SnapshotMeta.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <string_view>
#include <vector>

namespace polaris {

/// Writes a snapshot directory (docs/snapshot-format.md). events.json and books.json are written
/// as JSON arrays of the venue's own objects, byte for byte as received, so that a recording is a
/// real capture. Files are written to a temporary name and renamed when complete, so a crash
/// never leaves a half-written events.json or books.json behind. Not thread-safe; one owner.
class SnapshotWriter
{
public:
    explicit SnapshotWriter(QString dir);

    /// Creates the directory if needed.
    Status open();
    Status writeMeta(const SnapshotMeta& meta);
    /// Each element is the exact JSON text of one event / book object.
    Status writeEvents(const std::vector<QByteArray>& rawEvents);
    Status writeBooks(const std::vector<QByteArray>& rawBooks);
    /// Appends one market-channel frame to ws.jsonl (flushed per line).
    Status appendFrame(std::int64_t receivedAtMs, const QByteArray& frame);
    std::int64_t framesWritten() const { return m_framesWritten; }

private:
    Status writeArray(const QString& name, const std::vector<QByteArray>& elements);

    QString m_dir;
    QFile m_frames;
    std::int64_t m_framesWritten = 0;
};

} // namespace polaris
