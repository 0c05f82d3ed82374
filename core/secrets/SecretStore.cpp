#include "core/secrets/SecretStore.h"

#include <QEventLoop>
#include <QTimer>

#include <memory>
#include <optional>

namespace polaris::secrets {

namespace {

/// Shared between the waiting caller and the completion handler, which may run after the caller
/// has given up (timeout): the handler then only stores into this block, never into the stack.
template <typename R> struct Pending
{
    std::optional<R> result;
    QEventLoop* loop = nullptr;
};

template <typename R, typename Start>
R waitFor(Start start, int timeoutMs, const QString& key, const char* operation)
{
    auto pending = std::make_shared<Pending<R>>();
    start([pending](R result) {
        pending->result.emplace(std::move(result));
        if (pending->loop) {
            pending->loop->quit();
        }
    });
    if (!pending->result) {
        QEventLoop loop;
        pending->loop = &loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        pending->loop = nullptr;
    }
    if (!pending->result) {
        return Error{ErrorCode::Timeout, std::string("secret store: ") + operation + " of '"
                                                 + key.toStdString() + "' did not finish within "
                                                 + std::to_string(timeoutMs) + " ms"};
    }
    return std::move(*pending->result);
}

} // namespace

QString keyName(std::string_view key)
{
    return QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
}

bool isNoBackend(const Error& error)
{
    return std::string_view(error.detail).starts_with(kNoBackendMessage);
}

Result<QByteArray> SecretStore::read(const QString& key, int timeoutMs)
{
    return waitFor<Result<QByteArray>>([&](ReadHandler done) { readAsync(key, std::move(done)); },
                                       timeoutMs, key, "read");
}

Status SecretStore::write(const QString& key, const QByteArray& value, int timeoutMs)
{
    return waitFor<Status>([&](DoneHandler done) { writeAsync(key, value, std::move(done)); },
                           timeoutMs, key, "write");
}

Status SecretStore::remove(const QString& key, int timeoutMs)
{
    return waitFor<Status>([&](DoneHandler done) { removeAsync(key, std::move(done)); }, timeoutMs,
                           key, "removal");
}

bool SecretStore::has(const QString& key, int timeoutMs)
{
    return read(key, timeoutMs).ok();
}

Status SecretStore::checkKey(const QString& key)
{
    if (key.isEmpty() || key.size() > 200) {
        return Error{ErrorCode::InvalidFormat, "secret key name must have 1 to 200 characters, has "
                                                       + std::to_string(key.size())};
    }
    for (const QChar c : key) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f) {
            return Error{ErrorCode::InvalidFormat,
                         "secret key name may only contain printable ASCII without spaces"};
        }
    }
    return okStatus();
}

} // namespace polaris::secrets
