#pragma once

#include "core/signing/Address.h"
#include "core/signing/Eip712.h"

#include <cstdint>
#include <string>

namespace polaris::signing {

/// Which order format and EIP-712 domain the CLOB expects (spec §0, server `GET /version`).
/// V1 is kept for the published test vectors and historical data; production is V2, later V3.
enum class ProtocolVersion : std::uint8_t { V1 = 1, V2 = 2, V3 = 3 };

inline constexpr std::uint64_t kPolygonChainId = 137;
inline constexpr std::uint64_t kAmoyChainId = 80002;

/// The exchange contracts an order is signed for: chain, protocol version and the standard and
/// neg-risk verifying contracts (the same contract for both in V3). Plain value type.
struct ExchangeConfig
{
    ProtocolVersion version = ProtocolVersion::V2;
    std::uint64_t chainId = kPolygonChainId;
    Address exchange;
    Address negRiskExchange;

    /// Polygon mainnet addresses of spec §0.2.
    static ExchangeConfig polygon(ProtocolVersion version);
    /// Amoy testnet addresses of spec §0.2 (the chain of the upstream test vectors).
    static ExchangeConfig amoy(ProtocolVersion version);

    const Address& verifyingContract(bool negRisk) const
    {
        return negRisk ? negRiskExchange : exchange;
    }
    /// "1", "2" or "3".
    std::string domainVersion() const;
    /// {"Polymarket CTF Exchange", domainVersion(), chainId, verifyingContract(negRisk)}.
    Eip712Domain domain(bool negRisk) const;
};

} // namespace polaris::signing
