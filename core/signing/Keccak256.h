#pragma once

#include "core/signing/Hex.h"

#include <span>
#include <string_view>

namespace polaris::signing {

/// Ethereum's Keccak-256 (the original Keccak padding, not NIST SHA3-256).
Bytes32 keccak256(std::span<const std::uint8_t> data);
Bytes32 keccak256(std::string_view text);

} // namespace polaris::signing
