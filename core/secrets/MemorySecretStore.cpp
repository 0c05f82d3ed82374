#include "core/secrets/MemorySecretStore.h"

namespace polaris::secrets {

namespace {

/// Overwrites the bytes before the array is released: a test store still should not leave key
/// material lying around in freed heap memory.
void wipe(QByteArray& value)
{
    value.fill('\0');
    value.clear();
}

} // namespace

MemorySecretStore::~MemorySecretStore()
{
    for (QByteArray& value : m_values) {
        wipe(value);
    }
}

Status MemorySecretStore::availability() const
{
    if (m_unavailable) {
        return Error{ErrorCode::Io, std::string(kNoBackendMessage) + " (memory store disabled)"};
    }
    return okStatus();
}

void MemorySecretStore::readAsync(const QString& key, ReadHandler done)
{
    if (Status status = checkKey(key); !status) {
        done(status.error());
        return;
    }
    if (Status status = availability(); !status) {
        done(status.error());
        return;
    }
    const auto found = m_values.constFind(key);
    if (found == m_values.constEnd()) {
        done(Error{ErrorCode::NotFound, "no secret stored under '" + key.toStdString() + "'"});
        return;
    }
    done(*found);
}

void MemorySecretStore::writeAsync(const QString& key, const QByteArray& value, DoneHandler done)
{
    if (Status status = checkKey(key); !status) {
        done(status);
        return;
    }
    if (Status status = availability(); !status) {
        done(status);
        return;
    }
    QByteArray& slot = m_values[key];
    wipe(slot);
    slot = value;
    slot.detach(); // our own copy, so wiping it later cannot touch the caller's buffer
    done(okStatus());
}

void MemorySecretStore::removeAsync(const QString& key, DoneHandler done)
{
    if (Status status = checkKey(key); !status) {
        done(status);
        return;
    }
    if (Status status = availability(); !status) {
        done(status);
        return;
    }
    const auto found = m_values.find(key);
    if (found != m_values.end()) {
        wipe(*found);
        m_values.erase(found);
    }
    done(okStatus());
}

} // namespace polaris::secrets
