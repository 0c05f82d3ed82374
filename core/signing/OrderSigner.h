#pragma once

#include "core/signing/OrderStruct.h"
#include "core/signing/PrivateKey.h"

#include <string_view>

namespace polaris::signing {

inline constexpr std::string_view kTypedDataSignPrefix =
        "TypedDataSign(Order contents,string name,string version,uint256 chainId,"
        "address verifyingContract,bytes32 salt)";

/// An order's signature bytes (65 for EOA/PROXY/SAFE, the longer ERC-7739 wrapper for POLY_1271)
/// and its order hash (the EIP-712 digest of the order under the exchange domain = order ID).
struct OrderSignature
{
    ByteVector bytes;
    Bytes32 orderHash{};
};

/// Signs `order` for `domain` (spec §4.2). EOA/PROXY/SAFE: the key must be `order.signer`.
/// POLY_1271 (V2/V3 only): maker = signer = the deposit wallet, and the key is the wallet's owner
/// EOA, which signs the ERC-7739 TypedDataSign wrapper. Pure function; any thread.
Result<OrderSignature> signOrder(const OrderStruct& order,
                                 ProtocolVersion version,
                                 const Eip712Domain& domain,
                                 const PrivateKey& key);

/// The digest the deposit wallet's owner signs for POLY_1271 (TypedDataSign over the order with
/// the wallet's own domain {"DepositWallet", "1", chainId, wallet, salt 0}).
Bytes32 poly1271Digest(const OrderStruct& order, const Eip712Domain& domain);

} // namespace polaris::signing
