#include "core/execution/OrderTypes.h"

#include <array>
#include <utility>

namespace polaris {
namespace {

struct ErrorText
{
    TradingError error;
    const char* name;
    const char* message; ///< the venue's message (spec §4.4); matched as a prefix, case-sensitive
};

// Longest messages first where one is a prefix of another ("invalid post-only order: ...").
constexpr std::array kErrors{
        ErrorText{TradingError::MinTickSize, "INVALID_ORDER_MIN_TICK_SIZE",
                  "order is invalid. Price breaks minimum tick size rules"},
        ErrorText{TradingError::MinSize, "INVALID_ORDER_MIN_SIZE",
                  "order is invalid. Size lower than the minimum"},
        ErrorText{TradingError::Duplicated, "INVALID_ORDER_DUPLICATED",
                  "order is invalid. Duplicated."},
        ErrorText{TradingError::NotEnoughBalance, "INVALID_ORDER_NOT_ENOUGH_BALANCE",
                  "not enough balance / allowance"},
        ErrorText{TradingError::InvalidExpiration, "INVALID_ORDER_EXPIRATION",
                  "invalid expiration"},
        ErrorText{TradingError::InsertFailed, "INVALID_ORDER_ERROR", "could not insert order"},
        ErrorText{TradingError::PostOnlyType, "INVALID_POST_ONLY_ORDER_TYPE",
                  "invalid post-only order: only GTC and GTD order types are allowed"},
        ErrorText{TradingError::PostOnlyCrosses, "INVALID_POST_ONLY_ORDER",
                  "invalid post-only order"},
        ErrorText{TradingError::ExecutionFailed, "EXECUTION_ERROR", "could not run the execution"},
        ErrorText{TradingError::Delayed, "ORDER_DELAYED",
                  "order match delayed due to market conditions"},
        ErrorText{TradingError::DelayingFailed, "DELAYING_ORDER_ERROR", "error delaying the order"},
        ErrorText{TradingError::FokNotFilled, "FOK_ORDER_NOT_FILLED_ERROR",
                  "order couldn't be fully filled"},
        ErrorText{TradingError::MarketNotReady, "MARKET_NOT_READY",
                  "the market is not yet ready to process new orders"},
        ErrorText{TradingError::VersionMismatch, "ORDER_VERSION_MISMATCH",
                  "order_version_mismatch"},
        ErrorText{TradingError::Unauthorized, "UNAUTHORIZED", "Unauthorized/Invalid api key"},
        ErrorText{TradingError::InvalidL1Headers, "INVALID_L1_HEADERS",
                  "Invalid L1 Request headers"},
        ErrorText{TradingError::InvalidSignature, "INVALID_SIGNATURE", "invalid signature"},
        ErrorText{TradingError::TradingDisabled, "TRADING_DISABLED",
                  "Trading is currently disabled"},
        ErrorText{TradingError::RateLimited, "RATE_LIMITED", "Too Many Requests"},
};

constexpr std::array<std::pair<OrderState, const char*>, 8> kStates{{
        {OrderState::Intent, "INTENT"},
        {OrderState::Sent, "SENT"},
        {OrderState::Live, "LIVE"},
        {OrderState::Delayed, "DELAYED"},
        {OrderState::Filled, "FILLED"},
        {OrderState::Cancelled, "CANCELLED"},
        {OrderState::Rejected, "REJECTED"},
        {OrderState::Unknown, "UNKNOWN"},
}};

} // namespace

const char* orderTypeName(OrderType type)
{
    switch (type) {
    case OrderType::Fok:
        return "FOK";
    case OrderType::Fak:
        return "FAK";
    case OrderType::Gtc:
        return "GTC";
    }
    return "FOK";
}

std::optional<OrderType> orderTypeFromName(std::string_view name)
{
    for (OrderType type : {OrderType::Fok, OrderType::Fak, OrderType::Gtc}) {
        if (name == orderTypeName(type)) {
            return type;
        }
    }
    return std::nullopt;
}

const char* tradingErrorName(TradingError error)
{
    switch (error) {
    case TradingError::None:
        return "NONE";
    case TradingError::Transport:
        return "TRANSPORT";
    case TradingError::Unknown:
        return "UNKNOWN";
    default:
        break;
    }
    for (const ErrorText& entry : kErrors) {
        if (entry.error == error) {
            return entry.name;
        }
    }
    return "UNKNOWN";
}

TradingError tradingErrorFromMessage(std::string_view message)
{
    if (message.empty()) {
        return TradingError::None;
    }
    // The user channel reports a FOK kill as "CANCELED_order couldn't be fully filled. ...".
    constexpr std::string_view kCanceledPrefix = "CANCELED_";
    if (message.starts_with(kCanceledPrefix)) {
        message.remove_prefix(kCanceledPrefix.size());
    }
    for (const ErrorText& entry : kErrors) {
        if (message.starts_with(entry.message)) {
            return entry.error;
        }
    }
    // Codes themselves (some responses carry the code rather than the text).
    for (const ErrorText& entry : kErrors) {
        if (message == entry.name) {
            return entry.error;
        }
    }
    return TradingError::Unknown;
}

const char* orderStateName(OrderState state)
{
    for (const auto& [value, name] : kStates) {
        if (value == state) {
            return name;
        }
    }
    return "UNKNOWN";
}

std::optional<OrderState> orderStateFromName(std::string_view name)
{
    for (const auto& [value, text] : kStates) {
        if (name == text) {
            return value;
        }
    }
    return std::nullopt;
}

bool isTerminal(OrderState state)
{
    return state == OrderState::Filled || state == OrderState::Cancelled
           || state == OrderState::Rejected;
}

} // namespace polaris
