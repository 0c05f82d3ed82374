#include "core/storage/StorageWriter.h"

#include "core/storage/BatchWriter.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <algorithm>

namespace polaris {

Q_LOGGING_CATEGORY(lcStorage, "polaris.storage")

StorageWriter::StorageWriter(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_options.batchRows = std::max(1, m_options.batchRows);
    m_options.maxQueued = std::max<qsizetype>(1, m_options.maxQueued);
}

StorageWriter::~StorageWriter()
{
    // Last chance on shutdown: write what is queued if the database is there, and say what is not.
    if (m_started && !m_fatal && m_database) {
        QElapsedTimer elapsed;
        elapsed.start();
        while (elapsed.elapsed() < 10'000 && stats().queued > 0) {
            takeBatch();
            if (m_batch.empty() || !writeBatch()) {
                break;
            }
        }
    }
    const qint64 left = stats().queued;
    if (left > 0) {
        qCCritical(lcStorage) << left << "records were not written to" << m_options.url.redacted()
                              << "before shutdown (database unreachable)";
    }
}

Status StorageWriter::enqueue(StorageRecord record)
{
    Result<quint64> queued = enqueueTracked(std::move(record));
    if (!queued) {
        return queued.error();
    }
    return okStatus();
}

Result<quint64> StorageWriter::enqueueTracked(StorageRecord record)
{
    Status valid = BatchWriter::validate(record);
    QMutexLocker lock(&m_mutex);
    if (!valid) {
        ++m_stats.rejected;
        m_stats.lastError = QString::fromStdString(valid.error().detail);
        qCWarning(lcStorage) << "record rejected:" << m_stats.lastError;
        return valid.error();
    }
    return enqueueLocked(std::move(record));
}

Result<quint64> StorageWriter::enqueueLocked(StorageRecord record)
{
    if (const auto* episode = std::get_if<EpisodeRecord>(&record)) {
        auto it = m_pendingEpisodes.find(episode->episodeId);
        if (it != m_pendingEpisodes.end() && it->second >= m_frontSeq) {
            // A newer complete state of an episode that has not been taken yet: replace in place.
            m_pending[static_cast<std::size_t>(it->second - m_frontSeq)].record = std::move(record);
            ++m_stats.coalesced;
            return it->second;
        }
    }
    if (static_cast<qsizetype>(m_pending.size()) + m_batchSize >= m_options.maxQueued) {
        ++m_stats.rejected;
        ++m_overflowRejected;
        if (!m_overflowReportScheduled) {
            m_overflowReportScheduled = true;
            QMetaObject::invokeMethod(this, &StorageWriter::reportOverflow, Qt::QueuedConnection);
        }
        return Error{ErrorCode::TooLarge,
                     "storage queue full (" + std::to_string(m_options.maxQueued)
                             + " records waiting for the database): record rejected"};
    }
    const quint64 seq = m_nextSeq++;
    if (const auto* episode = std::get_if<EpisodeRecord>(&record)) {
        m_pendingEpisodes[episode->episodeId] = seq;
    }
    m_pending.push_back(Entry{std::move(record), seq});
    if (static_cast<int>(m_pending.size()) >= m_options.batchRows && !m_wakeQueued) {
        m_wakeQueued = true;
        QMetaObject::invokeMethod(this, &StorageWriter::flushNow, Qt::QueuedConnection);
    }
    return seq;
}

qsizetype StorageWriter::enqueue(std::vector<StorageRecord> records)
{
    qsizetype accepted = 0;
    for (StorageRecord& record : records) {
        accepted += enqueue(std::move(record)) ? 1 : 0;
    }
    return accepted;
}

StorageStats StorageWriter::stats() const
{
    QMutexLocker lock(&m_mutex);
    StorageStats copy = m_stats;
    copy.queued = static_cast<qint64>(m_pending.size()) + m_batchSize;
    return copy;
}

bool StorageWriter::waitForFlushed(int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    QMutexLocker lock(&m_mutex);
    while (!m_pending.empty() || m_batchSize > 0) {
        if (!m_drained.wait(&m_mutex, deadline)) {
            return m_pending.empty() && m_batchSize == 0;
        }
    }
    return true;
}

Status StorageWriter::waitForCommitted(quint64 ticket, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    QMutexLocker lock(&m_mutex);
    while (m_doneBelow <= ticket) {
        if (!m_drained.wait(&m_mutex, deadline) && m_doneBelow <= ticket) {
            return Error{ErrorCode::Timeout,
                         "record not committed within " + std::to_string(timeoutMs) + " ms"};
        }
    }
    if (std::binary_search(m_refusedSeqs.begin(), m_refusedSeqs.end(), ticket)) {
        return Error{ErrorCode::Io,
                     "the database refused the record: " + m_stats.lastError.toStdString()};
    }
    return okStatus();
}

void StorageWriter::markDoneLocked()
{
    m_doneBelow = m_batchSeqs.empty() ? m_frontSeq : m_batchSeqs.front();
    m_drained.wakeAll();
}

void StorageWriter::reportOverflow()
{
    qint64 rejected = 0;
    {
        QMutexLocker lock(&m_mutex);
        m_overflowReported = m_overflowRejected;
        rejected = m_stats.rejected;
        m_stats.lastError =
                QStringLiteral("storage queue full: %1 records rejected so far").arg(rejected);
    }
    qCCritical(lcStorage) << "storage queue full (" << m_options.maxQueued
                          << "records):" << rejected << "records rejected so far; database"
                          << m_options.url.redacted();
    Q_EMIT overflowed(rejected);
    // At most one report a second while the overflow lasts; a last one covers the stragglers.
    QTimer::singleShot(1000, this, [this] {
        bool more = false;
        {
            QMutexLocker lock(&m_mutex);
            more = m_overflowRejected > m_overflowReported;
            m_overflowReportScheduled = more;
        }
        if (more) {
            reportOverflow();
        }
    });
}

void StorageWriter::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    m_flushTimer = new QTimer(this);
    m_flushTimer->setInterval(m_options.flushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &StorageWriter::flushNow);
    m_reconnectTimer = new QTimer(this);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &StorageWriter::flushNow);
    m_flushTimer->start();
    flushNow();
}

