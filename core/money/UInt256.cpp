#include "core/money/UInt256.h"

#include <algorithm>

namespace polaris {

namespace {
__extension__ using UInt128 = unsigned __int128;
}

Result<UInt256> UInt256::fromDecimal(std::string_view digits)
{
    if (digits.empty() || digits.size() > 78) {
        return Error{ErrorCode::InvalidFormat,
                     "uint256 needs 1 to 78 decimal digits, got " + std::to_string(digits.size())};
    }
    UInt256 value;
    for (const char c : digits) {
        if (c < '0' || c > '9') {
            return Error{ErrorCode::InvalidFormat,
                         "uint256 '" + std::string(digits.substr(0, 80)) + "' has a non-digit"};
        }
        if (!value.mulSmall(10) || !value.add(UInt256(static_cast<std::uint64_t>(c - '0')))) {
            return Error{ErrorCode::OutOfRange,
                         "uint256 '" + std::string(digits) + "' exceeds 2^256-1"};
        }
    }
    return value;
}

std::string UInt256::toDecimal() const
{
    if (isZero()) {
        return "0";
    }
    UInt256 rest = *this;
    std::string out;
    while (!rest.isZero()) {
        out.push_back(static_cast<char>('0' + rest.divSmall(10)));
    }
    std::reverse(out.begin(), out.end());
    return out;
}

std::array<std::uint8_t, 32> UInt256::toBigEndian() const
{
    std::array<std::uint8_t, 32> bytes{};
    for (int limb = 0; limb < 4; ++limb) {
        for (int byte = 0; byte < 8; ++byte) {
            bytes[static_cast<std::size_t>(31 - (limb * 8 + byte))] = static_cast<std::uint8_t>(
                    m_limbs[static_cast<std::size_t>(limb)] >> (8 * byte));
        }
    }
    return bytes;
}

bool UInt256::mulSmall(std::uint64_t factor)
{
    UInt128 carry = 0;
    for (auto& limb : m_limbs) {
        const UInt128 product = static_cast<UInt128>(limb) * factor + carry;
        limb = static_cast<std::uint64_t>(product);
        carry = product >> 64;
    }
    return carry == 0;
}

std::uint64_t UInt256::divSmall(std::uint64_t divisor)
{
    UInt128 remainder = 0;
    for (int i = 3; i >= 0; --i) {
        const UInt128 current = (remainder << 64) | m_limbs[static_cast<std::size_t>(i)];
        m_limbs[static_cast<std::size_t>(i)] = static_cast<std::uint64_t>(current / divisor);
        remainder = current % divisor;
    }
    return static_cast<std::uint64_t>(remainder);
}

bool UInt256::add(const UInt256& other)
{
    UInt128 carry = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        const UInt128 sum = static_cast<UInt128>(m_limbs[i]) + other.m_limbs[i] + carry;
        m_limbs[i] = static_cast<std::uint64_t>(sum);
        carry = sum >> 64;
    }
    return carry == 0;
}

std::strong_ordering UInt256::operator<=>(const UInt256& other) const
{
    for (int i = 3; i >= 0; --i) {
        const auto index = static_cast<std::size_t>(i);
        if (m_limbs[index] != other.m_limbs[index]) {
            return m_limbs[index] <=> other.m_limbs[index];
        }
    }
    return std::strong_ordering::equal;
}

} // namespace polaris
