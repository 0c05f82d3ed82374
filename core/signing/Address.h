#pragma once

#include "core/signing/Hex.h"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace polaris::signing {

/// A 20-byte Ethereum address. Parses "0x" + 40 hex digits; mixed-case input must carry a valid
/// EIP-55 checksum (a typo in a funder or contract address would otherwise sign for the wrong
/// account). Formats checksummed by default. Plain value type.
class Address
{
public:
    static constexpr std::size_t kSize = 20;

    Address() = default; ///< the zero address (a V1 order's public `taker`)
    explicit Address(const std::array<std::uint8_t, kSize>& bytes)
        : m_bytes(bytes)
    {}

    /// Requires the "0x" prefix. All-lowercase and all-uppercase digits are accepted unchecked;
    /// mixed case must match EIP-55.
    static Result<Address> fromHex(std::string_view text);
    /// Address of an uncompressed secp256k1 public key given as X ‖ Y (64 bytes).
    static Address fromPublicKey(std::span<const std::uint8_t, 64> xy);

    std::string toChecksumHex() const;
    std::string toLowerHex() const { return toHex(m_bytes); }
    const std::array<std::uint8_t, kSize>& bytes() const { return m_bytes; }
    bool isZero() const;

    bool operator==(const Address& other) const = default;

private:
    std::array<std::uint8_t, kSize> m_bytes{};
};

} // namespace polaris::signing