bool StorageWriter::ensureConnected()
{
    if (m_fatal) {
        return false;
    }
    if (m_database) {
        return true;
    }
    if (m_reconnectTimer->isActive()) {
        return false; // backing off
    }
    Status opened = okStatus();
    Result<Database> database = Database::open(m_options.url, QStringLiteral("writer"));
    if (database) {
        m_database = std::make_unique<Database>(std::move(database).value());
    } else {
        opened = database.error();
    }
    if (opened) {
        opened = Migrations::migrate(*m_database);
        if (!opened && opened.error().code == ErrorCode::OutOfRange) {
            m_fatal = true;
            setLastError(QString::fromStdString(opened.error().detail));
            Q_EMIT failed(QString::fromStdString(opened.error().detail));
            return false;
        }
    }
    if (!opened) {
        lostConnection(QString::fromStdString(opened.error().detail));
        return false;
    }
    if (m_options.closeDanglingEpisodes && !m_migrated) {
        const Status closed = m_database->exec(QStringLiteral(
                "UPDATE arb_episode SET closed_at = last_seen WHERE closed_at IS NULL"));
        if (!closed) {
            qCWarning(lcStorage) << "closing dangling episodes failed:"
                                 << closed.error().detail.c_str();
        }
    }
    m_migrated = true;
    m_reconnectAttempt = 0;
    {
        QMutexLocker lock(&m_mutex);
        m_stats.connected = true;
        m_stats.schemaVersion = Migrations::latestVersion();
    }
    qCInfo(lcStorage) << "storage connected to" << m_options.url.redacted();
    Q_EMIT connectionChanged(true, m_options.url.redacted());
    return true;
}

void StorageWriter::flushNow()
{
    {
        QMutexLocker lock(&m_mutex);
        m_wakeQueued = false;
    }
    if (!m_started || !ensureConnected()) {
        return;
    }
    // Bounded work per call so the writer's event loop stays responsive.
    QElapsedTimer elapsed;
    elapsed.start();
    while (elapsed.elapsed() < 250) {
        takeBatch();
        if (m_batch.empty() || !writeBatch()) {
            return;
        }
    }
    if (stats().queued > 0) {
        QMetaObject::invokeMethod(this, &StorageWriter::flushNow, Qt::QueuedConnection);
    }
}

