#pragma once

// Internal to MarketMessageParser: readers for the fields of each market-channel event type.
// Each fills a recycled message and records the first problem in `status`; required fields are
// checked after the object has been read (key order is not guaranteed).

#include "core/venues/polymarket/ClobJson.h"
#include "core/venues/polymarket/MarketMessage.h"

namespace polaris::clobjson {

/// All three price_change schemas (flat 2024, legacy `changes[]`, current `price_changes[]`).
void readPriceChange(od::object& object, ElementStatus& status, PriceChangeMessage& out);
void readTickSizeChange(od::object& object, ElementStatus& status, TickSizeChangeMessage& out);
void readLastTradePrice(od::object& object, ElementStatus& status, LastTradePriceMessage& out);
void readBestBidAsk(od::object& object, ElementStatus& status, BestBidAskMessage& out);
void readNewMarket(od::object& object, ElementStatus& status, NewMarketMessage& out);
void readMarketResolved(od::object& object, ElementStatus& status, MarketResolvedMessage& out);

} // namespace polaris::clobjson
