#pragma once

#include "core/money/Decimal.h"

#include <optional>
#include <string>

namespace polaris {

/// One outcome token of a market (an ERC-1155 CTF position). Plain value; safe to copy across
/// threads.
struct Token
{
    /// uint256 as a decimal string (up to 78 digits); never converted to a number.
    std::string tokenId;
    /// Outcome label as the venue names it ("Yes", "No", "FaZe"); empty when the payload omits it.
    std::string outcome;
    /// Last indicative price the venue reported (Gamma outcomePrices / CLOB tokens[].price);
    /// informational only, never a quote to trade on.
    std::optional<Decimal> price;
    /// Set by the CLOB after resolution for the winning token.
    bool winner = false;
};

} // namespace polaris
