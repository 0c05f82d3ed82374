#pragma once

#include "core/money/UInt256.h"
#include "core/util/Result.h"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace polaris::signing {

using Bytes32 = std::array<std::uint8_t, 32>;
using ByteVector = std::vector<std::uint8_t>;

/// "0x" followed by lowercase hex digits.
std::string toHex(std::span<const std::uint8_t> bytes);
/// Lowercase hex digits without a prefix.
std::string toHexDigits(std::span<const std::uint8_t> bytes);

/// Decodes hex with an optional "0x"/"0X" prefix and an even number of digits (either case).
/// Error details name `what` and a position or length but never echo the text: the same decoder
/// reads private keys.
Result<ByteVector> fromHex(std::string_view text, std::string_view what = "hex");
/// Like fromHex() but requires exactly 32 bytes.
Result<Bytes32> bytes32FromHex(std::string_view text, std::string_view what = "bytes32");

/// Interprets 32 big-endian bytes as an unsigned integer (the ABI view of a hash as uint256).
UInt256 uint256FromBigEndian(const Bytes32& bytes);

} // namespace polaris::signing
