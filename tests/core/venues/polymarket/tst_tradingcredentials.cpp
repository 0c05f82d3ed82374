#include "core/secrets/MemorySecretStore.h"
#include "core/venues/polymarket/TradingCredentials.h"

#include <QTest>

#include <optional>

using namespace polaris;
using namespace polaris::polymarket;

namespace {
// The private key of spec §8 (a public test vector; never a real account).
const QByteArray kKey = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const char* const kAddress = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

std::optional<Result<TradingCredentials>> load(secrets::SecretStore& store)
{
    std::optional<Result<TradingCredentials>> out;
    loadTradingCredentials(store, [&](Result<TradingCredentials> r) { out.emplace(std::move(r)); });
    return out; // the memory store completes synchronously
}

void put(secrets::SecretStore& store, std::string_view key, const QByteArray& value)
{
    QVERIFY(store.write(secrets::keyName(key), value).ok());
}
} // namespace

class TestTradingCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingKeyNamesTheEntry()
    {
        secrets::MemorySecretStore store;
        auto r = load(store);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().code, ErrorCode::NotFound);
        QVERIFY(r->error().detail.starts_with(
                "no private key: the keychain has no 'polymarket/private_key' entry"));
    }

    void keyWithoutApiCredentials()
    {
        secrets::MemorySecretStore store;
        put(store, secrets::kPrivateKey, " " + kKey + "\n");
        auto r = load(store);
        QVERIFY(r && r->ok());
        QCOMPARE(r->value().key.address().toChecksumHex(), std::string(kAddress));
        QVERIFY(!r->value().api);
    }

    void everything()
    {
        secrets::MemorySecretStore store;
        put(store, secrets::kPrivateKey, kKey);
        QVERIFY(!store.has(secrets::keyName(secrets::kApiKey)));
        std::optional<Status> stored;
        storeApiCredentials(store, {"k-1", "c2Vj", "pass"}, [&](Status s) { stored = s; });
        QVERIFY(stored && stored->ok());
        QCOMPARE(store.read(secrets::keyName(secrets::kApiSecret)).value(), QByteArray("c2Vj"));
        auto r = load(store);
        QVERIFY(r && r->ok());
        QVERIFY(r->value().api.has_value());
        QCOMPARE(r->value().api->apiKey, std::string("k-1"));
        QCOMPARE(r->value().api->secret, std::string("c2Vj"));
        QCOMPARE(r->value().api->passphrase, std::string("pass"));
    }

    void partialApiCredentials()
    {
        secrets::MemorySecretStore store;
        put(store, secrets::kPrivateKey, kKey);
        put(store, secrets::kApiKey, "k-1");
        auto r = load(store);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().code, ErrorCode::MissingField);
        QVERIFY(r->error().detail.find(
                        "'polymarket/api_secret', 'polymarket/api_passphrase' missing")
                != std::string::npos);
    }

    void badKeyIsNotQuoted()
    {
        secrets::MemorySecretStore store;
        put(store, secrets::kPrivateKey, "0x1234abcd");
        auto r = load(store);
        QVERIFY(r && !r->ok());
        QVERIFY(r->error().detail.starts_with(
                "the keychain entry 'polymarket/private_key' is not a usable private key"));
        QVERIFY(r->error().detail.find("1234abcd") == std::string::npos);
    }

    void noKeychain()
    {
        secrets::MemorySecretStore store;
        store.setUnavailable(true);
        auto r = load(store);
        QVERIFY(r && !r->ok());
        QVERIFY(r->error().detail.starts_with(
                "cannot read the private key ('polymarket/private_key')"));
    }
};

QTEST_GUILESS_MAIN(TestTradingCredentials)
#include "tst_tradingcredentials.moc"
