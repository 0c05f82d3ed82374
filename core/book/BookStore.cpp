#include "core/book/BookStore.h"

#include "core/venues/polymarket/BookSnapshot.h"
#include "core/venues/polymarket/MarketFrame.h"
#include "core/venues/polymarket/MarketMessage.h"

#include <atomic>

namespace polaris {

namespace {

/// Source of layout versions, shared by every store so versions never repeat across stores.
std::atomic<std::uint64_t> g_layoutVersions{0};

} // namespace

std::size_t BookStore::ensure(std::string_view assetId, std::string_view market)
{
    const std::uint64_t hash = DenseStringIndex::hash(assetId);
    if (const auto known = m_index.find(assetId, hash)) {
        OrderBook& book = m_books[*known];
        if (book.market().empty() && !market.empty()) {
            book.setMarket(market);
        }
        return *known;
    }
    const std::size_t index = m_books.size();
    OrderBook& book = m_books.emplace_back(std::string(assetId));
    book.setMarket(market);
    m_index.insert(assetId, hash);
    m_isDirty.push_back(0);
    m_layoutVersion = g_layoutVersions.fetch_add(1, std::memory_order_relaxed) + 1;
    return index;
}

void BookStore::reserve(std::size_t count)
{
    m_books.reserve(count);
    m_isDirty.reserve(count);
    m_index.reserve(count, count * 80); // token ids are ~78 digits
}

std::optional<std::size_t> BookStore::indexOf(std::string_view assetId) const
{
    const auto found = m_index.find(assetId);
    return found ? std::optional<std::size_t>(*found) : std::nullopt;
}

const OrderBook* BookStore::find(std::string_view assetId) const
{
    const auto index = indexOf(assetId);
    return index ? &m_books[*index] : nullptr;
}

Status BookStore::applySnapshot(const BookSnapshot& snapshot, std::int64_t nowMs)
{
    const auto index = indexOf(snapshot.assetId);
    if (!index) {
        ++m_unknownAssetUpdates;
        return Error{ErrorCode::NotFound,
                     "book snapshot for unregistered asset " + snapshot.assetId};
    }
    OrderBook& book = m_books[*index];
    if (snapshot.tickSize) {
        book.setTickSize(*snapshot.tickSize);
    }
    if (snapshot.minOrderSize) {
        book.setMinOrderSize(*snapshot.minOrderSize);
    }
    if (book.market().empty() && !snapshot.market.empty()) {
        book.setMarket(snapshot.market);
    }
    Status status = book.applySnapshot(snapshot.bids, snapshot.asks, snapshot.timestampMs, nowMs);
    if (status.ok()) {
        book.setHash(snapshot.hash);
    }
    markDirty(*index);
    return status;
}

std::size_t BookStore::apply(const MarketFrame& frame, std::int64_t nowMs)
{
    std::size_t errors = 0;
    for (const MarketEvent& event : frame.events()) {
        switch (event.type) {
        case MarketEventType::Book:
            errors += apply(frame.book(event), nowMs);
            break;
        case MarketEventType::PriceChange:
            errors += apply(frame.priceChange(event), nowMs);
            break;
        case MarketEventType::TickSizeChange:
            errors += apply(frame.tickSizeChange(event), nowMs);
            break;
        case MarketEventType::LastTradePrice:
        case MarketEventType::BestBidAsk:
        case MarketEventType::NewMarket:
        case MarketEventType::MarketResolved:
            break; // do not change levels
        }
    }
    return errors;
}

std::size_t BookStore::apply(const BookMessage& message, std::int64_t nowMs)
{
    const auto index = indexOf(message.assetId);
    if (!index) {
        ++m_unknownAssetUpdates;
        return 0;
    }
    const BookSnapshotRef snapshot{message.bids,        message.asks,     message.hash,
                                   message.timestampMs, message.tickSize, message.minOrderSize};
    return noteReplaced(*index, replaceBook(*index, snapshot, nowMs));
}

Status
BookStore::replaceBook(std::size_t index, const BookSnapshotRef& snapshot, std::int64_t nowMs)
{
    OrderBook& book = m_books[index];
    if (snapshot.tickSize) {
        book.setTickSize(*snapshot.tickSize);
    }
    if (snapshot.minOrderSize) {
        book.setMinOrderSize(*snapshot.minOrderSize);
    }
    Status status = book.applySnapshot(snapshot.bids, snapshot.asks, snapshot.timestampMs, nowMs);
    if (status.ok()) {
        book.setHash(snapshot.hash);
    }
    return status;
}

std::size_t BookStore::noteReplaced(std::size_t index, Status status)
{
    markDirty(index);
    return report(std::move(status));
}

std::size_t BookStore::apply(const PriceChangeMessage& message, std::int64_t nowMs)
{
    const std::size_t count = message.changes.size();
    m_grouped.assign(count, 0);
    std::size_t errors = 0;
    for (std::size_t i = 0; i < count; ++i) {
        if (m_grouped[i]) {
            continue;
        }
        // Gather this asset's changes (usually contiguous; a message may carry both tokens).
        const std::string_view assetId = message.changes[i].assetId;
        std::string_view hash;
        m_batch.clear();
        for (std::size_t j = i; j < count; ++j) {
            const PriceChange& change = message.changes[j];
            if (!m_grouped[j] && change.assetId == assetId) {
                m_grouped[j] = 1;
                m_batch.push_back(change.change);
                if (!change.hash.empty()) {
                    hash = change.hash;
                }
            }
        }
        const auto index = indexOf(assetId);
        if (!index) {
            m_unknownAssetUpdates += m_batch.size();
            continue;
        }
        OrderBook& book = m_books[*index];
        if (book.state() == BookState::Empty || book.state() == BookState::Invalid) {
            m_skippedWithoutSnapshot += m_batch.size();
            continue;
        }
        Status status = book.applyChanges(m_batch, message.timestampMs, nowMs);
        if (status.ok() && !hash.empty()) {
            book.setHash(hash);
        }
        markDirty(*index);
        errors += report(std::move(status));
    }
    return errors;
}

std::size_t BookStore::apply(const TickSizeChangeMessage& message, std::int64_t /*nowMs*/)
{
    const auto index = indexOf(message.assetId);
    if (!index) {
        ++m_unknownAssetUpdates;
        return 0;
    }
    OrderBook& book = m_books[*index];
    book.setTickSize(message.newTickSize);
    book.reset();
    markDirty(*index);
    return 0;
}

void BookStore::clearDirty()
{
    for (const std::size_t index : m_dirty) {
        m_isDirty[index] = 0;
    }
    m_dirty.clear();
}

void BookStore::markStale(std::span<const std::size_t> indices)
{
    for (const std::size_t index : indices) {
        if (index < m_books.size() && m_books[index].state() == BookState::Live) {
            m_books[index].markStale();
            markDirty(index);
        }
    }
}

void BookStore::markAllStale()
{
    for (std::size_t index = 0; index < m_books.size(); ++index) {
        if (m_books[index].state() == BookState::Live) {
            m_books[index].markStale();
            markDirty(index);
        }
    }
}

void BookStore::confirmAll(std::int64_t nowMs)
{
    for (OrderBook& book : m_books) {
        book.confirm(nowMs);
    }
}

BookStoreCounts BookStore::counts() const
{
    BookStoreCounts counts;
    for (const OrderBook& book : m_books) {
        switch (book.state()) {
        case BookState::Live:
            ++counts.live;
            break;
        case BookState::Stale:
            ++counts.stale;
            break;
        case BookState::Invalid:
            ++counts.invalid;
            break;
        case BookState::Empty:
            ++counts.empty;
            break;
        }
    }
    return counts;
}

void BookStore::markDirty(std::size_t index)
{
    if (!m_isDirty[index]) {
        m_isDirty[index] = 1;
        m_dirty.push_back(index);
    }
}

std::size_t BookStore::report(Status status)
{
    if (status.ok()) {
        return 0;
    }
    m_errors.push_back(status.error());
    return 1;
}

} // namespace polaris
