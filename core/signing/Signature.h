#pragma once

#include "core/signing/Address.h"
#include "core/signing/Hex.h"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace polaris::signing {

/// A 65-byte recoverable ECDSA signature r ‖ s ‖ v with v ∈ {27, 28}, the form ethers, the
/// Polymarket SDKs and the CLOB use (spec §4.2). Plain value type.
class Signature
{
public:
    static constexpr std::size_t kSize = 65;

    Signature() = default;
    explicit Signature(const std::array<std::uint8_t, kSize>& bytes)
        : m_bytes(bytes)
    {}

    /// "0x" + 130 hex digits. v must be 27 or 28 (0/1 are normalised to 27/28).
    static Result<Signature> fromHex(std::string_view text);
    static Result<Signature> fromBytes(std::span<const std::uint8_t> bytes);

    std::string toHex() const { return signing::toHex(m_bytes); }
    const std::array<std::uint8_t, kSize>& bytes() const { return m_bytes; }
    std::uint8_t v() const { return m_bytes[64]; }

    bool operator==(const Signature& other) const = default;

private:
    std::array<std::uint8_t, kSize> m_bytes{};
};

/// The address whose key produced `signature` over `digest` (ecrecover). Fails for malformed
/// signatures (r or s out of range, bad v) rather than returning a garbage address.
Result<Address> recoverAddress(const Bytes32& digest, const Signature& signature);

} // namespace polaris::signing
