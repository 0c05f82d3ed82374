#include "core/signing/Signature.h"

#include "core/signing/Secp256k1Context.h"

#include <secp256k1.h>
#include <secp256k1_recovery.h>

#include <algorithm>

namespace polaris::signing {

Result<Signature> Signature::fromBytes(std::span<const std::uint8_t> bytes)
{
    if (bytes.size() != kSize) {
        return Error{ErrorCode::InvalidFormat,
                     "signature: expected 65 bytes, got " + std::to_string(bytes.size())};
    }
    std::array<std::uint8_t, kSize> raw{};
    std::copy(bytes.begin(), bytes.end(), raw.begin());
    if (raw[64] == 0 || raw[64] == 1) {
        raw[64] = static_cast<std::uint8_t>(raw[64] + 27);
    }
    if (raw[64] != 27 && raw[64] != 28) {
        return Error{ErrorCode::InvalidFormat,
                     "signature: v must be 27 or 28, got " + std::to_string(raw[64])};
    }
    return Signature(raw);
}

Result<Signature> Signature::fromHex(std::string_view text)
{
    auto bytes = signing::fromHex(text, "signature");
    if (!bytes) {
        return bytes.error();
    }
    return fromBytes(*bytes);
}

Result<Address> recoverAddress(const Bytes32& digest, const Signature& signature)
{
    const auto& raw = signature.bytes();
    const int recoveryId = raw[64] - 27;
    if (recoveryId != 0 && recoveryId != 1) {
        return Error{ErrorCode::InvalidFormat,
                     "signature: v must be 27 or 28, got " + std::to_string(raw[64])};
    }
    const secp256k1_context* context = secp256k1Context();
    secp256k1_ecdsa_recoverable_signature parsed;
    if (secp256k1_ecdsa_recoverable_signature_parse_compact(context, &parsed, raw.data(),
                                                            recoveryId)
        != 1) {
        return Error{ErrorCode::OutOfRange, "signature: r or s is not below the curve order"};
    }
    secp256k1_pubkey publicKey;
    if (secp256k1_ecdsa_recover(context, &publicKey, &parsed, digest.data()) != 1) {
        return Error{ErrorCode::InvalidFormat, "signature: no public key recovers from it"};
    }
    std::array<std::uint8_t, 65> serialized{};
    std::size_t length = serialized.size();
    secp256k1_ec_pubkey_serialize(context, serialized.data(), &length, &publicKey,
                                  SECP256K1_EC_UNCOMPRESSED);
    return Address::fromPublicKey(std::span<const std::uint8_t, 64>(serialized.data() + 1, 64));
}

} // namespace polaris::signing
