#include "core/secrets/MemorySecretStore.h"

#include <QTest>

using namespace polaris;
using namespace polaris::secrets;

/// MemorySecretStore and the blocking helpers of SecretStore.
class TstMemorySecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wellKnownKeyNames()
    {
        QCOMPARE(keyName(kPrivateKey), QStringLiteral("polymarket/private_key"));
        QCOMPARE(keyName(kApiKey), QStringLiteral("polymarket/api_key"));
        QCOMPARE(keyName(kApiSecret), QStringLiteral("polymarket/api_secret"));
        QCOMPARE(keyName(kApiPassphrase), QStringLiteral("polymarket/api_passphrase"));
    }

    void roundTripOverwriteRemove()
    {
        MemorySecretStore store;
        const QString key = keyName(kApiKey);
        QVERIFY(!store.has(key));
        QVERIFY(store.write(key, "first-value").ok());
        QVERIFY(store.has(key));
        QCOMPARE(store.read(key).value(), QByteArray("first-value"));
        QVERIFY(store.write(key, "second").ok());
        QCOMPARE(store.read(key).value(), QByteArray("second"));
        QCOMPARE(store.size(), 1);
        QVERIFY(store.remove(key).ok());
        QVERIFY(!store.has(key));
        QCOMPARE(store.size(), 0);
        // Removing again is fine: the postcondition "nothing stored" already holds.
        QVERIFY(store.remove(key).ok());
    }

    void missingKeyIsNotFoundAndNamesOnlyTheKey()
    {
        MemorySecretStore store;
        QVERIFY(store.write(keyName(kApiSecret), "s3cr3t-value").ok());
        const auto missing = store.read(keyName(kApiPassphrase));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(missing.error().detail.find("polymarket/api_passphrase") != std::string::npos);
        QVERIFY(missing.error().detail.find("s3cr3t") == std::string::npos);
        QVERIFY(!isNoBackend(missing.error()));
    }

    void keysAreIndependent()
    {
        MemorySecretStore store;
        QVERIFY(store.write(keyName(kApiKey), "k").ok());
        QVERIFY(store.write(keyName(kApiSecret), "s").ok());
        QVERIFY(store.remove(keyName(kApiKey)).ok());
        QCOMPARE(store.read(keyName(kApiSecret)).value(), QByteArray("s"));
    }

    void binaryValuesRoundTrip()
    {
        MemorySecretStore store;
        const QByteArray value("\x00\x01\xff\x00tail", 8);
        QVERIFY(store.write(QStringLiteral("bin"), value).ok());
        QCOMPARE(store.read(QStringLiteral("bin")).value(), value);
        QVERIFY(store.write(QStringLiteral("empty"), QByteArray()).ok());
        QVERIFY(store.has(QStringLiteral("empty")));
        QCOMPARE(store.read(QStringLiteral("empty")).value(), QByteArray());
    }

    void storedValueIsACopy()
    {
        MemorySecretStore store;
        QByteArray value("abc");
        QVERIFY(store.write(QStringLiteral("k"), value).ok());
        value[0] = 'X';
        QByteArray read = store.read(QStringLiteral("k")).value();
        QCOMPARE(read, QByteArray("abc"));
        read[1] = 'Y';
        QCOMPARE(store.read(QStringLiteral("k")).value(), QByteArray("abc"));
        // Overwriting wipes the store's buffer, never a copy the caller still holds.
        const QByteArray held = store.read(QStringLiteral("k")).value();
        QVERIFY(store.write(QStringLiteral("k"), "new").ok());
        QCOMPARE(held, QByteArray("abc"));
        QCOMPARE(store.read(QStringLiteral("k")).value(), QByteArray("new"));
    }

    void badKeyNames_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("empty") << QString();
        QTest::newRow("space") << QStringLiteral("a b");
        QTest::newRow("newline") << QStringLiteral("a\nb");
        QTest::newRow("non-ascii") << QStringLiteral("cl\u00e9");
        QTest::newRow("too long") << QString(201, QLatin1Char('k'));
    }

    void badKeyNames()
    {
        QFETCH(QString, key);
        MemorySecretStore store;
        const Status written = store.write(key, "v");
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, ErrorCode::InvalidFormat);
        QCOMPARE(store.read(key).error().code, ErrorCode::InvalidFormat);
        QCOMPARE(store.remove(key).error().code, ErrorCode::InvalidFormat);
        QCOMPARE(store.size(), 0);
    }

    void asyncHandlersRunExactlyOnce()
    {
        MemorySecretStore store;
        int writes = 0;
        int reads = 0;
        QByteArray seen;
        store.writeAsync(QStringLiteral("k"), "v", [&](Status status) {
            QVERIFY(status.ok());
            ++writes;
        });
        store.readAsync(QStringLiteral("k"), [&](Result<QByteArray> value) {
            seen = value.value();
            ++reads;
        });
        QCOMPARE(writes, 1);
        QCOMPARE(reads, 1);
        QCOMPARE(seen, QByteArray("v"));
    }

    void unavailableLooksLikeNoKeychain()
    {
        MemorySecretStore store;
        QVERIFY(store.write(QStringLiteral("k"), "v").ok());
        store.setUnavailable(true);
        const Status written = store.write(QStringLiteral("k"), "w");
        QVERIFY(!written.ok());
        QVERIFY(isNoBackend(written.error()));
        QVERIFY(written.error().detail.find("keys cannot be stored") != std::string::npos);
        QVERIFY(isNoBackend(store.read(QStringLiteral("k")).error()));
        QVERIFY(!store.has(QStringLiteral("k")));
        store.setUnavailable(false);
        QCOMPARE(store.read(QStringLiteral("k")).value(), QByteArray("v"));
    }
};

QTEST_GUILESS_MAIN(TstMemorySecretStore)
#include "tst_memorysecretstore.moc"
