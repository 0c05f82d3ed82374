#pragma once

#include "core/money/UInt256.h"
#include "core/signing/AuthHeaders.h"
#include "core/signing/Eip712.h"
#include "core/signing/PrivateKey.h"

#include <cstdint>
#include <string_view>

namespace polaris::signing {

/// L1 authentication (spec §3.1): an EIP-712 `ClobAuth` signature proving control of the EOA,
/// used to create or derive API credentials. Free functions over plain values; any thread.
inline constexpr std::string_view kClobAuthTypeString =
        "ClobAuth(address address,string timestamp,uint256 nonce,string message)";
inline constexpr std::string_view kClobAuthAttestation =
        "This message attests that I control the given wallet";

/// {name "ClobAuthDomain", version "1", chainId}, no verifyingContract.
Eip712Domain clobAuthDomain(std::uint64_t chainId);

/// hashStruct(ClobAuth{address, timestamp, nonce, attestation}). `timestamp` is the unix-seconds
/// decimal string exactly as sent in POLY_TIMESTAMP (it is signed as a string).
Bytes32
clobAuthStructHash(const Address& address, std::string_view timestamp, const UInt256& nonce);
Bytes32 clobAuthDigest(const Address& address,
                       std::string_view timestamp,
                       const UInt256& nonce,
                       std::uint64_t chainId);

/// Signs the ClobAuth message for the key's own address.
Result<Signature> signClobAuth(const PrivateKey& key,
                               std::string_view timestamp,
                               const UInt256& nonce,
                               std::uint64_t chainId);

/// POLY_ADDRESS (checksummed), POLY_SIGNATURE, POLY_TIMESTAMP, POLY_NONCE for
/// POST /auth/api-key and GET /auth/derive-api-key.
Result<HeaderList> l1Headers(const PrivateKey& key,
                             std::uint64_t chainId,
                             std::int64_t timestampSeconds,
                             const UInt256& nonce = UInt256(0));

} // namespace polaris::signing
