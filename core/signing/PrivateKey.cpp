#include "core/signing/PrivateKey.h"

#include "core/signing/Secp256k1Context.h"

#include <secp256k1.h>
#include <secp256k1_recovery.h>

#include <algorithm>

#include <openssl/crypto.h>

namespace polaris::signing {

Result<PrivateKey> PrivateKey::fromBytes(std::span<const std::uint8_t> bytes)
{
    if (bytes.size() != 32) {
        return Error{ErrorCode::InvalidFormat,
                     "private key: expected 32 bytes, got " + std::to_string(bytes.size())};
    }
    PrivateKey key;
    std::copy(bytes.begin(), bytes.end(), key.m_secret.begin());
    if (secp256k1_ec_seckey_verify(secp256k1Context(), key.m_secret.data()) != 1) {
        return Error{ErrorCode::OutOfRange,
                     "private key: zero or not below the secp256k1 curve order"};
    }
    return key;
}

Result<PrivateKey> PrivateKey::fromHex(std::string_view text)
{
    auto bytes = signing::fromHex(text, "private key");
    if (!bytes) {
        return bytes.error(); // the decoder's detail names a position, never the digits
    }
    auto key = fromBytes(*bytes);
    OPENSSL_cleanse(bytes.value().data(), bytes->size());
    return key;
}

PrivateKey::PrivateKey(PrivateKey&& other) noexcept
    : m_secret(other.m_secret)
{
    other.wipe();
}

PrivateKey& PrivateKey::operator=(PrivateKey&& other) noexcept
{
    if (this != &other) {
        m_secret = other.m_secret;
        other.wipe();
    }
    return *this;
}

PrivateKey::~PrivateKey()
{
    wipe();
}

void PrivateKey::wipe()
{
    OPENSSL_cleanse(m_secret.data(), m_secret.size());
}

Address PrivateKey::address() const
{
    const secp256k1_context* context = secp256k1Context();
    secp256k1_pubkey publicKey;
    // Cannot fail: the secret was verified on construction.
    const int created = secp256k1_ec_pubkey_create(context, &publicKey, m_secret.data());
    (void)created;
    std::array<std::uint8_t, 65> serialized{};
    std::size_t length = serialized.size();
    secp256k1_ec_pubkey_serialize(context, serialized.data(), &length, &publicKey,
                                  SECP256K1_EC_UNCOMPRESSED);
    return Address::fromPublicKey(std::span<const std::uint8_t, 64>(serialized.data() + 1, 64));
}

Result<Signature> PrivateKey::sign(const Bytes32& digest) const
{
    const secp256k1_context* context = secp256k1Context();
    secp256k1_ecdsa_recoverable_signature signature;
    // NULL nonce function = RFC 6979, so signatures are reproducible (the §8 vectors rely on it).
    if (secp256k1_ecdsa_sign_recoverable(context, &signature, digest.data(), m_secret.data(),
                                         nullptr, nullptr)
        != 1) {
        return Error{ErrorCode::InvalidFormat, "signing failed (nonce generation)"};
    }
    std::array<std::uint8_t, Signature::kSize> raw{};
    int recoveryId = 0;
    secp256k1_ecdsa_recoverable_signature_serialize_compact(context, raw.data(), &recoveryId,
                                                            &signature);
    raw[64] = static_cast<std::uint8_t>(27 + recoveryId);
    return Signature(raw);
}

} // namespace polaris::signing
