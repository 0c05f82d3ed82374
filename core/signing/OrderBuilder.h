#pragma once

#include "core/market/TradeSide.h"
#include "core/money/Decimal.h"
#include "core/signing/ExchangeConfig.h"
#include "core/signing/OrderStruct.h"
#include "core/signing/PrivateKey.h"

#include <cstdint>
#include <optional>
#include <string>

namespace polaris::signing {

enum class OrderKind : std::uint8_t {
    Limit,  ///< GTC/GTD (or FOK/FAK at a limit): `quantity` = shares
    Market, ///< FOK/FAK: `quantity` = collateral to spend (BUY) or shares to sell (SELL)
};

/// What the caller wants to trade; the builder turns it into a signed exchange order.
/// `salt` and `timestampMs` are injectable for reproducible tests; when absent the builder draws
/// a random salt below 2^53 (it travels as a JSON number) and uses the current time.
struct OrderRequest
{
    std::string tokenId; ///< uint256 decimal string (CLOB asset_id)
    TradeSide side = TradeSide::Buy;
    OrderKind kind = OrderKind::Limit;
    Decimal price; ///< limit price, or worst acceptable price for a market order
    Decimal quantity;
    Decimal tickSize; ///< the market's current minimum tick
    bool negRisk = false;
    SignatureType signatureType = SignatureType::Eoa;
    /// Source of funds: the proxy/safe (PROXY/SAFE) or deposit wallet (POLY_1271). For EOA it may
    /// be omitted or must equal the key's address.
    std::optional<Address> funder;
    std::uint64_t expiration = 0; ///< unix seconds, 0 = none (GTD needs one)
    std::uint64_t nonce = 0;      ///< V1 only
    std::uint64_t feeRateBps = 0; ///< V1 only
    Bytes32 metadata{};           ///< V2/V3
    Bytes32 builderCode{};        ///< V2/V3
    std::optional<std::uint64_t> salt;
    std::optional<std::int64_t> timestampMs;
};

/// A signed order ready to serialise (orderRequestBody) plus its order hash / ID.
struct SignedOrder
{
    OrderStruct order;
    ProtocolVersion version = ProtocolVersion::V2;
    std::string signature; ///< "0x" + hex of the signature bytes
    Bytes32 orderHash{};
};

/// Validates the request, computes the amounts (spec §4.3), fills the order struct for the
/// exchange's protocol version, picks the neg-risk contract when asked and signs (spec §4.2).
/// Pure apart from the default salt/clock; any thread.
Result<SignedOrder> buildSignedOrder(const OrderRequest& request,
                                     const PrivateKey& key,
                                     const ExchangeConfig& exchange);

} // namespace polaris::signing
