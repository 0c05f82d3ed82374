#include "core/signing/Address.h"

#include "core/signing/Keccak256.h"

#include <algorithm>
#include <cctype>

namespace polaris::signing {

namespace {
std::string checksummed(const std::string& lowerDigits)
{
    const Bytes32 hash = keccak256(std::string_view(lowerDigits));
    std::string out = lowerDigits;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const std::uint8_t byte = hash[i / 2];
        const int hashNibble = (i % 2 == 0) ? (byte >> 4) : (byte & 0x0f);
        if (out[i] >= 'a' && out[i] <= 'f' && hashNibble >= 8) {
            out[i] = static_cast<char>(out[i] - 'a' + 'A');
        }
    }
    return out;
}
} // namespace

Result<Address> Address::fromHex(std::string_view text)
{
    if (text.size() != 42) {
        // Length only: a 66-character input is most likely a private key pasted into the wrong
        // field, and must not end up in an error message or log.
        return Error{ErrorCode::InvalidFormat, "address has " + std::to_string(text.size())
                                                       + " characters; expected 0x followed by "
                                                         "40 hex digits"};
    }
    const std::string shown(text);
    if (text[0] != '0' || (text[1] != 'x' && text[1] != 'X')) {
        return Error{ErrorCode::InvalidFormat,
                     "address '" + shown + "' is not 0x followed by 40 hex digits"};
    }
    const std::string_view digits = text.substr(2);
    auto bytes = signing::fromHex(digits, "address");
    if (!bytes) {
        return Error{ErrorCode::InvalidFormat, "address '" + shown + "' has a non-hex digit"};
    }
    const bool hasLower =
            std::any_of(digits.begin(), digits.end(), [](char c) { return c >= 'a' && c <= 'f'; });
    const bool hasUpper =
            std::any_of(digits.begin(), digits.end(), [](char c) { return c >= 'A' && c <= 'F'; });
    Address address;
    std::copy(bytes->begin(), bytes->end(), address.m_bytes.begin());
    if (hasLower && hasUpper && address.toChecksumHex() != "0x" + std::string(digits)) {
        return Error{ErrorCode::InvalidFormat, "address '" + shown
                                                       + "' fails its EIP-55 checksum (expected "
                                                       + address.toChecksumHex() + ")"};
    }
    return address;
}

Address Address::fromPublicKey(std::span<const std::uint8_t, 64> xy)
{
    const Bytes32 hash = keccak256(std::span<const std::uint8_t>(xy));
    Address address;
    std::copy(hash.begin() + 12, hash.end(), address.m_bytes.begin());
    return address;
}

std::string Address::toChecksumHex() const
{
    return "0x" + checksummed(toHexDigits(m_bytes));
}

bool Address::isZero() const
{
    return std::all_of(m_bytes.begin(), m_bytes.end(), [](std::uint8_t b) { return b == 0; });
}

} // namespace polaris::signing
