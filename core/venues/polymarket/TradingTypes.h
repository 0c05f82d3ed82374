#pragma once

#include "core/market/TradeSide.h"
#include "core/money/Decimal.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace polaris::polymarket {

/// Plain values read from the CLOB's trading endpoints and user channel (spec §3.1, §4.4, §4.5,
/// §5.3). Owned strings: these values cross from the venue worker thread to the execution thread.

/// One element of the answer to POST /order or POST /orders.
struct PlaceOrderResult
{
    bool success = false;
    std::string orderId; ///< empty when the venue refused the order
    std::string status;  ///< "matched", "live", "delayed", "unmatched" (lower case as sent)
    /// Amounts matched at placement, in units (collateral / shares, up to 6 dp); "" reads as 0.
    /// BUY: making = collateral paid, taking = shares received. SELL: the other way round.
    Decimal makingAmount;
    Decimal takingAmount;
    bool amountsReported = false; ///< false when both amounts were absent or ""
    std::string errorMsg;         ///< the venue's reason (or an HTTP error body's "error")
    std::vector<std::string> transactionHashes;
    std::vector<std::string> tradeIds;
    int httpStatus = 200; ///< the HTTP status the answer came with (4xx for error bodies)
};

/// The answer to DELETE /order, DELETE /orders and the other cancel endpoints.
struct CancelResult
{
    std::vector<std::string> canceled;
    /// (order id, reason) pairs in the order the venue listed them.
    std::vector<std::pair<std::string, std::string>> notCanceled;
};

/// An order as GET /data/order(s) and the user channel's `order` event describe it.
struct OpenOrder
{
    std::string id;
    std::string status; ///< LIVE, MATCHED, CANCELED, INVALID, CANCELED_<reason>, ...
    std::string owner;  ///< API key that placed it
    std::string makerAddress;
    std::string market; ///< condition id
    std::string assetId;
    std::string outcome;
    std::string orderType; ///< GTC, GTD, FOK, FAK
    TradeSide side = TradeSide::Buy;
    Decimal originalSize;
    Decimal sizeMatched;
    Decimal price;
    std::vector<std::string> associateTrades;
    std::int64_t createdAtMs = 0; ///< the venue sends seconds; converted
    std::int64_t expiration = 0;  ///< unix seconds, 0 = none
};

/// A user-channel `order` event: the order plus what happened to it.
struct UserOrderEvent
{
    OpenOrder order;
    std::string type; ///< PLACEMENT, UPDATE, CANCELLATION
    std::int64_t timestampMs = 0;
};

/// One maker order filled by a trade.
struct MakerFill
{
    std::string orderId;
    std::string owner;
    std::string makerAddress;
    std::string assetId;
    std::string outcome;
    Decimal matchedAmount; ///< shares
    Decimal price;
    std::optional<TradeSide> side; ///< absent in older captures: inferred (see accountFills)
    int feeRateBps = 0;
};

/// A CLOB trade (GET /data/trades element, user-channel `trade` event). The top-level fields
/// describe the taker order; `maker_orders` the resting orders it matched.
struct ClobTrade
{
    std::string id;
    std::string takerOrderId;
    std::string market;
    std::string assetId;
    std::string outcome;
    std::string owner; ///< the taker order's API key
    std::string tradeOwner;
    std::string makerAddress; ///< the taker order's funder address
    std::string transactionHash;
    std::string status;              ///< MATCHED, MINED, CONFIRMED, RETRYING, FAILED
    std::string traderSide;          ///< TAKER or MAKER: the subscriber's role
    TradeSide side = TradeSide::Buy; ///< the taker's side
    Decimal size;
    Decimal price;
    int feeRateBps = 0;
    int bucketIndex = 0;
    std::int64_t matchTimeMs = 0;  ///< the venue sends seconds; converted
    std::int64_t lastUpdateMs = 0; ///< likewise
    std::int64_t timestampMs = 0;  ///< user channel only
    std::vector<MakerFill> makerOrders;
};

/// One page of a cursor-paged list (GET /data/orders, GET /data/trades).
template <typename T> struct Page
{
    std::vector<T> data;
    std::string nextCursor; ///< "LTE=" (or empty) on the last page
};

inline constexpr const char* kFirstCursor = "MA==";
inline constexpr const char* kEndCursor = "LTE=";

/// GET /balance-allowance. Amounts are on-chain base units (6 decimals) converted to units.
struct BalanceAllowance
{
    Decimal balance;
    /// (spender, allowance) pairs; allowances above Decimal's range read as kMaxAllowance.
    std::vector<std::pair<std::string, Decimal>> allowances;
};

/// POST /auth/api-key, GET /auth/derive-api-key. Secrets: never log these values.
struct ApiKeyCredentials
{
    std::string apiKey;
    std::string secret;
    std::string passphrase;
};

} // namespace polaris::polymarket
