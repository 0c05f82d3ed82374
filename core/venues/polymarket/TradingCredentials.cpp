#include "core/venues/polymarket/TradingCredentials.h"

#include "core/secrets/SecretStore.h"

#include <array>
#include <memory>

namespace polaris::polymarket {

namespace {

constexpr std::array kApiEntries{secrets::kApiKey, secrets::kApiSecret, secrets::kApiPassphrase};

std::string entryName(std::string_view key)
{
    return "'" + std::string(key) + "'";
}

/// Shared by the chained reads; wiped when the last handler lets go of it.
struct Loading
{
    secrets::SecretStore* store = nullptr;
    std::function<void(Result<TradingCredentials>)> done;
    std::optional<signing::PrivateKey> key;
    std::array<QByteArray, 3> api;
    std::array<bool, 3> present{};

    ~Loading()
    {
        for (QByteArray& value : api) {
            value.fill('\0');
        }
    }
};

void finish(const std::shared_ptr<Loading>& loading)
{
    int found = 0;
    for (const bool present : loading->present) {
        found += present ? 1 : 0;
    }
    if (found != 0 && found != 3) {
        std::string missing;
        for (std::size_t i = 0; i < kApiEntries.size(); ++i) {
            if (!loading->present[i]) {
                missing += (missing.empty() ? "" : ", ") + entryName(kApiEntries[i]);
            }
        }
        loading->done(Error{ErrorCode::MissingField,
                            "incomplete CLOB API credentials in the keychain: " + missing
                                    + " missing; remove the other entries (they are re-derived "
                                      "from the key) or store all three (docs/secrets.md)"});
        return;
    }
    TradingCredentials credentials{std::move(*loading->key), std::nullopt};
    if (found == 3) {
        credentials.api = signing::ApiCredentials{loading->api[0].trimmed().toStdString(),
                                                  loading->api[1].trimmed().toStdString(),
                                                  loading->api[2].trimmed().toStdString()};
    }
    loading->done(std::move(credentials));
}

void readApiEntry(const std::shared_ptr<Loading>& loading, std::size_t index)
{
    if (index == kApiEntries.size()) {
        finish(loading);
        return;
    }
    const std::string_view entry = kApiEntries[index];
    loading->store->readAsync(
            secrets::keyName(entry), [loading, index, entry](Result<QByteArray> value) {
                if (value) {
                    loading->api[index] = value.value();
                    loading->present[index] = !loading->api[index].trimmed().isEmpty();
                } else if (value.error().code != ErrorCode::NotFound) {
                    loading->done(Error{value.error().code, "cannot read the keychain entry "
                                                                    + entryName(entry) + ": "
                                                                    + value.error().detail});
                    return;
                }
                readApiEntry(loading, index + 1);
            });
}

} // namespace

void loadTradingCredentials(secrets::SecretStore& store,
                            std::function<void(Result<TradingCredentials>)> done)
{
    auto loading = std::make_shared<Loading>();
    loading->store = &store;
    loading->done = std::move(done);
    const std::string entry = entryName(secrets::kPrivateKey);
    store.readAsync(secrets::keyName(secrets::kPrivateKey), [loading,
                                                             entry](Result<QByteArray> value) {
        if (!value) {
            const std::string hint = "store it in the keychain (docs/secrets.md, secret-tool); "
                                     "live trading reads the key from nowhere else";
            if (value.error().code == ErrorCode::NotFound) {
                loading->done(Error{ErrorCode::NotFound, "no private key: the keychain has no "
                                                                 + entry + " entry; " + hint});
            } else {
                loading->done(Error{value.error().code, "cannot read the private key (" + entry
                                                                + "): " + value.error().detail
                                                                + "; " + hint});
            }
            return;
        }
        QByteArray hex = value.value().trimmed();
        auto key = signing::PrivateKey::fromHex(
                std::string_view(hex.constData(), std::size_t(hex.size())));
        hex.fill('\0');
        if (!key) {
            loading->done(Error{key.error().code,
                                "the keychain entry " + entry
                                        + " is not a usable private key: " + key.error().detail});
            return;
        }
        loading->key.emplace(std::move(key).value());
        readApiEntry(loading, 0);
    });
}

void storeApiCredentials(secrets::SecretStore& store,
                         const signing::ApiCredentials& credentials,
                         std::function<void(Status)> done)
{
    struct Writing
    {
        secrets::SecretStore* store;
        std::array<QByteArray, 3> values;
        std::function<void(Status)> done;
        std::function<void(std::size_t)> next;
        ~Writing()
        {
            for (QByteArray& value : values) {
                value.fill('\0');
            }
        }
    };
    auto writing = std::make_shared<Writing>();
    writing->store = &store;
    writing->values = {QByteArray::fromStdString(credentials.apiKey),
                       QByteArray::fromStdString(credentials.secret),
                       QByteArray::fromStdString(credentials.passphrase)};
    writing->done = std::move(done);
    writing->next = [weak = std::weak_ptr<Writing>(writing)](std::size_t index) {
        auto self = weak.lock();
        if (!self) {
            return;
        }
        if (index == kApiEntries.size()) {
            self->done(okStatus());
            return;
        }
        const std::string_view entry = kApiEntries[index];
        self->store->writeAsync(secrets::keyName(entry), self->values[index],
                                [self, index, entry](Status status) {
                                    if (!status) {
                                        self->done(Error{status.error().code,
                                                         "cannot store " + entryName(entry) + ": "
                                                                 + status.error().detail});
                                        return;
                                    }
                                    self->next(index + 1);
                                });
    };
    writing->next(0);
}

} // namespace polaris::polymarket
