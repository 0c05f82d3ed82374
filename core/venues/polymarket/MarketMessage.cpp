#include "core/venues/polymarket/MarketMessage.h"

namespace polaris {

const char* marketEventTypeName(MarketEventType type)
{
    switch (type) {
    case MarketEventType::Book:
        return "book";
    case MarketEventType::PriceChange:
        return "price_change";
    case MarketEventType::TickSizeChange:
        return "tick_size_change";
    case MarketEventType::LastTradePrice:
        return "last_trade_price";
    case MarketEventType::BestBidAsk:
        return "best_bid_ask";
    case MarketEventType::NewMarket:
        return "new_market";
    case MarketEventType::MarketResolved:
        return "market_resolved";
    }
    return "unknown";
}

// The clear() functions reset every field but keep the vectors' capacity: that is what makes
// steady-state parsing allocation-free.

void BookMessage::clear()
{
    assetId = market = hash = {};
    timestampMs = 0;
    bids.clear();
    asks.clear();
    tickSize.reset();
    minOrderSize.reset();
    lastTradePrice.reset();
    negRisk.reset();
}

void PriceChangeMessage::clear()
{
    market = {};
    timestampMs = 0;
    schema = PriceChangeSchema::Current;
    changes.clear();
}

void NewMarketMessage::clear()
{
    id = market = conditionId = question = slug = description = groupItemTitle = {};
    eventId = eventSlug = eventTitle = {};
    assetsIds.clear();
    outcomes.clear();
    tags.clear();
    tickSize.reset();
    active.reset();
    timestampMs = 0;
}

void MarketResolvedMessage::clear()
{
    id = market = winningAssetId = winningOutcome = {};
    assetsIds.clear();
    tags.clear();
    timestampMs = 0;
}

} // namespace polaris
