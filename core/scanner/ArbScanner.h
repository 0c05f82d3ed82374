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
    std::vector<std::string> changed; ///< same id, different size/cost/profit/legs
    std::vector<std::string> disappeared;
    bool empty() const { return appeared.empty() && changed.empty() && disappeared.empty(); }
};

/// Runs every enabled strategy checker over a Universe, either all events (full scan) or only the
/// events a set of changed books belongs to (incremental); both give identical results on the same
/// books. Keeps the current opportunities and near-misses per event, the first-seen time of each
/// opportunity id, and the diff of the last scan. Plain C++; lives on the market-data thread.
///
/// Book lookups: every token of the universe has a slot, and the books of an event's slots are
/// looked up once and handed to the checkers (ScanContext::eventBooks), so a scan hashes no token
/// id. When the BookSource promises stable pointers (BookSource::layoutOwner(), e.g. a BookStore
/// between two registrations) the resolved pointers are kept across scans until the universe or
/// the source's layout version changes; otherwise each evaluation looks its event's books up
/// again. An incremental rescan costs only its events: nothing here is proportional to the
/// universe per book change.
class ArbScanner
{
public:
    ArbScanner(ArbConfig config, std::vector<std::unique_ptr<StrategyChecker>> checkers);

    /// Starts evaluating a new universe. What was reported before is kept: call fullScan() next
    /// and its diff says what really changed.
    void setUniverse(const Universe* universe);
    const ArbConfig& config() const { return m_config; }
    void setEnabled(std::bitset<8> enabled) { m_enabled = enabled; }

    /// Threads a full scan may use (1, the default, scans on the calling thread only). With
    /// more, events are evaluated in parallel: the checkers and BookSource::find() are then
    /// called from several threads at once (both are read-only), and the results are the same
    /// as with one, in the same order. Incremental rescans always run on the calling thread.
    void setScanThreads(unsigned threads) { m_scanThreads = threads == 0 ? 1 : threads; }
    unsigned scanThreads() const { return m_scanThreads; }
    /// What a full scan should use on this machine (availableShards(): one per core, at most 4).
    static unsigned availableScanThreads();

    /// Re-evaluates every event. Returns what changed.
    const OpportunityDiff& fullScan(const BookSource& books, std::int64_t nowMs);
    /// Re-evaluates only the events that trade any of these tokens.
    const OpportunityDiff& rescanTokens(std::span<const std::string_view> tokenIds,
                                        const BookSource& books,
                                        std::int64_t nowMs);

    /// Current opportunities, sorted by id (deterministic output).
    std::vector<Opportunity> opportunities() const;
    std::vector<Refusal> refusals() const;
    /// The same two lists without copying: pointers into the scanner, valid until its next scan
    /// or setUniverse(), in exactly the order opportunities()/refusals() return.
    std::vector<const Opportunity*> sortedOpportunities() const;
    std::vector<const Refusal*> sortedRefusals() const;
    std::size_t opportunityCount() const;
    const OpportunityDiff& lastDiff() const { return m_diff; }
    std::size_t eventsEvaluated() const { return m_eventsEvaluated; }

private:
    void evaluate(std::uint32_t eventIndex, const ScanContext& context);
    /// evaluate() in two parts: the bookkeeping (calling thread only), then the checkers (any
    /// thread, one event at a time per event).
    void beginEvaluation(std::uint32_t eventIndex);
    void runCheckers(std::uint32_t eventIndex, const ScanContext& context);
    /// runCheckers() over every event on m_scanThreads threads.
    void runCheckersInParallel(const ScanContext& context);
    /// Drops the resolved books when `books` is not the layout they were resolved from.
    void checkLayout(const BookSource& books);
    /// Looks the books of one event's slots up (unless kept from an earlier scan).
    void resolve(std::uint32_t eventIndex, const BookSource& books);
    void beginDiff();
    void finishDiff(std::int64_t nowMs);

    ArbConfig m_config;
    std::vector<std::unique_ptr<StrategyChecker>> m_checkers;
    std::bitset<8> m_enabled = std::bitset<8>().set();
    const Universe* m_universe = nullptr;
    std::vector<ScanResult> m_perEvent;      // indexed like Universe::events()
    std::vector<std::uint32_t> m_touched;    // events evaluated in the current scan
    std::vector<std::uint8_t> m_touchedMark; // dedup for m_touched
    /// An id reported before: as of the scan that last changed it (its firstSeenMs is the id's
    /// first-seen time) and the number of the last scan that found it.
    struct Tracked
    {
        Opportunity opportunity;
        std::uint64_t lastScan = 0;
    };
    std::unordered_map<std::string, Tracked> m_previous;
    std::uint64_t m_scan = 0; // number of the current scan
    // Book slots: market m (numbered across the universe) has slots m_firstSlot[m]...; event e's
    // markets start at m_firstMarket[e]. m_slotBooks[slot] is valid while m_resolved[e].
    std::vector<std::uint32_t> m_firstSlot;
    std::vector<std::uint32_t> m_firstMarket;
    std::vector<const OrderBook*> m_slotBooks;
    std::vector<std::uint8_t> m_resolved;
    const void* m_layoutOwner = nullptr;
    std::uint64_t m_layoutVersion = 0;
    OpportunityDiff m_diff;
    std::size_t m_eventsEvaluated = 0;
    unsigned m_scanThreads = 1;
    bool m_universeReplaced = false;
};

} // namespace polaris
