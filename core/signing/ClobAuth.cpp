#include "core/signing/ClobAuth.h"

#include <string>

namespace polaris::signing {

Eip712Domain clobAuthDomain(std::uint64_t chainId)
{
    return Eip712Domain{"ClobAuthDomain", "1", chainId, std::nullopt};
}

Bytes32 clobAuthStructHash(const Address& address, std::string_view timestamp, const UInt256& nonce)
{
    StructEncoder encoder(kClobAuthTypeString);
    encoder.addAddress(address).addString(timestamp).addUint(nonce).addString(kClobAuthAttestation);
    return encoder.hash();
}

Bytes32 clobAuthDigest(const Address& address,
                       std::string_view timestamp,
                       const UInt256& nonce,
                       std::uint64_t chainId)
{
    return typedDataDigest(clobAuthDomain(chainId).separator(),
                           clobAuthStructHash(address, timestamp, nonce));
}

Result<Signature> signClobAuth(const PrivateKey& key,
                               std::string_view timestamp,
                               const UInt256& nonce,
                               std::uint64_t chainId)
{
    return key.sign(clobAuthDigest(key.address(), timestamp, nonce, chainId));
}

Result<HeaderList> l1Headers(const PrivateKey& key,
                             std::uint64_t chainId,
                             std::int64_t timestampSeconds,
                             const UInt256& nonce)
{
    if (timestampSeconds <= 0) {
        return Error{ErrorCode::OutOfRange,
                     "L1 auth: timestamp " + std::to_string(timestampSeconds) + " is not positive"};
    }
    const std::string timestamp = std::to_string(timestampSeconds);
    auto signature = signClobAuth(key, timestamp, nonce, chainId);
    if (!signature) {
        return signature.error();
    }
    HeaderList headers;
    headers.append({QByteArray(header::kAddress),
                    QByteArray::fromStdString(key.address().toChecksumHex())});
    headers.append({QByteArray(header::kSignature), QByteArray::fromStdString(signature->toHex())});
    headers.append({QByteArray(header::kTimestamp), QByteArray::fromStdString(timestamp)});
    headers.append({QByteArray(header::kNonce), QByteArray::fromStdString(nonce.toDecimal())});
    return headers;
}

} // namespace polaris::signing
