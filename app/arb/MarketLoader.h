#pragma once

#include "app/arb/ArbOptions.h"
#include "core/marketdata/MarketDataService.h"
#include "core/scanner/ScanDriver.h"
#include "core/snapshot/Snapshot.h"

#include <functional>
#include <memory>

/// Loads the universe and its books for a polaris-arb command, from a snapshot (--snapshot,
/// replayed on its own clock) or from the venue (live, on the system clock), and calls onLoaded
/// once the books are in. onLoaded returns true to keep running on the live feed (or, for a
/// snapshot, through its recorded frames); false to finish.
class MarketLoader
{
public:
    using OnLoaded = std::function<bool(polaris::MarketDataIngest& ingest, std::int64_t nowMs)>;

    /// `listener` (may be null) sees the universe and every book change, e.g. a ScanDriver.
    MarketLoader(const ArbOptions& options, polaris::MarketDataListener* listener);
    ~MarketLoader();

    void setOnLoaded(OnLoaded onLoaded) { m_onLoaded = std::move(onLoaded); }
    /// Live only: also hand every raw payload to `sink` (recording).
    void setRawSink(polaris::RawPayloadSink* sink) { m_rawSink = sink; }
    /// Runs to completion; returns the process exit code.
    int run();

    polaris::MarketDataIngest* ingest() const { return m_ingest; }
    std::int64_t nowMs() const { return m_clock ? m_clock->nowMs() : 0; }

    /// For a command that ends right after run() (scan --once): the snapshot's universe and
    /// books are not destroyed with this loader but left to the end of the process. Freeing
    /// them is ~1 M deallocations, longer than the scan itself; exiting returns the memory in
    /// one step. Call after run().
    void leaveToExit();
    /// Keeps `object` alive until the process exits, never destroying it (see leaveToExit()).
    /// It stays reachable, so leak checkers do not report it.
    static void keepUntilExit(std::shared_ptr<void> object);

private:
    int runSnapshot();
    int runLive();

    const ArbOptions& m_options;
    polaris::MarketDataListener* m_listener;
    polaris::RawPayloadSink* m_rawSink = nullptr;
    OnLoaded m_onLoaded;
    std::unique_ptr<polaris::Clock> m_clock;
    std::unique_ptr<polaris::MarketDataIngest> m_ownIngest;
    polaris::MarketDataIngest* m_ingest = nullptr;
};
