#pragma once

#include "core/book/OrderBook.h"
#include "core/util/DenseStringIndex.h"
#include "core/util/Result.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace polaris {

struct BookSnapshot;
class MarketFrame;
struct BookMessage;
struct PriceChangeMessage;
struct TickSizeChangeMessage;

/// One book snapshot as views, wherever it was parsed (a BookMessage, a POST /books entry).
struct BookSnapshotRef
{
    std::span<const BookLevel> bids;
    std::span<const BookLevel> asks;
    std::string_view hash;
    std::int64_t timestampMs = 0;
    std::optional<Decimal> tickSize;
    std::optional<Decimal> minOrderSize;
};

/// Book counts by state, for status displays and health checks.
struct BookStoreCounts
{
    std::size_t live = 0;
    std::size_t stale = 0;
    std::size_t invalid = 0;
    std::size_t empty = 0;
};

/// Owns every OrderBook of one venue connection, keyed by asset id, and applies parsed CLOB
/// market-channel messages to them. Books are registered with ensure() and never removed, so an
/// index stays valid for the store's life. References and pointers stay valid until the next
/// registration of a new asset: layoutVersion() changes exactly then, so a reader (the scanner)
/// may keep `const OrderBook*` for as long as it reads the same version. MarketDataIngest only
/// registers at universe commit, so between commits book addresses are stable.
///
/// Each apply call appends the indices of the books it changed to dirty() (each book once until
/// clearDirty()) and the problems it met to errors() (until clearErrors()); both vectors keep
/// their capacity, so steady-state updates do not allocate. An invalid update (crossed result,
/// bad level) marks only that book Invalid until its next snapshot; other books are untouched.
/// Messages for asset ids that were never registered are ignored and counted, not created.
/// Lives on the venue's market-data thread; no locking.
class BookStore
{
public:
    /// Registers a book (Empty until its first snapshot) and returns its index; for a known
    /// asset returns the existing index and fills in the market if it was unknown.
    std::size_t ensure(std::string_view assetId, std::string_view market = {});
    /// Room for `count` books without moving them or growing the index (a universe commit
    /// registers tens of thousands at once).
    void reserve(std::size_t count);
    std::optional<std::size_t> indexOf(std::string_view assetId) const;
    std::size_t size() const { return m_books.size(); }
    const OrderBook& book(std::size_t index) const { return m_books[index]; }
    /// nullptr for an unknown asset.
    const OrderBook* find(std::string_view assetId) const;
    /// Changes whenever ensure() registers a new asset (and may move every book); unique across
    /// stores, so a new store never repeats an old store's version.
    std::uint64_t layoutVersion() const { return m_layoutVersion; }

    /// Replaces the book of `snapshot.assetId` (NotFound if not registered) and applies its tick
    /// size and minimum order size when present.
    Status applySnapshot(const BookSnapshot& snapshot, std::int64_t nowMs);

    /// Applies every book-affecting event of a parsed frame in order (book, price_change,
    /// tick_size_change); other events are ignored. Returns the number of errors appended.
    std::size_t apply(const MarketFrame& frame, std::int64_t nowMs);
    std::size_t apply(const BookMessage& message, std::int64_t nowMs);

    /// apply(BookMessage) in two steps, for a caller that looked the book up (ensure(), indexOf())
    /// and may load many books on several threads: replaceBook() touches only the book at `index`
    /// (so calls for different indices may run at the same time, with no registration in
    /// between), and noteReplaced(), on the store's thread and in the order the snapshots came,
    /// marks it dirty and records the error as apply() does.
    Status replaceBook(std::size_t index, const BookSnapshotRef& snapshot, std::int64_t nowMs);
    std::size_t noteReplaced(std::size_t index, Status status);
    /// Changes are grouped per asset and each group applied as one batch (the crossing check runs
    /// after the whole batch). Changes to a book without a snapshot (Empty, or Invalid awaiting
    /// one) are skipped and counted: they are deltas and cannot rebuild it.
    std::size_t apply(const PriceChangeMessage& message, std::int64_t nowMs);
    /// Sets the new tick and resets the book: levels on the old grid may be invalid, so it waits
    /// for a fresh snapshot (spec §5.2).
    std::size_t apply(const TickSizeChangeMessage& message, std::int64_t nowMs);

    /// Indices of books changed since the last clearDirty(), each once, in order of first change.
    std::span<const std::size_t> dirty() const { return m_dirty; }
    void clearDirty();
    std::span<const Error> errors() const { return m_errors; }
    void clearErrors() { m_errors.clear(); }

    /// The feed carrying these books went down: Live books become Stale (and dirty).
    void markStale(std::span<const std::size_t> indices);
    void markAllStale();
    /// The feed is alive: every Live book is current as of nowMs.
    void confirmAll(std::int64_t nowMs);

    BookStoreCounts counts() const;
    /// Messages (or price changes) naming an asset id that was never registered.
    std::uint64_t unknownAssetUpdates() const { return m_unknownAssetUpdates; }
    /// Price changes skipped because their book had no snapshot (Empty or Invalid).
    std::uint64_t skippedWithoutSnapshot() const { return m_skippedWithoutSnapshot; }

private:
    void markDirty(std::size_t index);
    std::size_t report(Status status);

    std::vector<OrderBook> m_books;
    DenseStringIndex m_index; // asset id -> index into m_books
    std::vector<std::size_t> m_dirty;
    std::vector<std::uint8_t> m_isDirty;
    std::vector<Error> m_errors;
    std::vector<LevelChange> m_batch;    // reused: one asset's changes of a price_change
    std::vector<std::uint8_t> m_grouped; // reused: which changes of a message are already applied
    std::uint64_t m_unknownAssetUpdates = 0;
    std::uint64_t m_skippedWithoutSnapshot = 0;
    std::uint64_t m_layoutVersion = 0;
};

} // namespace polaris
