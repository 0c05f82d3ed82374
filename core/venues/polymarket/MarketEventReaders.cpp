#include "core/venues/polymarket/MarketEventReaders.h"

#include <string>
#include <utility>

namespace polaris::clobjson {

namespace {

/// Iterates the members of `object`, calling `onField(key, value)`; stops on a broken document.
template <typename OnField>
void forEachField(od::object& object,
                  std::string_view context,
                  ElementStatus& status,
                  OnField&& onField)
{
    for (auto member : object) {
        od::field entry;
        std::string_view key;
        if (const auto ec = std::move(member).get(entry)) {
            status.failJson(ec, context);
            return;
        }
        if (const auto ec = fieldKey(entry, key)) {
            status.failJson(ec, context);
            return;
        }
        onField(key, entry.value());
        if (status.fatal) {
            return;
        }
    }
}

/// Calls `onElement(index, value)` for each element of an array field; prefixes a new error
/// with "<field>[i]." and stops at the first bad element.
template <typename OnElement>
void forEachElement(od::value& value,
                    std::string_view field,
                    ElementStatus& status,
                    OnElement&& onElement)
{
    od::array array;
    if (const auto ec = value.get_array().get(array)) {
        status.failJson(ec, field);
        return;
    }
    std::size_t index = 0;
    for (auto element : array) {
        const bool hadError = status.failed();
        od::value item;
        if (const auto ec = std::move(element).get(item)) {
            status.failJson(ec, field);
        } else {
            onElement(item);
        }
        if (!hadError && status.failed()) {
            status.error->detail.insert(0, std::string(field) + "[" + std::to_string(index) + "].");
        }
        if (status.failed()) {
            return;
        }
        ++index;
    }
}

/// Strings of an array, skipping items of other types (tags are informational).
void readLenientTextArray(od::value& value, std::vector<std::string_view>& out)
{
    od::array array;
    if (value.get_array().get(array)) {
        return;
    }
    for (auto element : array) {
        std::string_view text;
        if (element.get_string().get(text) == simdjson::SUCCESS) {
            out.push_back(text);
        }
    }
}

void requireText(std::string_view text, const char* field, ElementStatus& status)
{
    if (text.empty()) {
        status.fail(ErrorCode::MissingField, std::string(field) + " missing");
    }
}

/// One {asset_id?, price, side, size, hash?, best_bid?, best_ask?} object.
void readChange(od::value& value, ElementStatus& status, PriceChange& out, bool needAsset)
{
    od::object object;
    if (const auto ec = value.get_object().get(object)) {
        status.failJson(ec, "change");
        return;
    }
    bool hasPrice = false;
    bool hasSide = false;
    bool hasSize = false;
    forEachField(object, "change", status, [&](std::string_view key, od::value& field) {
        if (key == "asset_id") {
            clobjson::readText(field, "asset_id", status, out.assetId);
        } else if (key == "price") {
            hasPrice = clobjson::readRequiredDecimal(field, "price", status, out.change.price)
                       && clobjson::checkPrice(out.change.price, "price", status);
        } else if (key == "side") {
            hasSide = clobjson::readSide(field, "side", status, out.change.side);
        } else if (key == "size") {
            hasSize = clobjson::readRequiredDecimal(field, "size", status, out.change.size)
                      && clobjson::checkNonNegative(out.change.size, "size", status);
        } else if (key == "hash") {
            clobjson::readText(field, "hash", status, out.hash);
        } else if (key == "best_bid") {
            clobjson::readOptionalDecimal(field, "best_bid", status, out.bestBid);
            if (out.bestBid) {
                clobjson::checkUnitInterval(*out.bestBid, "best_bid", status);
            }
        } else if (key == "best_ask") {
            clobjson::readOptionalDecimal(field, "best_ask", status, out.bestAsk);
            if (out.bestAsk) {
                clobjson::checkUnitInterval(*out.bestAsk, "best_ask", status);
            }
        }
    });
    if (needAsset) {
        requireText(out.assetId, "asset_id", status);
    }
    if (!hasPrice) {
        status.fail(ErrorCode::MissingField, "price missing");
    } else if (!hasSide) {
        status.fail(ErrorCode::MissingField, "side missing");
    } else if (!hasSize) {
        status.fail(ErrorCode::MissingField, "size missing");
    }
}

void readEventMessage(od::value& value, ElementStatus& status, NewMarketMessage& out)
{
    od::object object;
    if (value.get_object().get(object)) {
        return; // informational: a null or odd event_message is not worth rejecting the market
    }
    forEachField(object, "event_message", status, [&](std::string_view key, od::value& field) {
        if (key == "id") {
            clobjson::readText(field, "event_message.id", status, out.eventId);
        } else if (key == "slug") {
            clobjson::readText(field, "event_message.slug", status, out.eventSlug);
        } else if (key == "title") {
            clobjson::readText(field, "event_message.title", status, out.eventTitle);
        }
    });
}

} // namespace

void readPriceChange(od::object& object, ElementStatus& status, PriceChangeMessage& out)
{
    std::string_view topAsset;
    std::string_view topHash;
    PriceChange flat; // the 2024 schema's single change, fields at top level
    bool hasPrice = false;
    bool hasSide = false;
    bool hasSize = false;
    bool hasChangesArray = false;
    bool hasPriceChanges = false;
    forEachField(object, "price_change", status, [&](std::string_view key, od::value& field) {
        if (key == "price_changes") {
            hasPriceChanges = true;
            forEachElement(field, "price_changes", status, [&](od::value& item) {
                readChange(item, status, out.changes.emplace_back(), true);
            });
        } else if (key == "market") {
            clobjson::readText(field, "market", status, out.market);
        } else if (key == "timestamp") {
            clobjson::readTimestamp(field, "timestamp", status, out.timestampMs);
        } else if (key == "asset_id") {
            clobjson::readText(field, "asset_id", status, topAsset);
        } else if (key == "hash") {
            clobjson::readText(field, "hash", status, topHash);
        } else if (key == "changes") {
            hasChangesArray = true;
            forEachElement(field, "changes", status, [&](od::value& item) {
                readChange(item, status, out.changes.emplace_back(), false);
            });
        } else if (key == "price") {
            hasPrice = clobjson::readRequiredDecimal(field, "price", status, flat.change.price)
                       && clobjson::checkPrice(flat.change.price, "price", status);
        } else if (key == "side") {
            hasSide = clobjson::readSide(field, "side", status, flat.change.side);
        } else if (key == "size") {
            hasSize = clobjson::readRequiredDecimal(field, "size", status, flat.change.size)
                      && clobjson::checkNonNegative(flat.change.size, "size", status);
        }
    });
    if (status.failed()) {
        return;
    }
    if (hasPriceChanges) {
        out.schema = PriceChangeSchema::Current;
        return;
    }
    requireText(topAsset, "asset_id", status);
    if (hasChangesArray) {
        out.schema = PriceChangeSchema::Changes;
        for (PriceChange& change : out.changes) {
            change.assetId = topAsset;
            change.hash = topHash;
        }
        return;
    }
    out.schema = PriceChangeSchema::Flat;
    if (!hasPrice && !hasSide && !hasSize) {
        status.fail(ErrorCode::MissingField, "price_changes missing");
    } else if (!hasPrice) {
        status.fail(ErrorCode::MissingField, "price missing");
    } else if (!hasSide) {
        status.fail(ErrorCode::MissingField, "side missing");
    } else if (!hasSize) {
        status.fail(ErrorCode::MissingField, "size missing");
    }
    flat.assetId = topAsset;
    flat.hash = topHash;
    out.changes.push_back(flat);
}

void readTickSizeChange(od::object& object, ElementStatus& status, TickSizeChangeMessage& out)
{
    bool hasNew = false;
    forEachField(object, "tick_size_change", status, [&](std::string_view key, od::value& field) {
        if (key == "asset_id") {
            clobjson::readText(field, "asset_id", status, out.assetId);
        } else if (key == "market") {
            clobjson::readText(field, "market", status, out.market);
        } else if (key == "new_tick_size") {
            hasNew = clobjson::readRequiredDecimal(field, "new_tick_size", status, out.newTickSize)
                     && clobjson::checkPrice(out.newTickSize, "new_tick_size", status);
        } else if (key == "old_tick_size") {
            clobjson::readOptionalDecimal(field, "old_tick_size", status, out.oldTickSize);
        } else if (key == "timestamp") {
            clobjson::readTimestamp(field, "timestamp", status, out.timestampMs);
        }
    });
    requireText(out.assetId, "asset_id", status);
    if (!hasNew) {
        status.fail(ErrorCode::MissingField, "new_tick_size missing");
    }
}

void readLastTradePrice(od::object& object, ElementStatus& status, LastTradePriceMessage& out)
{
    bool hasPrice = false;
    forEachField(object, "last_trade_price", status, [&](std::string_view key, od::value& field) {
        if (key == "asset_id") {
            clobjson::readText(field, "asset_id", status, out.assetId);
        } else if (key == "market") {
            clobjson::readText(field, "market", status, out.market);
        } else if (key == "price") {
            hasPrice = clobjson::readRequiredDecimal(field, "price", status, out.price)
                       && clobjson::checkPrice(out.price, "price", status);
        } else if (key == "size") {
            clobjson::readOptionalDecimal(field, "size", status, out.size);
            if (out.size) {
                clobjson::checkNonNegative(*out.size, "size", status);
            }
        } else if (key == "side") {
            BookSide side = BookSide::Bid;
            if (clobjson::readSide(field, "side", status, side)) {
                out.side = side == BookSide::Bid ? TradeSide::Buy : TradeSide::Sell;
            }
        } else if (key == "fee_rate_bps") {
            clobjson::readOptionalDecimal(field, "fee_rate_bps", status, out.feeRateBps);
        } else if (key == "timestamp") {
            clobjson::readTimestamp(field, "timestamp", status, out.timestampMs);
        }
    });
    requireText(out.assetId, "asset_id", status);
    if (!hasPrice) {
        status.fail(ErrorCode::MissingField, "price missing");
    }
}

void readBestBidAsk(od::object& object, ElementStatus& status, BestBidAskMessage& out)
{
    forEachField(object, "best_bid_ask", status, [&](std::string_view key, od::value& field) {
        if (key == "asset_id") {
            clobjson::readText(field, "asset_id", status, out.assetId);
        } else if (key == "market") {
            clobjson::readText(field, "market", status, out.market);
        } else if (key == "best_bid") {
            clobjson::readOptionalDecimal(field, "best_bid", status, out.bestBid);
            if (out.bestBid) {
                clobjson::checkUnitInterval(*out.bestBid, "best_bid", status);
            }
        } else if (key == "best_ask") {
            clobjson::readOptionalDecimal(field, "best_ask", status, out.bestAsk);
            if (out.bestAsk) {
                clobjson::checkUnitInterval(*out.bestAsk, "best_ask", status);
            }
        } else if (key == "spread") {
            clobjson::readOptionalDecimal(field, "spread", status, out.spread);
        } else if (key == "timestamp") {
            clobjson::readTimestamp(field, "timestamp", status, out.timestampMs);
        }
    });
    requireText(out.assetId, "asset_id", status);
}

void readNewMarket(od::object& object, ElementStatus& status, NewMarketMessage& out)
{
    forEachField(object, "new_market", status, [&](std::string_view key, od::value& field) {
        if (key == "id") {
            clobjson::readText(field, "id", status, out.id);
        } else if (key == "market") {
            clobjson::readText(field, "market", status, out.market);
        } else if (key == "condition_id") {
            clobjson::readText(field, "condition_id", status, out.conditionId);
        } else if (key == "question") {
            clobjson::readText(field, "question", status, out.question);
        } else if (key == "slug") {
            clobjson::readText(field, "slug", status, out.slug);
        } else if (key == "description") {
            clobjson::readText(field, "description", status, out.description);
        } else if (key == "group_item_title") {
            clobjson::readText(field, "group_item_title", status, out.groupItemTitle);
        } else if (key == "assets_ids") {
            clobjson::readTextArray(field, "assets_ids", status, out.assetsIds);
        } else if (key == "clob_token_ids" && out.assetsIds.empty()) {
            clobjson::readTextArray(field, "clob_token_ids", status, out.assetsIds);
        } else if (key == "outcomes") {
            clobjson::readTextArray(field, "outcomes", status, out.outcomes);
        } else if (key == "tags") {
            readLenientTextArray(field, out.tags);
        } else if (key == "event_message") {
            readEventMessage(field, status, out);
        } else if (key == "order_price_min_tick_size") {
            clobjson::readOptionalDecimal(field, "order_price_min_tick_size", status, out.tickSize);
            if (out.tickSize) {
                clobjson::checkPrice(*out.tickSize, "order_price_min_tick_size", status);
            }
        } else if (key == "active") {
            bool active = false;
            if (clobjson::readBool(field, "active", status, active)) {
                out.active = active;
            }
        } else if (key == "timestamp") {
            clobjson::readTimestamp(field, "timestamp", status, out.timestampMs);
        }
    });
    if (out.market.empty()) {
        out.market = out.conditionId;
    }
    if (out.conditionId.empty()) {
        out.conditionId = out.market;
    }
    requireText(out.market, "market", status);
}

void readMarketResolved(od::object& object, ElementStatus& status, MarketResolvedMessage& out)
{
    forEachField(object, "market_resolved", status, [&](std::string_view key, od::value& field) {
        if (key == "id") {
            clobjson::readText(field, "id", status, out.id);
        } else if (key == "market") {
            clobjson::readText(field, "market", status, out.market);
        } else if (key == "winning_asset_id") {
            clobjson::readText(field, "winning_asset_id", status, out.winningAssetId);
        } else if (key == "winning_outcome") {
            clobjson::readText(field, "winning_outcome", status, out.winningOutcome);
        } else if (key == "assets_ids") {
            clobjson::readTextArray(field, "assets_ids", status, out.assetsIds);
        } else if (key == "tags") {
            readLenientTextArray(field, out.tags);
        } else if (key == "timestamp") {
            clobjson::readTimestamp(field, "timestamp", status, out.timestampMs);
        }
    });
    requireText(out.market, "market", status);
    requireText(out.winningAssetId, "winning_asset_id", status);
}

} // namespace polaris::clobjson
