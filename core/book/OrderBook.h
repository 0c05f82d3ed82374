#pragma once

#include "core/book/BookLevel.h"
#include "core/util/Result.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace polaris {

/// Live / stale / invalid, from the point of view of a strategy deciding whether to trust it.
enum class BookState : std::uint8_t {
    Empty,   ///< never received a snapshot
    Live,    ///< consistent and its feed is up
    Stale,   ///< consistent, but its feed is down or it has not been confirmed recently
    Invalid, ///< the last update left it inconsistent (crossed, bad level); wait for a snapshot
};

const char* bookStateName(BookState state);

/// The local order book of one outcome token (one CLOB asset id).
///
/// Levels are kept sorted best-first whatever order the venue sends them in (real Polymarket
/// captures put the best price last). Plain data, no Qt, no locking: it is owned by the thread
/// that applies market-data updates and copied (as a value) to anyone else. In steady state
/// updates do not allocate: the level vectors keep their capacity.
class OrderBook
{
public:
    OrderBook() = default;
    explicit OrderBook(std::string assetId)
        : m_assetId(std::move(assetId))
    {}

    const std::string& assetId() const { return m_assetId; }
    const std::string& market() const { return m_market; }
    void setMarket(std::string_view conditionId) { m_market.assign(conditionId); }

    /// Replaces both sides. Levels may come in any order; zero-size levels are ignored.
    /// Rejects (and marks the book Invalid) prices outside (0,1), negative sizes, duplicate
    /// prices and a crossed result.
    Status applySnapshot(std::span<const BookLevel> bids,
                         std::span<const BookLevel> asks,
                         std::int64_t venueTimestampMs,
                         std::int64_t receivedAtMs);
    /// Applies a batch of level changes (one venue message), then checks the book is uncrossed.
    /// A book that is Empty or Invalid ignores changes until the next snapshot: changes are
    /// deltas and cannot repair a book we do not have.
    Status applyChanges(std::span<const LevelChange> changes,
                        std::int64_t venueTimestampMs,
                        std::int64_t receivedAtMs);
    Status
    applyChange(const LevelChange& change, std::int64_t venueTimestampMs, std::int64_t receivedAtMs)
    {
        return applyChanges(std::span<const LevelChange>(&change, 1), venueTimestampMs,
                            receivedAtMs);
    }

    /// Best first: bids descending, asks ascending.
    std::span<const BookLevel> bids() const { return m_bids; }
    std::span<const BookLevel> asks() const { return m_asks; }
    std::optional<BookLevel> bestBid() const;
    std::optional<BookLevel> bestAsk() const;

    /// Buying `shares` by walking asks upward. Cost rounds up to the micro-unit.
    DepthWalk askCost(Decimal shares) const;
    /// Selling `shares` by walking bids downward. Proceeds round down to the micro-unit.
    DepthWalk bidProceeds(Decimal shares) const;
    /// Total size available at or better than `limit` on a side.
    Decimal depthWithin(BookSide side, Decimal limit) const;

    Decimal tickSize() const { return m_tickSize; }
    void setTickSize(Decimal tick) { m_tickSize = tick; }
    Decimal minOrderSize() const { return m_minOrderSize; }
    void setMinOrderSize(Decimal size) { m_minOrderSize = size; }
    const std::string& hash() const { return m_hash; }
    void setHash(std::string_view hash) { m_hash.assign(hash); }

    /// Venue's timestamp of the last applied message (ms since epoch).
    std::int64_t venueTimestampMs() const { return m_venueTimestampMs; }
    /// Local time the book was last confirmed current: an update, a snapshot, or a heartbeat of
    /// its feed (see confirm()).
    std::int64_t confirmedAtMs() const { return m_confirmedAtMs; }
    /// The feed is alive and nothing changed: the book is still current as of `nowMs`.
    void confirm(std::int64_t nowMs);

    BookState state() const { return m_state; }
    const std::string& invalidReason() const { return m_invalidReason; }
    /// The feed carrying this book went down; it stays readable but is not to be traded on.
    void markStale();
    /// Drops all levels and waits for a snapshot (e.g. after a tick size change).
    void reset();
    /// Live and confirmed within `maxAgeMs` of `nowMs`.
    bool isFresh(std::int64_t nowMs, std::int64_t maxAgeMs) const
    {
        return m_state == BookState::Live && nowMs - m_confirmedAtMs <= maxAgeMs;
    }

private:
    Status invalidate(ErrorCode code, std::string reason);
    Status checkUncrossed();

    std::string m_assetId;
    std::string m_market;
    std::vector<BookLevel> m_bids;                    // descending price
    std::vector<BookLevel> m_asks;                    // ascending price
    Decimal m_tickSize = Decimal::fromMicros(10'000); // 0.01 until the venue says otherwise
    Decimal m_minOrderSize = Decimal::fromInt(5);
    std::string m_hash;
    std::string m_invalidReason;
    std::int64_t m_venueTimestampMs = 0;
    std::int64_t m_confirmedAtMs = 0;
    BookState m_state = BookState::Empty;
};

} // namespace polaris
