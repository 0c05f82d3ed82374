#include "core/snapshot/SnapshotWriter.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace polaris {

namespace {

Error ioError(const QString& what, const QString& why)
{
    return Error{ErrorCode::Io, "cannot write " + what.toStdString() + ": " + why.toStdString()};
}

} // namespace

SnapshotWriter::SnapshotWriter(QString dir)
    : m_dir(std::move(dir))
{}

Status SnapshotWriter::open()
{
    if (!QDir().mkpath(m_dir)) {
        return ioError(m_dir, QStringLiteral("cannot create directory"));
    }
    return okStatus();
}

Status SnapshotWriter::writeMeta(const SnapshotMeta& meta)
{
    QSaveFile file(m_dir + QStringLiteral("/meta.json"));
    if (!file.open(QIODevice::WriteOnly) || file.write(meta.toJson()) < 0 || !file.commit()) {
        return ioError(file.fileName(), file.errorString());
    }
    return okStatus();
}

Status SnapshotWriter::writeEvents(const std::vector<QByteArray>& rawEvents)
{
    return writeArray(QStringLiteral("events.json"), rawEvents);
}

Status SnapshotWriter::writeBooks(const std::vector<QByteArray>& rawBooks)
{
    return writeArray(QStringLiteral("books.json"), rawBooks);
}

Status SnapshotWriter::writeArray(const QString& name, const std::vector<QByteArray>& elements)
{
    QSaveFile file(m_dir + QLatin1Char('/') + name);
    if (!file.open(QIODevice::WriteOnly)) {
        return ioError(file.fileName(), file.errorString());
    }
    file.write("[\n");
    for (std::size_t i = 0; i < elements.size(); ++i) {
        file.write(elements[i]);
        file.write(i + 1 < elements.size() ? ",\n" : "\n");
    }
    file.write("]\n");
    if (!file.commit()) {
        return ioError(file.fileName(), file.errorString());
    }
    return okStatus();
}

Status SnapshotWriter::appendFrame(std::int64_t receivedAtMs, const QByteArray& frame)
{
    if (!m_frames.isOpen()) {
        m_frames.setFileName(m_dir + QStringLiteral("/ws.jsonl"));
        if (!m_frames.open(QIODevice::WriteOnly | QIODevice::Append)) {
            return ioError(m_frames.fileName(), m_frames.errorString());
        }
    }
    QJsonObject line;
    line.insert(QStringLiteral("received_at_ms"), static_cast<double>(receivedAtMs));
    line.insert(QStringLiteral("frame"), QString::fromUtf8(frame));
    QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact);
    bytes.append('\n');
    if (m_frames.write(bytes) != bytes.size() || !m_frames.flush()) {
        return ioError(m_frames.fileName(), m_frames.errorString());
    }
    ++m_framesWritten;
    return okStatus();
}

} // namespace polaris
