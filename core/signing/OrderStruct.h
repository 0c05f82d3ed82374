#pragma once

#include "core/market/TradeSide.h"
#include "core/money/UInt256.h"
#include "core/signing/Address.h"
#include "core/signing/Eip712.h"
#include "core/signing/ExchangeConfig.h"

#include <cstdint>
#include <string_view>

namespace polaris::signing {

/// Who the signer is relative to the funds (spec §4.1). POLY_1271 exists only from V2 on.
enum class SignatureType : std::uint8_t {
    Eoa = 0,
    PolyProxy = 1,
    PolyGnosisSafe = 2,
    Poly1271 = 3
};

inline constexpr std::string_view kOrderTypeStringV1 =
        "Order(uint256 salt,address maker,address signer,address taker,uint256 tokenId,"
        "uint256 makerAmount,uint256 takerAmount,uint256 expiration,uint256 nonce,"
        "uint256 feeRateBps,uint8 side,uint8 signatureType)";
inline constexpr std::string_view kOrderTypeStringV2 =
        "Order(uint256 salt,address maker,address signer,uint256 tokenId,uint256 makerAmount,"
        "uint256 takerAmount,uint8 side,uint8 signatureType,uint256 timestamp,bytes32 metadata,"
        "bytes32 builder)";

/// The exchange's on-chain Order, a superset of the V1 and V2/V3 layouts: V1 signs taker, nonce,
/// feeRateBps and expiration; V2/V3 sign timestamp (ms), metadata and builder instead and send
/// expiration unsigned. Amounts are 6-dp integers. Plain value type.
struct OrderStruct
{
    UInt256 salt;
    Address maker;
    Address signer;
    Address taker; ///< V1 only; zero = anyone
    UInt256 tokenId;
    UInt256 makerAmount;
    UInt256 takerAmount;
    UInt256 expiration; ///< unix seconds, 0 = none; signed in V1 only
    UInt256 nonce;      ///< V1 only
    UInt256 feeRateBps; ///< V1 only
    TradeSide side = TradeSide::Buy;
    SignatureType signatureType = SignatureType::Eoa;
    UInt256 timestamp;  ///< V2/V3: milliseconds
    Bytes32 metadata{}; ///< V2/V3
    Bytes32 builder{};  ///< V2/V3 builder code
};

/// hashStruct(order) with the V1 type for V1 and the V2 type for V2 and V3.
Bytes32 orderStructHash(const OrderStruct& order, ProtocolVersion version);
/// The EIP-712 digest = order hash = order ID (spec §4.1).
Bytes32 orderDigest(const OrderStruct& order, ProtocolVersion version, const Eip712Domain& domain);

} // namespace polaris::signing
