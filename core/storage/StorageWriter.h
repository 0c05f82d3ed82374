#pragma once

#include "core/storage/DatabaseUrl.h"
#include "core/storage/StorageRecords.h"
#include "core/util/Result.h"

#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QWaitCondition>

#include <deque>
#include <memory>
#include <unordered_map>
#include <vector>

class QSqlError;

namespace polaris {

class Database;

/// A value snapshot of the writer's health for the status bar and `polaris-arb status`.
struct StorageStats
{
    qint64 queued = 0;  ///< accepted, not yet committed (pending + in the current batch)
    qint64 written = 0; ///< records committed
    qint64 coalesced =
            0; ///< episode states replaced in the queue by a newer state of the same episode
    qint64 rejected = 0;      ///< refused by enqueue(): queue full or invalid record
    qint64 failedRecords = 0; ///< refused by the database (constraint/data errors), each logged
    qint64 reconnects = 0;
    bool connected = false;
    int schemaVersion = 0;
    QString lastError;
};

/// Writes StorageRecords on its own thread with its own connection. enqueue() is thread-safe and
/// never waits for the database: records go into a bounded in-memory queue that the writer drains
/// in transactions (every flushIntervalMs or as soon as batchRows are waiting). When the database
/// goes away the current batch is kept, the writer reconnects with exponential backoff and then
/// flushes everything queued meanwhile. When the bound is reached the oldest unsent data is kept
/// and new records are rejected: counted, logged and announced by overflowed(). A record the
/// database refuses (constraint violation) is isolated from its batch, logged and counted, so one
/// bad row never blocks the rest. Adopt into a WorkerThread and invoke start() there.
class StorageWriter : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        DatabaseUrl url;
        qsizetype maxQueued = 100'000;
        int batchRows = 500;
        int flushIntervalMs = 200;
        int reconnectBaseMs = 100;
        int reconnectCapMs = 5'000;
        /// Mark episodes left open by a previous run closed (at their last_seen) on start. Only
        /// for the single process that owns the scanner of this database.
        bool closeDanglingEpisodes = false;
    };

    explicit StorageWriter(Options options, QObject* parent = nullptr);
    ~StorageWriter() override;

    /// Thread-safe, never blocks on the database. Errors: TooLarge (queue full; counted and
    /// announced), MissingField/TooLarge from BatchWriter::validate.
    Status enqueue(StorageRecord record);
    /// Enqueues each record; returns how many were accepted.
    qsizetype enqueue(std::vector<StorageRecord> records);
    /// enqueue() returning the record's ticket for waitForCommitted().
    Result<quint64> enqueueTracked(StorageRecord record);
    /// Blocks the calling (non-writer) thread until the record with this ticket is committed:
    /// ok, Error(Io) when the database refused that very record, Error(Timeout) when it is still
    /// waiting after `timeoutMs` (it stays queued). Unlike waitForFlushed(), unrelated records
    /// queued by other producers neither delay nor fail it beyond their place in the queue.
    Status waitForCommitted(quint64 ticket, int timeoutMs) const;

    StorageStats stats() const; ///< thread-safe
    /// Blocks the calling (non-writer) thread until everything accepted so far is committed, or
    /// `timeoutMs` passes. For shutdown, the CLI and tests. Returns whether the queue drained.
    bool waitForFlushed(int timeoutMs) const;

public Q_SLOTS:
    /// Opens the connection and migrates the schema (on the writer thread).
    void start();
    void flushNow();

Q_SIGNALS:
    void connectionChanged(bool connected, QString message);
    /// The queue bound was hit; `rejectedTotal` records have been refused so far.
    void overflowed(qint64 rejectedTotal);
    /// A record the database refused, or a fatal start problem (schema newer than this build).
    void failed(QString message);

private:
    struct Entry
    {
        StorageRecord record;
        quint64 seq = 0;
    };

    bool ensureConnected();
    void takeBatch();
    bool writeBatch();
    bool writeIsolated();
    void lostConnection(const QString& message);
    void setLastError(const QString& message);
    void reportOverflow();
    bool connectionAlive();
    Result<quint64> enqueueLocked(StorageRecord record); // m_mutex held
    void markDoneLocked();                               // m_mutex held

    Options m_options;
    std::unique_ptr<Database> m_database; // writer thread only
    std::vector<StorageRecord>
            m_batch;                  // writer thread only: taken from the queue, not yet committed
    std::vector<quint64> m_batchSeqs; // writer thread only: the tickets of m_batch
    QTimer* m_flushTimer = nullptr;
    QTimer* m_reconnectTimer = nullptr;
    int m_reconnectAttempt = 0;
    bool m_started = false;
    bool m_migrated = false;
    bool m_fatal = false;

    mutable QMutex m_mutex; // guards everything below
    mutable QWaitCondition m_drained;
    std::deque<Entry> m_pending;
    std::unordered_map<std::string, quint64> m_pendingEpisodes; // episode id -> seq in m_pending
    quint64 m_frontSeq = 0;
    quint64 m_nextSeq = 0;
    quint64 m_doneBelow = 0;           // every ticket below this is committed or refused
    std::deque<quint64> m_refusedSeqs; // tickets the database refused (bounded, ascending)
    qsizetype m_batchSize = 0;
    bool m_wakeQueued = false;
    bool m_overflowReportScheduled = false;
    qint64 m_overflowRejected = 0; // rejections for a full queue
    qint64 m_overflowReported = 0; // m_overflowRejected as of the last overflowed()
    StorageStats m_stats;
};

} // namespace polaris

Q_DECLARE_METATYPE(polaris::StorageStats)
