#pragma once

#include "core/secrets/SecretStore.h"

#include <QHash>

namespace polaris::secrets {

/// A SecretStore in process memory, for tests and for code that must run without a keychain.
/// Completes every call before returning. `setUnavailable(true)` makes it answer like a machine
/// without a keychain service, so callers' fallback paths can be tested. One thread.
class MemorySecretStore final : public SecretStore
{
public:
    MemorySecretStore() = default;
    ~MemorySecretStore() override;

    void readAsync(const QString& key, ReadHandler done) override;
    void writeAsync(const QString& key, const QByteArray& value, DoneHandler done) override;
    void removeAsync(const QString& key, DoneHandler done) override;

    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    qsizetype size() const { return m_values.size(); }

private:
    Status availability() const;

    QHash<QString, QByteArray> m_values;
    bool m_unavailable = false;
};

} // namespace polaris::secrets
