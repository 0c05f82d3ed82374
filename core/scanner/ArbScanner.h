#pragma once

#include "core/scanner/Universe.h"
#include "core/strategies/ScanContext.h"

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace polaris {

/// What changed in the opportunity set since the previous scan.
struct OpportunityDiff
{
    std::vector<std::string> appeared;
    std::vector<std::string> changed;   ///< same id, different size/cost/profit/legs
    std::vector<std::string> disappeared;
    bool empty() const { return appeared.empty() && changed.empty() && disappeared.empty(); }
};

/// Runs every enabled strategy checker over a Universe, either all events (full scan) or only the
/// events a set of changed books belongs to (incremental); both give identical results on the same
/// books. Keeps the current opportunities and near-misses per event, the first-seen time of each
/// opportunity id, and the diff of the last scan. Plain C++; lives on the market-data thread.
class ArbScanner
{
public:
    ArbScanner(ArbConfig config, std::vector<std::unique_ptr<StrategyChecker>> checkers);

    /// Starts evaluating a new universe. What was reported before is kept: call fullScan() next
    /// and its diff says what really changed.
    void setUniverse(const Universe* universe);
    const ArbConfig& config() const { return m_config; }
    void setEnabled(std::bitset<8> enabled) { m_enabled = enabled; }

    /// Re-evaluates every event. Returns what changed.
    const OpportunityDiff& fullScan(const BookSource& books, std::int64_t nowMs);
    /// Re-evaluates only the events that trade any of these tokens.
    const OpportunityDiff& rescanTokens(std::span<const std::string_view> tokenIds, const BookSource& books,
                                        std::int64_t nowMs);

    /// Current opportunities, sorted by id (deterministic output).
    std::vector<Opportunity> opportunities() const;
    std::vector<Refusal> refusals() const;
    std::size_t opportunityCount() const;
    const OpportunityDiff& lastDiff() const { return m_diff; }
    std::size_t eventsEvaluated() const { return m_eventsEvaluated; }

private:
    void evaluate(std::uint32_t eventIndex, const ScanContext& context);
    void beginDiff();
    void finishDiff(std::int64_t nowMs);

    ArbConfig m_config;
    std::vector<std::unique_ptr<StrategyChecker>> m_checkers;
    std::bitset<8> m_enabled = std::bitset<8>().set();
    const Universe* m_universe = nullptr;
    std::vector<ScanResult> m_perEvent;      // indexed like Universe::events()
    std::vector<std::uint32_t> m_touched;    // events evaluated in the current scan
    std::vector<std::uint8_t> m_touchedMark; // dedup for m_touched
    std::unordered_map<std::string, Opportunity> m_previous; // id -> as of the previous scan
    std::unordered_map<std::string, std::int64_t> m_firstSeen;
    OpportunityDiff m_diff;
    std::size_t m_eventsEvaluated = 0;
    bool m_universeReplaced = false;
};

} // namespace polaris
