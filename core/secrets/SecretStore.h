#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <string_view>

namespace polaris::secrets {

/// Well-known keys. The values are secrets; the key names are not.
inline constexpr std::string_view kPrivateKey = "polymarket/private_key"; ///< hex, 0x optional
inline constexpr std::string_view kApiKey = "polymarket/api_key";
inline constexpr std::string_view kApiSecret = "polymarket/api_secret";
inline constexpr std::string_view kApiPassphrase = "polymarket/api_passphrase";

/// The start of every error detail that means "there is no keychain to talk to" (no D-Bus
/// session, no Secret Service). Callers use isNoBackend() rather than comparing text.
inline constexpr std::string_view kNoBackendMessage =
        "no keychain service is running; keys cannot be stored";

/// QString of a well-known key name, for the QString-based API below.
QString keyName(std::string_view key);

/// True when `error` came from a store that has no backend at all (as opposed to a missing
/// entry or a denied access): the caller may offer another source, never a plain-text fallback.
bool isNoBackend(const Error& error);

/// Where Polaris keeps secrets (the venue private key, the CLOB API credentials). The *Async
/// functions are the primitive: they call `done` exactly once, possibly before returning, on the
/// thread that called them (which needs an event loop for asynchronous stores). The blocking
/// helpers spin a local event loop for command-line tools and tests and give up after a timeout.
/// Implementations never log values, and their errors never quote them. Not thread-safe: use a
/// store from the thread that created it.
class SecretStore
{
public:
    using ReadHandler = std::function<void(Result<QByteArray>)>;
    using DoneHandler = std::function<void(Status)>;
    static constexpr int kDefaultTimeoutMs = 10'000;

    SecretStore() = default;
    SecretStore(const SecretStore&) = delete;
    SecretStore& operator=(const SecretStore&) = delete;
    virtual ~SecretStore() = default;

    /// NotFound when nothing is stored under `key`.
    virtual void readAsync(const QString& key, ReadHandler done) = 0;
    /// Creates or overwrites.
    virtual void writeAsync(const QString& key, const QByteArray& value, DoneHandler done) = 0;
    /// Removing an absent key succeeds (the postcondition "nothing stored" holds).
    virtual void removeAsync(const QString& key, DoneHandler done) = 0;

    Result<QByteArray> read(const QString& key, int timeoutMs = kDefaultTimeoutMs);
    Status write(const QString& key, const QByteArray& value, int timeoutMs = kDefaultTimeoutMs);
    Status remove(const QString& key, int timeoutMs = kDefaultTimeoutMs);
    /// True when a value is stored; false when absent or when the store cannot be read (use
    /// read() to tell the two apart).
    bool has(const QString& key, int timeoutMs = kDefaultTimeoutMs);

protected:
    /// Keys are short names like "polymarket/api_key": non-empty, at most 200 characters,
    /// printable ASCII without spaces. Returns the error to report, if any.
    static Status checkKey(const QString& key);
};

} // namespace polaris::secrets
