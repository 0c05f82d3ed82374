#pragma once

#include "core/signing/Address.h"
#include "core/signing/AuthHeaders.h"

#include <QByteArray>

#include <cstdint>
#include <string>
#include <string_view>

namespace polaris::signing {

/// CLOB API credentials returned by L1 (spec §3.1). The secret and passphrase are secrets: never
/// log or persist them outside the secret store. `apiKey` doubles as the order `owner`.
struct ApiCredentials
{
    std::string apiKey;
    std::string secret; ///< base64 / base64url, as the server returned it
    std::string passphrase;
};

/// L2 HMAC signature (spec §3.2): base64url(HMAC-SHA256(base64url-decode(secret),
/// timestamp + method + requestPath + body)), keeping '=' padding. `requestPath` excludes the
/// query string; `body` must be the exact bytes sent. Fails only for an undecodable secret.
Result<std::string> l2Signature(std::string_view secret,
                                std::string_view timestamp,
                                std::string_view method,
                                std::string_view requestPath,
                                std::string_view body);

/// POLY_ADDRESS (signer EOA, checksummed; also for POLY_1271), POLY_SIGNATURE, POLY_TIMESTAMP,
/// POLY_API_KEY, POLY_PASSPHRASE. Content-Type is the HTTP layer's business.
Result<HeaderList> l2Headers(const ApiCredentials& credentials,
                             const Address& signer,
                             std::int64_t timestampSeconds,
                             std::string_view method,
                             std::string_view requestPath,
                             const QByteArray& body = {});

} // namespace polaris::signing
