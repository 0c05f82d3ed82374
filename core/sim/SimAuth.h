#pragma once

#include "core/signing/ExchangeConfig.h"
#include "core/sim/HttpMessage.h"
#include "core/sim/SimAccounts.h"
#include "core/sim/SimOrderRequest.h"

#include <string>

namespace polaris::sim {

/// Who sent an L1 request: the EOA whose ClobAuth signature checked out, and the nonce.
struct L1Identity
{
    signing::Address address;
    std::string nonce;
};

/// The venue's three authentication checks, done with our own signing code in reverse:
/// L1 (spec §3.1: the ClobAuth EIP-712 signature in POLY_SIGNATURE must recover to
/// POLY_ADDRESS), L2 (§3.2: POLY_SIGNATURE must equal the HMAC of timestamp + method + path +
/// body under the key's secret, with the key's passphrase and address), and an order's own
/// EIP-712 signature (§4.1/4.2). Timestamps are not checked for freshness. Errors carry a
/// detail for the log; the HTTP layer answers with the venue's fixed texts. Stateless; any thread.
class SimAuth
{
public:
    static Result<L1Identity> verifyL1(const HttpRequest& request, std::uint64_t chainId);
    /// The key whose L2 headers are valid for this request.
    static Result<const SimApiKey*> verifyL2(const HttpRequest& request,
                                             const SimAccounts& accounts);
    /// The order hash (= order ID) when the signature is valid for `exchange`'s domain
    /// (neg-risk contract when `negRisk`) and was made by `apiAddress`: EOA orders need
    /// maker = signer = apiAddress; PROXY/SAFE orders signer = apiAddress; POLY_1271 orders
    /// (V2 only) carry the ERC-7739 wrapper whose inner signature must recover to apiAddress.
    static Result<signing::Bytes32> verifyOrder(const SimOrderRequest& request,
                                                const signing::ExchangeConfig& exchange,
                                                bool negRisk,
                                                const signing::Address& apiAddress);
};

} // namespace polaris::sim
