#include "core/signing/Hex.h"

namespace polaris::signing {

namespace {
constexpr char kDigits[] = "0123456789abcdef";

int nibble(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}
} // namespace

std::string toHexDigits(std::span<const std::uint8_t> bytes)
{
    std::string out;
    out.reserve(bytes.size() * 2);
    for (const std::uint8_t byte : bytes) {
        out.push_back(kDigits[byte >> 4]);
        out.push_back(kDigits[byte & 0x0f]);
    }
    return out;
}

std::string toHex(std::span<const std::uint8_t> bytes)
{
    return "0x" + toHexDigits(bytes);
}

Result<ByteVector> fromHex(std::string_view text, std::string_view what)
{
    if (text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
        text.remove_prefix(2);
    }
    if (text.size() % 2 != 0) {
        return Error{ErrorCode::InvalidFormat, std::string(what) + ": odd number of hex digits ("
                                                       + std::to_string(text.size()) + ")"};
    }
    ByteVector out;
    out.reserve(text.size() / 2);
    for (std::size_t i = 0; i < text.size(); i += 2) {
        const int high = nibble(text[i]);
        const int low = nibble(text[i + 1]);
        if (high < 0 || low < 0) {
            const std::size_t position = high < 0 ? i : i + 1;
            return Error{ErrorCode::InvalidFormat, std::string(what)
                                                           + ": non-hex character at digit "
                                                           + std::to_string(position)};
        }
        out.push_back(static_cast<std::uint8_t>((high << 4) | low));
    }
    return out;
}

Result<Bytes32> bytes32FromHex(std::string_view text, std::string_view what)
{
    auto bytes = fromHex(text, what);
    if (!bytes) {
        return bytes.error();
    }
    if (bytes->size() != 32) {
        return Error{ErrorCode::InvalidFormat, std::string(what) + ": expected 32 bytes, got "
                                                       + std::to_string(bytes->size())};
    }
    Bytes32 out{};
    std::copy(bytes->begin(), bytes->end(), out.begin());
    return out;
}

UInt256 uint256FromBigEndian(const Bytes32& bytes)
{
    UInt256 value;
    for (const std::uint8_t byte : bytes) {
        value.mulSmall(256); // cannot overflow: 32 bytes fit exactly
        value.add(UInt256(byte));
    }
    return value;
}

} // namespace polaris::signing
