#include "core/signing/OrderStruct.h"

namespace polaris::signing {

Bytes32 orderStructHash(const OrderStruct& order, ProtocolVersion version)
{
    const auto side = static_cast<std::uint8_t>(order.side == TradeSide::Buy ? 0 : 1);
    const auto signatureType = static_cast<std::uint8_t>(order.signatureType);
    if (version == ProtocolVersion::V1) {
        StructEncoder encoder(kOrderTypeStringV1);
        encoder.addUint(order.salt)
                .addAddress(order.maker)
                .addAddress(order.signer)
                .addAddress(order.taker)
                .addUint(order.tokenId)
                .addUint(order.makerAmount)
                .addUint(order.takerAmount)
                .addUint(order.expiration)
                .addUint(order.nonce)
                .addUint(order.feeRateBps)
                .addUint8(side)
                .addUint8(signatureType);
        return encoder.hash();
    }
    StructEncoder encoder(kOrderTypeStringV2);
    encoder.addUint(order.salt)
            .addAddress(order.maker)
            .addAddress(order.signer)
            .addUint(order.tokenId)
            .addUint(order.makerAmount)
            .addUint(order.takerAmount)
            .addUint8(side)
            .addUint8(signatureType)
            .addUint(order.timestamp)
            .addBytes32(order.metadata)
            .addBytes32(order.builder);
    return encoder.hash();
}

Bytes32 orderDigest(const OrderStruct& order, ProtocolVersion version, const Eip712Domain& domain)
{
    return typedDataDigest(domain.separator(), orderStructHash(order, version));
}

} // namespace polaris::signing
