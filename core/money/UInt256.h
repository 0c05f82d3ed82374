#pragma once

#include "core/util/Result.h"

#include <array>
#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace polaris {

/// Unsigned 256-bit integer: on-chain amounts and token ids (uint256 as up to 78 decimal digits),
/// and exact intermediates wider than 128 bits (fee formulas with squared prices).
/// Only the operations Polaris needs: parse/format decimal, add, multiply and divide by a 64-bit
/// word, compare, big-endian bytes for ABI encoding. Plain value type.
class UInt256
{
public:
    constexpr UInt256() = default;
    constexpr UInt256(std::uint64_t value)
        : m_limbs{value, 0, 0, 0}
    {} // NOLINT: implicit by design

    /// Decimal digits only, up to 2^256-1; rejects empty, signs, junk and overflow.
    static Result<UInt256> fromDecimal(std::string_view digits);
    std::string toDecimal() const;
    /// 32 bytes, most significant first (Solidity ABI encoding of uint256).
    std::array<std::uint8_t, 32> toBigEndian() const;

    /// Multiplies in place; returns false on overflow past 256 bits (value is then undefined).
    bool mulSmall(std::uint64_t factor);
    /// Divides in place by a non-zero word; returns the remainder.
    std::uint64_t divSmall(std::uint64_t divisor);
    /// Adds in place; returns false on overflow.
    bool add(const UInt256& other);

    bool isZero() const { return (m_limbs[0] | m_limbs[1] | m_limbs[2] | m_limbs[3]) == 0; }
    bool fitsUInt64() const { return (m_limbs[1] | m_limbs[2] | m_limbs[3]) == 0; }
    std::uint64_t low64() const { return m_limbs[0]; }

    std::strong_ordering operator<=>(const UInt256& other) const;
    bool operator==(const UInt256& other) const = default;

private:
    std::array<std::uint64_t, 4> m_limbs{}; // little-endian limbs
};

} // namespace polaris
