#include "core/signing/OrderSigner.h"

#include <string>

namespace polaris::signing {

namespace {
std::string typedDataSignTypeString()
{
    // EIP-712 encodeType: the primary type followed by the referenced Order type.
    return std::string(kTypedDataSignPrefix) + std::string(kOrderTypeStringV2);
}

Bytes32 typedDataSignStructHash(const Bytes32& contentsHash,
                                const OrderStruct& order,
                                std::uint64_t chainId)
{
    StructEncoder encoder(typedDataSignTypeString());
    encoder.addBytes32(contentsHash)
            .addString("DepositWallet")
            .addString("1")
            .addUint(UInt256(chainId))
            .addAddress(order.signer)
            .addBytes32(Bytes32{});
    return encoder.hash();
}

void append(ByteVector& out, std::span<const std::uint8_t> bytes)
{
    out.insert(out.end(), bytes.begin(), bytes.end());
}
} // namespace

Bytes32 poly1271Digest(const OrderStruct& order, const Eip712Domain& domain)
{
    const Bytes32 contentsHash = orderStructHash(order, ProtocolVersion::V2);
    return typedDataDigest(domain.separator(),
                           typedDataSignStructHash(contentsHash, order, domain.chainId));
}

Result<OrderSignature> signOrder(const OrderStruct& order,
                                 ProtocolVersion version,
                                 const Eip712Domain& domain,
                                 const PrivateKey& key)
{
    OrderSignature out;
    out.orderHash = orderDigest(order, version, domain);
    if (order.signatureType != SignatureType::Poly1271) {
        if (key.address() != order.signer) {
            return Error{ErrorCode::InvalidFormat, "order signer " + order.signer.toChecksumHex()
                                                           + " is not the signing key's address "
                                                           + key.address().toChecksumHex()};
        }
        auto signature = key.sign(out.orderHash);
        if (!signature) {
            return signature.error();
        }
        append(out.bytes, signature->bytes());
        return out;
    }
    if (version == ProtocolVersion::V1) {
        return Error{ErrorCode::InvalidFormat, "signature type POLY_1271 is not supported for V1 "
                                               "orders"};
    }
    if (order.signer != order.maker) {
        return Error{ErrorCode::InvalidFormat,
                     "POLY_1271 order needs maker = signer = deposit wallet, got maker "
                             + order.maker.toChecksumHex() + " signer "
                             + order.signer.toChecksumHex()};
    }
    const Bytes32 appDomainSeparator = domain.separator();
    const Bytes32 contentsHash = orderStructHash(order, ProtocolVersion::V2);
    auto inner = key.sign(typedDataDigest(
            appDomainSeparator, typedDataSignStructHash(contentsHash, order, domain.chainId)));
    if (!inner) {
        return inner.error();
    }
    // innerSig ‖ appDomainSeparator ‖ contentsHash ‖ contentsType ‖ uint16(len(contentsType))
    append(out.bytes, inner->bytes());
    append(out.bytes, appDomainSeparator);
    append(out.bytes, contentsHash);
    const std::string_view type = kOrderTypeStringV2;
    out.bytes.insert(out.bytes.end(), type.begin(), type.end());
    out.bytes.push_back(static_cast<std::uint8_t>(type.size() >> 8));
    out.bytes.push_back(static_cast<std::uint8_t>(type.size() & 0xff));
    return out;
}

} // namespace polaris::signing
