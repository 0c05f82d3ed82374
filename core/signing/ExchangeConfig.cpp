#include "core/signing/ExchangeConfig.h"

#include <string_view>

namespace polaris::signing {

namespace {
/// Literal constants from the spec; a typo would fail the EIP-55 check in the tests.
Address constantAddress(std::string_view text)
{
    auto address = Address::fromHex(text);
    return address ? *address : Address();
}

ExchangeConfig make(ProtocolVersion version,
                    std::uint64_t chainId,
                    std::string_view exchange,
                    std::string_view negRisk)
{
    return ExchangeConfig{version, chainId, constantAddress(exchange), constantAddress(negRisk)};
}
} // namespace

ExchangeConfig ExchangeConfig::polygon(ProtocolVersion version)
{
    switch (version) {
    case ProtocolVersion::V1:
        return make(version, kPolygonChainId, "0x4bFb41d5B3570DeFd03C39a9A4D8dE6Bd8B8982E",
                    "0xC5d563A36AE78145C45a50134d48A1215220f80a");
    case ProtocolVersion::V2:
        return make(version, kPolygonChainId, "0xE111180000d2663C0091e4f400237545B87B996B",
                    "0xe2222d279d744050d28e00520010520000310F59");
    case ProtocolVersion::V3:
        return make(version, kPolygonChainId, "0xe3333700cA9d93003F00f0F71f8515005F6c00Aa",
                    "0xe3333700cA9d93003F00f0F71f8515005F6c00Aa");
    }
    return {};
}

ExchangeConfig ExchangeConfig::amoy(ProtocolVersion version)
{
    switch (version) {
    case ProtocolVersion::V1:
        return make(version, kAmoyChainId, "0xdFE02Eb6733538f8Ea35D585af8DE5958AD99E40",
                    "0xC5d563A36AE78145C45a50134d48A1215220f80a");
    case ProtocolVersion::V2:
        return make(version, kAmoyChainId, "0xE111180000d2663C0091e4f400237545B87B996B",
                    "0xe2222d279d744050d28e00520010520000310F59");
    case ProtocolVersion::V3:
        return make(version, kAmoyChainId, "0x9fE6e61422AdB6F610d8597F9684b16912D50C3D",
                    "0x9fE6e61422AdB6F610d8597F9684b16912D50C3D");
    }
    return {};
}

std::string ExchangeConfig::domainVersion() const
{
    return std::to_string(static_cast<int>(version));
}

Eip712Domain ExchangeConfig::domain(bool negRisk) const
{
    return Eip712Domain{"Polymarket CTF Exchange", domainVersion(), chainId,
                        verifyingContract(negRisk)};
}

} // namespace polaris::signing
