#pragma once

#include "core/signing/L2Auth.h"
#include "core/signing/OrderBuilder.h"

#include <QByteArray>

#include <cstdint>
#include <span>

namespace polaris::signing {

/// Time-in-force of a posted order (spec §4.4): GTC/GTD rest, FOK/FAK are market types.
enum class OrderType : std::uint8_t { Gtc, Gtd, Fok, Fak };

const char* orderTypeName(OrderType type);

struct PostOptions
{
    bool postOnly = false; ///< only with GTC/GTD: reject instead of crossing
    bool deferExec = false;
};

inline constexpr int kMaxBatchOrders = 15;

/// The exact JSON body of POST /order (spec §4.4), compact, with the SDK key order: salt and
/// signatureType as numbers, every other order field a string, side "BUY"/"SELL", addresses
/// EIP-55 checksummed, then owner (the API key), orderType, deferExec, postOnly. V1 orders use the
/// V1 field set. Serialise once, sign these bytes for L2, send them unchanged. Rejects
/// inconsistent combinations (GTD without expiration, expiration on other types, postOnly on
/// FOK/FAK, unsigned order, empty API key).
Result<QByteArray> orderRequestBody(const SignedOrder& order,
                                    const ApiCredentials& credentials,
                                    OrderType type,
                                    PostOptions options = {});

/// POST /orders: a JSON array of the per-order objects above, 1 to 15 orders.
Result<QByteArray> ordersRequestBody(std::span<const SignedOrder> orders,
                                     const ApiCredentials& credentials,
                                     OrderType type,
                                     PostOptions options = {});

} // namespace polaris::signing