void StorageWriter::takeBatch()
{
    if (!m_batch.empty()) {
        return; // a batch that failed earlier goes first
    }
    QMutexLocker lock(&m_mutex);
    const std::size_t count =
            std::min(m_pending.size(), static_cast<std::size_t>(m_options.batchRows));
    m_batch.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        Entry& entry = m_pending.front();
        if (const auto* episode = std::get_if<EpisodeRecord>(&entry.record)) {
            auto it = m_pendingEpisodes.find(episode->episodeId);
            if (it != m_pendingEpisodes.end() && it->second == entry.seq) {
                m_pendingEpisodes.erase(it);
            }
        }
        m_batch.push_back(std::move(entry.record));
        m_batchSeqs.push_back(entry.seq);
        m_pending.pop_front();
        ++m_frontSeq;
    }
    m_batchSize = static_cast<qsizetype>(m_batch.size());
}

bool StorageWriter::writeBatch()
{
    std::unique_ptr<BatchWriter> writer;
    const Status done = m_database->transaction([&]() -> Status {
        writer = std::make_unique<BatchWriter>(*m_database);
        for (const StorageRecord& record : m_batch) {
            Status written = writer->write(record);
            if (!written) {
                return written;
            }
        }
        return okStatus();
    });
    const bool dataError = !done && writer && writer->lastFailureIsDataError();
    writer.reset(); // its prepared statements must go before any reconnect
    if (!done) {
        if (dataError && connectionAlive()) {
            return writeIsolated();
        }
        lostConnection(QString::fromStdString(done.error().detail));
        return false;
    }
    QMutexLocker lock(&m_mutex);
    m_stats.written += static_cast<qint64>(m_batch.size());
    m_batch.clear();
    m_batchSeqs.clear();
    m_batchSize = 0;
    markDoneLocked();
    return true;
}

bool StorageWriter::writeIsolated()
{
    // One transaction per record, so the rows around a bad one are still written.
    while (!m_batch.empty()) {
        Status done = okStatus();
        bool dataError = false;
        {
            BatchWriter writer(*m_database); // gone before any reconnect below
            done = m_database->transaction([&] { return writer.write(m_batch.front()); });
            dataError = !done && writer.lastFailureIsDataError();
        }
        if (!done && !dataError) {
            lostConnection(QString::fromStdString(done.error().detail));
            return false;
        }
        QMutexLocker lock(&m_mutex);
        if (done) {
            ++m_stats.written;
        } else {
            ++m_stats.failedRecords;
            m_stats.lastError = QString::fromStdString(done.error().detail);
            m_refusedSeqs.push_back(m_batchSeqs.front()); // tickets grow: stays sorted
            if (m_refusedSeqs.size() > 10'000) {
                m_refusedSeqs.pop_front();
            }
            // Every refusal is counted; the log and the signal thin out when a bug refuses
            // thousands.
            if (m_stats.failedRecords <= 10 || m_stats.failedRecords % 1000 == 0) {
                qCCritical(lcStorage) << "record refused by the database and not stored ("
                                      << m_stats.failedRecords << "so far):" << m_stats.lastError;
                QMetaObject::invokeMethod(
                        this, [this, message = m_stats.lastError] { Q_EMIT failed(message); },
                        Qt::QueuedConnection);
            }
        }
        m_batch.erase(m_batch.begin());
        m_batchSeqs.erase(m_batchSeqs.begin());
        m_batchSize = static_cast<qsizetype>(m_batch.size());
        markDoneLocked();
    }
    return true;
}

bool StorageWriter::connectionAlive()
{
    QSqlQuery probe(m_database->handle());
    return probe.exec(QStringLiteral("SELECT 1"));
}

void StorageWriter::lostConnection(const QString& message)
{
    bool wasConnected = false;
    {
        QMutexLocker lock(&m_mutex);
        wasConnected = m_stats.connected;
        m_stats.connected = false;
        if (m_reconnectAttempt == 0) {
            ++m_stats.reconnects;
        }
    }
    setLastError(message);
    // The next attempt opens a fresh connection: QPSQL does not recover a dropped one.
    if (m_database) {
        m_database->close();
        m_database.reset();
    }
    const int delay = std::min(m_options.reconnectCapMs,
                               m_options.reconnectBaseMs << std::min(m_reconnectAttempt, 16));
    ++m_reconnectAttempt;
    m_reconnectTimer->start(delay);
    if (wasConnected) {
        qCWarning(lcStorage) << "storage lost" << m_options.url.redacted() << "(" << message
                             << "); queued" << stats().queued << "records, retrying";
        Q_EMIT connectionChanged(false, message);
    }
}

void StorageWriter::setLastError(const QString& message)
{
    QMutexLocker lock(&m_mutex);
    m_stats.lastError = message;
}

} // namespace polaris
