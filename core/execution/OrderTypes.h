#pragma once

#include "core/market/TradeSide.h"
#include "core/money/Decimal.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace polaris {

/// CLOB order types (spec §4.4). FOK/FAK take liquidity at the limit; GTC rests.
enum class OrderType : std::uint8_t { Fok, Fak, Gtc };
const char* orderTypeName(OrderType type); ///< "FOK", "FAK", "GTC"
std::optional<OrderType> orderTypeFromName(std::string_view name);

/// Every documented way the venue refuses an order or a request (spec §4.4 table and the global
/// errors), plus transport failures. Stable codes: stored in arb_order.error_msg as
/// "<name>: <venue message>" and translated in the UI.
enum class TradingError : std::uint8_t {
    None,
    MinTickSize,       ///< INVALID_ORDER_MIN_TICK_SIZE
    MinSize,           ///< INVALID_ORDER_MIN_SIZE
    Duplicated,        ///< INVALID_ORDER_DUPLICATED
    NotEnoughBalance,  ///< INVALID_ORDER_NOT_ENOUGH_BALANCE ("not enough balance / allowance")
    InvalidExpiration, ///< INVALID_ORDER_EXPIRATION
    InsertFailed,      ///< INVALID_ORDER_ERROR ("could not insert order")
    PostOnlyType,      ///< INVALID_POST_ONLY_ORDER_TYPE
    PostOnlyCrosses,   ///< INVALID_POST_ONLY_ORDER
    ExecutionFailed,   ///< EXECUTION_ERROR
    Delayed,           ///< ORDER_DELAYED (not a failure: matching is delayed)
    DelayingFailed,    ///< DELAYING_ORDER_ERROR
    FokNotFilled,      ///< FOK_ORDER_NOT_FILLED_ERROR, also the user channel's CANCELED_... kill
    MarketNotReady,    ///< MARKET_NOT_READY
    VersionMismatch,   ///< order_version_mismatch: re-read /version and re-sign
    Unauthorized,      ///< 401 Unauthorized/Invalid api key
    InvalidL1Headers,  ///< 401 Invalid L1 Request headers
    InvalidSignature,  ///< 400 invalid signature (the order's EIP-712 signature does not recover)
    TradingDisabled,   ///< 503 Trading is currently disabled
    RateLimited,       ///< 429
    Transport,         ///< no answer, dropped connection, timeout: the outcome is UNKNOWN
    Unknown,           ///< any other message (kept verbatim)
};
const char* tradingErrorName(TradingError error); ///< e.g. "FOK_ORDER_NOT_FILLED_ERROR"
/// Maps a venue error message (errorMsg / {"error": ...} / a user-channel status) to its code.
TradingError tradingErrorFromMessage(std::string_view message);

/// Where one of our orders stands. Terminal: Filled, Cancelled, Rejected.
enum class OrderState : std::uint8_t {
    Intent,    ///< recorded, not sent yet (a crash here means: never sent, or reconcile)
    Sent,      ///< request out, no answer yet
    Live,      ///< resting on the book (GTC), possibly partly filled
    Delayed,   ///< accepted, matching delayed by the venue
    Filled,    ///< fully matched
    Cancelled, ///< cancelled or killed (FOK/FAK remainder); filledShares may be > 0
    Rejected,  ///< refused by the venue; never on the book
    Unknown,   ///< lost track (transport failure): reconciliation decides
};
const char* orderStateName(OrderState state); ///< "INTENT", "SENT", "LIVE", ... (stored)
std::optional<OrderState> orderStateFromName(std::string_view name);
bool isTerminal(OrderState state);

/// One order the engine wants placed: one leg of a basket, a patch or an unwind.
struct OrderIntent
{
    std::string clientOrderId; ///< our id (arb_order.order_id), chosen before sending
    std::string tokenId;
    std::string conditionId;
    TradeSide side = TradeSide::Buy;
    Decimal limitPrice;
    Decimal shares;
    OrderType type = OrderType::Fok;
    Decimal tickSize = Decimal::fromMicros(10'000);
    bool negRisk = false;
};

/// One fill (a venue trade, or a paper fill) of one of our orders.
struct FillReport
{
    std::string fillId; ///< venue trade id (paper: generated)
    std::string venueOrderId;
    std::string tokenId;
    TradeSide side = TradeSide::Buy;
    Decimal price;
    Decimal shares;
    Decimal fee;
    std::int64_t timeMs = 0;
};

/// What the venue says about one order: the answer to a placement, a status query or an event.
struct OrderStatusReport
{
    std::string clientOrderId; ///< empty when the venue report could not be matched to ours
    std::string venueOrderId;
    std::string tokenId;
    TradeSide side = TradeSide::Buy;
    Decimal limitPrice;
    Decimal originalShares;
    Decimal filledShares;
    OrderState state = OrderState::Unknown;
    TradingError error = TradingError::None;
    std::string message;           ///< the venue's text, verbatim (never contains secrets)
    std::vector<FillReport> fills; ///< as far as known; empty with filledShares > 0 = not yet
    std::int64_t createdAtMs = 0;
};

} // namespace polaris
