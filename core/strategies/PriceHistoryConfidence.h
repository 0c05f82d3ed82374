#pragma once

#include "core/strategies/ConfidenceProvider.h"
#include "core/util/DenseStringIndex.h"
#include "core/util/Result.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace polaris {

class OrderBook;

/// The default tail-end confidence (strategies.md G): an outcome is as likely as the lowest mid
/// it traded at over the last window (an hour): "its mid must have stayed above the threshold".
///
/// Keeps, per token, a fixed-capacity ring of time buckets holding the lowest mid seen in each
/// bucket, so memory per token is bounded (capacity x 16 bytes) however fast books update, and
/// the minimum over the window is exact or errs low (a bucket straddling the window start counts
/// whole). The window counts as covered only when the oldest retained bucket starts at or before
/// the window start: a price that was in effect at the window start is part of the window.
/// Fed by the market-data thread (record / recordBook) and read by the scan on the same thread;
/// not synchronised.
class PriceHistoryConfidence : public ConfidenceProvider
{
public:
    struct Options
    {
        std::int64_t windowMs = 3'600'000; ///< how far back the mid must have stayed high
        std::int64_t bucketMs = 10'000; ///< samples closer than this share a bucket (its minimum)
        std::size_t capacity = 512; ///< buckets per token; capacity x bucketMs must exceed windowMs
    };

    PriceHistoryConfidence();
    explicit PriceHistoryConfidence(Options options);

    /// One mid observation. Samples older than the token's newest bucket are dropped (live feeds
    /// are in order; use loadPricesHistory() to back-fill). Mids outside [0, 1] are ignored.
    void record(std::string_view tokenId, std::int64_t timeMs, double mid);
    /// Records the book's mid when it has both sides.
    void recordBook(const OrderBook& book, std::int64_t timeMs);
    /// Back-fills a token from a CLOB `/prices-history` response {"history":[{"t":<s>,"p":<n>}]},
    /// merged with what is already recorded. A malformed document is an Error and changes
    /// nothing; a bad point (missing t/p, p outside [0,1]) is skipped and counted.
    Result<ConfidenceLoadReport> loadPricesHistory(std::string_view tokenId, std::string_view json);

    std::optional<double>
    confidence(const Market& market, std::string_view tokenId, std::int64_t nowMs) const override;
    std::string unavailableReason(const Market& market,
                                  std::string_view tokenId,
                                  std::int64_t nowMs) const override;

    /// Room for `tokens` tokens' histories without growing the index (one per book at load).
    void reserve(std::size_t tokens);

    /// Buckets retained for a token (for tests and diagnostics).
    std::size_t bucketCount(std::string_view tokenId) const;
    const Options& options() const { return m_options; }

private:
    struct Bucket
    {
        std::int64_t startMs = 0;
        double minMid = 0;
    };
    /// Oldest-first ring over a vector that never grows past the capacity.
    struct Ring
    {
        std::vector<Bucket> buckets;
        std::size_t head = 0; ///< index of the oldest bucket once full

        std::size_t size() const { return buckets.size(); }
        const Bucket& at(std::size_t i) const { return buckets[(head + i) % buckets.size()]; }
        Bucket& newest() { return buckets[(head + buckets.size() - 1) % buckets.size()]; }
    };
    void push(Ring& ring, std::int64_t timeMs, double mid) const;
    const Ring* findRing(std::string_view tokenId) const;
    /// The token's ring, created empty when it has none.
    Ring& ringOf(std::string_view tokenId);

    Options m_options;
    std::vector<Ring> m_rings; // in order of first record
    DenseStringIndex m_index;  // token id -> m_rings
};

} // namespace polaris
