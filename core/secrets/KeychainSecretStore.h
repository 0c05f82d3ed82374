#pragma once

#include "core/secrets/SecretStore.h"

namespace polaris::secrets {

/// The OS keychain through QtKeychain: the Secret Service (gnome-keyring, KWallet) on Linux,
/// Keychain on macOS, Credential Manager on Windows. Never falls back to a plain-text file
/// (`setInsecureFallback(false)`): without a keychain, calls fail with isNoBackend() errors.
/// Entries live under one service name ("polaris"); tests use their own service so that they
/// never touch a user's real secrets. Jobs complete asynchronously on the calling thread, which
/// needs a running (or, for the blocking helpers, a spinnable) Qt event loop.
class KeychainSecretStore final : public SecretStore
{
public:
    static constexpr const char* kDefaultService = "polaris";

    explicit KeychainSecretStore(QString service = QString::fromLatin1(kDefaultService));

    /// POLARIS_KEYCHAIN_SERVICE when set and non-empty (a separate profile, or a test's own
    /// namespace), else "polaris".
    static QString serviceFromEnvironment();

    const QString& service() const { return m_service; }

    void readAsync(const QString& key, ReadHandler done) override;
    void writeAsync(const QString& key, const QByteArray& value, DoneHandler done) override;
    void removeAsync(const QString& key, DoneHandler done) override;

private:
    QString m_service;
};

} // namespace polaris::secrets
