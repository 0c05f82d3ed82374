#pragma once

#include "core/signing/OrderStruct.h"

/// Shared inputs of the spec §8.4–8.6 order vectors.
namespace signing_vectors {

using namespace polaris::signing;

inline constexpr char kKeyHex[] =
        "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
inline constexpr char kKeyAddress[] = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

inline Address addr(const char* text)
{
    return *Address::fromHex(text);
}

/// §8.4: salt 479249096354, maker = signer = key, taker 0, token 1234, 100 / 50 USDC, fee 100 bps.
inline OrderStruct v1Order()
{
    OrderStruct order;
    order.salt = polaris::UInt256(479249096354ULL);
    order.maker = addr(kKeyAddress);
    order.signer = addr(kKeyAddress);
    order.tokenId = polaris::UInt256(1234);
    order.makerAmount = polaris::UInt256(100000000);
    order.takerAmount = polaris::UInt256(50000000);
    order.feeRateBps = polaris::UInt256(100);
    order.side = polaris::TradeSide::Buy;
    order.signatureType = SignatureType::Eoa;
    return order;
}

/// §8.5/§8.6: the same amounts as V2 with timestamp 1710000000000 and zero metadata/builder.
inline OrderStruct v2Order(const char* makerAndSigner, SignatureType type)
{
    OrderStruct order;
    order.salt = polaris::UInt256(479249096354ULL);
    order.maker = addr(makerAndSigner);
    order.signer = addr(makerAndSigner);
    order.tokenId = polaris::UInt256(1234);
    order.makerAmount = polaris::UInt256(100000000);
    order.takerAmount = polaris::UInt256(50000000);
    order.side = polaris::TradeSide::Buy;
    order.signatureType = type;
    order.timestamp = polaris::UInt256(1710000000000ULL);
    return order;
}

inline Eip712Domain exchangeDomain(const char* version, std::uint64_t chainId, const char* contract)
{
    return Eip712Domain{"Polymarket CTF Exchange", version, chainId, addr(contract)};
}

} // namespace signing_vectors
