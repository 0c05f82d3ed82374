#pragma once

#include "core/storage/StorageRecords.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace polaris {

/// Turns the scanner's successive opportunity sets into opportunity *episodes*: an opportunity
/// that stays visible for an hour is one arb_episode row (first/last seen, best and last edge,
/// sample count) updated in place, not thousands of rows. Per-scan detail (fact_arb_scan) is kept
/// in a bounded, logarithmic form: the first `firstSamples` observations, then `firstSamples`
/// observations per doubling of the count (evenly strided), plus the last observation when the
/// episode closes. An hour at one scan a second keeps ~141 samples; a year ~350.
/// Plain C++ (QUuid for ids only); owned by one thread (the one feeding it scans).
class EpisodeTracker
{
public:
    struct Options
    {
        int firstSamples = 16; ///< also the number of samples kept per doubling
    };

    EpisodeTracker();
    explicit EpisodeTracker(Options options);

    /// One scan's complete opportunity set at `nowMs`. Returns the records to write: an episode
    /// state for every visible opportunity, closed states for the ones gone, and the samples kept.
    std::vector<StorageRecord> observe(const std::vector<Opportunity>& current, std::int64_t nowMs);
    /// Closes every open episode (shutdown, or the market-data feed went down).
    std::vector<StorageRecord> closeAll(std::int64_t nowMs);

    /// The open episode of an opportunity id, for approvals and executions that refer to it.
    std::optional<std::string> episodeIdFor(const std::string& opportunityKey) const;
    std::size_t openEpisodes() const { return m_open.size(); }

    /// Whether the n-th observation (1-based) of an episode is kept as a sample.
    static bool keepsSample(std::int64_t n, int firstSamples);

private:
    struct OpenEpisode
    {
        EpisodeRecord state;
        Opportunity last;
        bool lastSampled = false;
        std::int64_t lastScanMs = 0;
    };

    void close(OpenEpisode& episode, std::int64_t nowMs, std::vector<StorageRecord>& out);

    Options m_options;
    std::unordered_map<std::string, OpenEpisode> m_open; // by Opportunity::id
};

} // namespace polaris
