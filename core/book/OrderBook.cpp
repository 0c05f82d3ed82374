#include "core/book/OrderBook.h"

#include <algorithm>

namespace polaris {

namespace {

const Decimal kOne = Decimal::fromInt(1);

bool validPrice(Decimal price)
{
    return price.isPositive() && price < kOne;
}

/// Inserts, replaces or (size zero) removes the level at `price` in a vector sorted by `better`.
template <typename Better>
void setLevel(std::vector<BookLevel>& levels, Decimal price, Decimal size, Better better)
{
    const auto it = std::lower_bound(
            levels.begin(), levels.end(), price,
            [&](const BookLevel& level, Decimal p) { return better(level.price, p); });
    const bool exists = it != levels.end() && it->price == price;
    if (size.isZero()) {
        if (exists) {
            levels.erase(it);
        }
    } else if (exists) {
        it->size = size;
    } else {
        levels.insert(it, BookLevel{price, size});
    }
}

/// Orders a snapshot side best first. The venue sends each side worst first (bids ascending,
/// asks descending), so reversing is the usual case; anything else is sorted.
template <typename Better> void orderBestFirst(std::vector<BookLevel>& levels, Better better)
{
    const auto bestFirst = [&](const BookLevel& a, const BookLevel& b) {
        return better(a.price, b.price);
    };
    const auto worstFirst = [&](const BookLevel& a, const BookLevel& b) {
        return better(b.price, a.price);
    };
    if (std::is_sorted(levels.begin(), levels.end(), bestFirst)) {
        return;
    }
    if (std::is_sorted(levels.begin(), levels.end(), worstFirst)) {
        std::reverse(levels.begin(), levels.end());
        return;
    }
    std::sort(levels.begin(), levels.end(), bestFirst);
}

DepthWalk walk(std::span<const BookLevel> levels, Decimal wanted, Rounding rounding)
{
    DepthWalk result;
    if (!wanted.isPositive()) {
        result.complete = wanted.isZero();
        return result;
    }
    Decimal remaining = wanted;
    for (const BookLevel& level : levels) {
        const Decimal take = min(remaining, level.size);
        result.notional += Decimal::mul(level.price, take, rounding);
        result.shares += take;
        result.worstPrice = level.price;
        ++result.levelsTouched;
        remaining -= take;
        if (remaining.isZero()) {
            result.complete = true;
            break;
        }
    }
    return result;
}

} // namespace

const char* bookStateName(BookState state)
{
    switch (state) {
    case BookState::Empty:
        return "empty";
    case BookState::Live:
        return "live";
    case BookState::Stale:
        return "stale";
    case BookState::Invalid:
        return "invalid";
    }
    return "unknown";
}

Status OrderBook::applySnapshot(std::span<const BookLevel> bids,
                                std::span<const BookLevel> asks,
                                std::int64_t venueTimestampMs,
                                std::int64_t receivedAtMs)
{
    m_bids.clear();
    m_asks.clear();
    m_venueTimestampMs = venueTimestampMs;
    m_confirmedAtMs = receivedAtMs;
    m_bids.reserve(bids.size());
    m_asks.reserve(asks.size());
    for (const auto& [levels, target] : {std::pair{bids, &m_bids}, std::pair{asks, &m_asks}}) {
        for (const BookLevel& level : levels) {
            if (!validPrice(level.price)) {
                return invalidate(ErrorCode::OutOfRange,
                                  "price " + level.price.toString() + " outside (0,1)");
            }
            if (level.size.isNegative()) {
                return invalidate(ErrorCode::OutOfRange, "negative size " + level.size.toString());
            }
            if (level.size.isPositive()) {
                target->push_back(level);
            }
        }
    }
    orderBestFirst(m_bids, [](Decimal a, Decimal b) { return a > b; });
    orderBestFirst(m_asks, [](Decimal a, Decimal b) { return a < b; });
    const auto samePrice = [](const BookLevel& a, const BookLevel& b) {
        return a.price == b.price;
    };
    if (std::adjacent_find(m_bids.begin(), m_bids.end(), samePrice) != m_bids.end()
        || std::adjacent_find(m_asks.begin(), m_asks.end(), samePrice) != m_asks.end()) {
        return invalidate(ErrorCode::InvalidFormat, "duplicate price level in snapshot");
    }
    m_state = BookState::Live;
    m_invalidReason.clear();
    return checkUncrossed();
}

Status OrderBook::applyChanges(std::span<const LevelChange> changes,
                               std::int64_t venueTimestampMs,
                               std::int64_t receivedAtMs)
{
    if (m_state == BookState::Empty || m_state == BookState::Invalid) {
        return Error{ErrorCode::NotFound,
                     "book " + m_assetId + " has no snapshot to apply changes to"};
    }
    for (const LevelChange& change : changes) {
        if (!validPrice(change.price)) {
            return invalidate(ErrorCode::OutOfRange,
                              "price " + change.price.toString() + " outside (0,1)");
        }
        if (change.size.isNegative()) {
            return invalidate(ErrorCode::OutOfRange, "negative size " + change.size.toString());
        }
        if (change.side == BookSide::Bid) {
            setLevel(m_bids, change.price, change.size, [](Decimal a, Decimal b) { return a > b; });
        } else {
            setLevel(m_asks, change.price, change.size, [](Decimal a, Decimal b) { return a < b; });
        }
    }
    m_venueTimestampMs = std::max(m_venueTimestampMs, venueTimestampMs);
    m_confirmedAtMs = receivedAtMs;
    // A change message proves the feed is alive; a book made Stale by an outage is not trusted
    // again until a snapshot resynchronises it (we may have missed deltas while it was down).
    return checkUncrossed();
}

std::optional<BookLevel> OrderBook::bestBid() const
{
    return m_bids.empty() ? std::nullopt : std::optional(m_bids.front());
}

std::optional<BookLevel> OrderBook::bestAsk() const
{
    return m_asks.empty() ? std::nullopt : std::optional(m_asks.front());
}

DepthWalk OrderBook::askCost(Decimal shares) const
{
    return walk(m_asks, shares, Rounding::Up);
}

DepthWalk OrderBook::bidProceeds(Decimal shares) const
{
    return walk(m_bids, shares, Rounding::Down);
}

Decimal OrderBook::depthWithin(BookSide side, Decimal limit) const
{
    Decimal total;
    if (side == BookSide::Ask) {
        for (const BookLevel& level : m_asks) {
            if (level.price > limit) {
                break;
            }
            total += level.size;
        }
    } else {
        for (const BookLevel& level : m_bids) {
            if (level.price < limit) {
                break;
            }
            total += level.size;
        }
    }
    return total;
}

void OrderBook::confirm(std::int64_t nowMs)
{
    if (m_state == BookState::Live) {
        m_confirmedAtMs = nowMs;
    }
}

void OrderBook::markStale()
{
    if (m_state == BookState::Live) {
        m_state = BookState::Stale;
    }
}

void OrderBook::reset()
{
    m_bids.clear();
    m_asks.clear();
    m_hash.clear();
    m_state = BookState::Empty;
}

Status OrderBook::invalidate(ErrorCode code, std::string reason)
{
    m_bids.clear();
    m_asks.clear();
    m_state = BookState::Invalid;
    m_invalidReason = reason;
    return Error{code, "book " + m_assetId + ": " + std::move(reason)};
}

Status OrderBook::checkUncrossed()
{
    if (!m_bids.empty() && !m_asks.empty() && m_bids.front().price >= m_asks.front().price) {
        return invalidate(ErrorCode::CrossedBook, "crossed: bid " + m_bids.front().price.toString()
                                                          + " >= ask "
                                                          + m_asks.front().price.toString());
    }
    return okStatus();
}

} // namespace polaris
