#pragma once

#include <cstdint>

namespace polaris {

/// Buy or sell, for orders, fills, trades and basket legs.
enum class TradeSide : std::uint8_t { Buy, Sell };

} // namespace polaris
