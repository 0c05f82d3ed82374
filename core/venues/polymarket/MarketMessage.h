#pragma once

#include "core/book/BookLevel.h"
#include "core/market/TradeSide.h"
#include "core/money/Decimal.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace polaris {

// Messages of the Polymarket CLOB market channel (spec §5.2), as MarketMessageParser produces them.
// Every std::string_view points into the parser that filled the message and stays valid until its
// next parse() call; copy what must live longer. The vectors are reused from frame to frame so that
// steady-state parsing does not allocate.

enum class MarketEventType : std::uint8_t {
    Book,
    PriceChange,
    TickSizeChange,
    LastTradePrice,
    BestBidAsk,
    NewMarket,
    MarketResolved,
};

/// The wire name ("book", "price_change", ...).
const char* marketEventTypeName(MarketEventType type);

/// `book`: a full snapshot of one asset's book. Levels are in venue order (real captures put the
/// best price last); OrderBook sorts them.
struct BookMessage
{
    std::string_view assetId;
    std::string_view market;
    std::string_view hash;
    std::int64_t timestampMs = 0;
    std::vector<BookLevel> bids;
    std::vector<BookLevel> asks;
    std::optional<Decimal> tickSize;
    std::optional<Decimal> minOrderSize;
    std::optional<Decimal> lastTradePrice;
    std::optional<bool> negRisk;

    void clear();
};

/// One level change of a price_change message.
struct PriceChange
{
    std::string_view assetId;
    LevelChange change; ///< size is the new total at that price; zero removes the level
    std::string_view hash;
    std::optional<Decimal> bestBid; ///< post-update top of book (current schema only)
    std::optional<Decimal> bestAsk;
};

/// Which of the three wire schemas a price_change came in (spec §5.2).
enum class PriceChangeSchema : std::uint8_t {
    Flat,    ///< 2024: one change, fields at top level
    Changes, ///< legacy: top-level asset_id + hash, `changes[]` of {price, side, size}
    Current, ///< since 2025-09-15: `price_changes[]`, each with its own asset_id, hash, best_*
};

/// `price_change`, all schemas normalised to a list of per-asset changes.
struct PriceChangeMessage
{
    std::string_view market;
    std::int64_t timestampMs = 0;
    PriceChangeSchema schema = PriceChangeSchema::Current;
    std::vector<PriceChange> changes;

    void clear();
};

/// `tick_size_change`: the book must be rebuilt from a fresh snapshot on the new grid.
struct TickSizeChangeMessage
{
    std::string_view assetId;
    std::string_view market;
    std::optional<Decimal> oldTickSize;
    Decimal newTickSize;
    std::int64_t timestampMs = 0;

    void clear() { *this = TickSizeChangeMessage{}; }
};

/// `last_trade_price`.
struct LastTradePriceMessage
{
    std::string_view assetId;
    std::string_view market;
    Decimal price;
    std::optional<Decimal> size;
    std::optional<TradeSide> side; ///< taker side
    std::optional<Decimal> feeRateBps;
    std::int64_t timestampMs = 0;

    void clear() { *this = LastTradePriceMessage{}; }
};

/// `best_bid_ask` (custom feature). An absent or empty side is std::nullopt.
struct BestBidAskMessage
{
    std::string_view assetId;
    std::string_view market;
    std::optional<Decimal> bestBid;
    std::optional<Decimal> bestAsk;
    std::optional<Decimal> spread;
    std::int64_t timestampMs = 0;

    void clear() { *this = BestBidAskMessage{}; }
};

/// `new_market` (custom feature): a market was listed.
struct NewMarketMessage
{
    std::string_view id;          ///< Gamma market id (string or number on the wire)
    std::string_view market;      ///< condition id
    std::string_view conditionId; ///< usually equal to market
    std::string_view question;
    std::string_view slug;
    std::string_view description;
    std::string_view groupItemTitle;
    std::string_view eventId;
    std::string_view eventSlug;
    std::string_view eventTitle;
    std::vector<std::string_view> assetsIds;
    std::vector<std::string_view> outcomes;
    std::vector<std::string_view> tags;
    std::optional<Decimal> tickSize; ///< order_price_min_tick_size
    std::optional<bool> active;
    std::int64_t timestampMs = 0;

    void clear();
};

/// `market_resolved` (custom feature).
struct MarketResolvedMessage
{
    std::string_view id;
    std::string_view market;
    std::string_view winningAssetId;
    std::string_view winningOutcome;
    std::vector<std::string_view> assetsIds;
    std::vector<std::string_view> tags;
    std::int64_t timestampMs = 0;

    void clear();
};

} // namespace polaris
