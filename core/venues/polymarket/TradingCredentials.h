#pragma once

#include "core/signing/L2Auth.h"
#include "core/signing/PrivateKey.h"
#include "core/util/Result.h"

#include <functional>
#include <optional>

namespace polaris::secrets {
class SecretStore;
}

namespace polaris::polymarket {

/// What trading needs from the secret store: the signing key and, once created, the CLOB API
/// credentials. Move-only (the key is). Never printed, logged or persisted elsewhere.
struct TradingCredentials
{
    signing::PrivateKey key;
    std::optional<signing::ApiCredentials> api; ///< absent until created/derived (spec §3.1)
};

/// Reads `polymarket/private_key` (required) and `polymarket/api_key`, `api_secret`,
/// `api_passphrase` (all three or none) from the store, asynchronously; `done` runs once on the
/// calling thread (which needs an event loop for asynchronous stores). Errors name the entry and
/// the next step, never a value: no key, an unreadable key, a partial set of API entries, or a
/// store without backend.
void loadTradingCredentials(secrets::SecretStore& store,
                            std::function<void(Result<TradingCredentials>)> done);

/// Writes the three API entries (after creating or deriving them); `done` once, same thread.
void storeApiCredentials(secrets::SecretStore& store,
                         const signing::ApiCredentials& credentials,
                         std::function<void(Status)> done);

} // namespace polaris::polymarket
