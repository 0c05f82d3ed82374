#pragma once

#include "core/signing/Address.h"
#include "core/signing/Signature.h"

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

namespace polaris::signing {

/// A secp256k1 private key (32 bytes, validated to lie in [1, n-1]). Deliberately unprintable:
/// no toString, no operator<<, no QDebug streaming, no accessor for the bytes; error messages
/// never quote the input. Move-only so the secret exists in exactly one place, and the memory is
/// wiped (OPENSSL_cleanse, which the optimiser cannot drop) on destruction and after a move.
/// Usable from any thread (signing only reads it).
class PrivateKey
{
public:
    /// 64 hex digits with an optional "0x" prefix.
    static Result<PrivateKey> fromHex(std::string_view text);
    static Result<PrivateKey> fromBytes(std::span<const std::uint8_t> bytes);

    PrivateKey(const PrivateKey&) = delete;
    PrivateKey& operator=(const PrivateKey&) = delete;
    PrivateKey(PrivateKey&& other) noexcept;
    PrivateKey& operator=(PrivateKey&& other) noexcept;
    ~PrivateKey();

    /// The Ethereum address of this key (keccak of the uncompressed public key, last 20 bytes).
    Address address() const;
    /// Deterministic (RFC 6979) recoverable signature of a 32-byte digest, v = 27/28.
    Result<Signature> sign(const Bytes32& digest) const;

private:
    PrivateKey() = default;
    void wipe();

    std::array<std::uint8_t, 32> m_secret{};
};

} // namespace polaris::signing
