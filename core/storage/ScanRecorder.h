#pragma once

#include "core/storage/DatabaseUrl.h"
#include "core/storage/EpisodeTracker.h"
#include "core/storage/StorageWriter.h"
#include "core/venues/polymarket/WorkerThread.h"

#include <memory>
#include <vector>

namespace polaris {

/// Records what the scanner sees: one ScanRunRecord per full scan and opportunity episodes
/// (EpisodeTracker) through a StorageWriter on its own thread, so the scan never waits for the
/// database. Used on the thread that runs the scanner; finish() closes the open episodes and
/// waits (bounded) for the queue to reach the database.
class ScanRecorder
{
public:
    explicit ScanRecorder(DatabaseUrl url);
    ~ScanRecorder();

    const DatabaseUrl& url() const { return m_url; }
    StorageWriter& writer() { return *m_writer; }

    /// What a full scan looked at: book states and the data's origin.
    struct ScanFacts
    {
        std::int64_t durationUs = 0;
        int eventsEvaluated = 0;
        int refusals = 0;
        int booksLive = 0;
        int booksStale = 0;
        int booksInvalid = 0;
        std::string source;
    };

    /// The complete current opportunity set after a scan; `facts` (full scans) adds a scan-run row.
    void
    recordScan(const std::vector<Opportunity>& current, std::int64_t nowMs, const ScanFacts* facts);
    /// Closes every open episode and waits up to `timeoutMs` for everything to be written.
    StorageStats finish(std::int64_t nowMs, int timeoutMs);

private:
    DatabaseUrl m_url;
    std::unique_ptr<polymarket::WorkerThread> m_thread;
    StorageWriter* m_writer = nullptr;
    EpisodeTracker m_tracker;
    bool m_finished = false;
};

} // namespace polaris
