#include "core/storage/ScanRecorder.h"

#include <QUuid>

namespace polaris {

ScanRecorder::ScanRecorder(DatabaseUrl url)
    : m_url(std::move(url))
    , m_thread(std::make_unique<polymarket::WorkerThread>(QStringLiteral("polaris-storage")))
{
    StorageWriter::Options options;
    options.url = m_url;
    // This process owns the scanner, so episodes a crashed earlier run left open are closed.
    options.closeDanglingEpisodes = true;
    m_writer = m_thread->adopt(new StorageWriter(options));
    m_thread->start();
    QMetaObject::invokeMethod(m_writer, &StorageWriter::start, Qt::QueuedConnection);
}

ScanRecorder::~ScanRecorder() = default; // the thread stops and deletes the writer

void ScanRecorder::recordScan(const std::vector<Opportunity>& current,
                              std::int64_t nowMs,
                              const ScanFacts* facts)
{
    std::vector<StorageRecord> records = m_tracker.observe(current, nowMs);
    if (facts) {
        ScanRunRecord run;
        run.runId = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
        run.scannedAtMs = nowMs;
        run.durationUs = facts->durationUs;
        run.eventsEvaluated = facts->eventsEvaluated;
        run.opportunities = int(current.size());
        run.refusals = facts->refusals;
        run.booksLive = facts->booksLive;
        run.booksStale = facts->booksStale;
        run.booksInvalid = facts->booksInvalid;
        run.source = facts->source;
        records.emplace_back(std::move(run));
    }
    m_writer->enqueue(std::move(records));
}

StorageStats ScanRecorder::finish(std::int64_t nowMs, int timeoutMs)
{
    if (!m_finished) {
        m_finished = true;
        m_writer->enqueue(m_tracker.closeAll(nowMs));
        QMetaObject::invokeMethod(m_writer, &StorageWriter::flushNow, Qt::QueuedConnection);
    }
    m_writer->waitForFlushed(timeoutMs);
    return m_writer->stats();
}

} // namespace polaris
