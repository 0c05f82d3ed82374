#include "core/signing/Keccak256.h"
#include "core/signing/PrivateKey.h"

#include <QDebug>
#include <QTest>

#include <ostream>
#include <type_traits>

using namespace polaris::signing;
using polaris::ErrorCode;

namespace {
// Hardhat/Anvil account #0, the publicly known key of every Polymarket test (spec §8).
constexpr char kKeyHex[] = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
constexpr char kKeyAddress[] = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
} // namespace

// The key cannot be copied or printed: any of these would have to be added deliberately.
// (Concepts, because a requires-expression only fails softly on a dependent type.)
template <typename T>
concept Stringifiable = requires(const T& t)
{
    t.toString();
};
template <typename T>
concept HexExportable = requires(const T& t)
{
    t.toHex();
};
template <typename T>
concept ByteExportable = requires(const T& t)
{
    t.bytes();
};
template <typename T>
concept Streamable = requires(std::ostream& out, const T& t)
{
    out << t;
};
template <typename T>
concept DebugStreamable = requires(QDebug debug, const T& t)
{
    debug << t;
};
static_assert(!std::is_copy_constructible_v<PrivateKey>);
static_assert(!std::is_copy_assignable_v<PrivateKey>);
static_assert(!Stringifiable<PrivateKey> && !HexExportable<PrivateKey>);
static_assert(!ByteExportable<PrivateKey>);
static_assert(!Streamable<PrivateKey> && !DebugStreamable<PrivateKey>);
static_assert(DebugStreamable<int> && Streamable<int>); // the probes themselves work

/// PrivateKey + Signature: address derivation, deterministic signing, recovery, validation.
class TestPrivateKey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void derivesAddress()
    {
        const auto key = PrivateKey::fromHex(std::string("0x") + kKeyHex);
        QVERIFY(key.ok());
        QCOMPARE(key->address().toChecksumHex(), std::string(kKeyAddress));
        const auto unprefixed = PrivateKey::fromHex(kKeyHex);
        QVERIFY(unprefixed.ok());
        QCOMPARE(unprefixed->address(), key->address());
        // Hardhat account #1 as a second, independent check.
        const auto second = PrivateKey::fromHex(
                "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
        QVERIFY(second.ok());
        QCOMPARE(second->address().toChecksumHex(),
                 std::string("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"));
    }

    void signRecoverRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("hello") << QByteArray("hello");
        QTest::newRow("order-ish") << QByteArray("Polymarket CTF Exchange");
        for (int i = 0; i < 20; ++i) {
            QTest::addRow("n%d", i) << QByteArray::number(i * 7919);
        }
    }
    void signRecoverRoundTrip()
    {
        QFETCH(QByteArray, message);
        const auto key = PrivateKey::fromHex(kKeyHex);
        QVERIFY(key.ok());
        const Bytes32 digest = keccak256(
                std::string_view(message.constData(), static_cast<std::size_t>(message.size())));
        const auto signature = key->sign(digest);
        QVERIFY(signature.ok());
        QVERIFY(signature->v() == 27 || signature->v() == 28);
        // RFC 6979: signing twice gives the same bytes.
        QCOMPARE(key->sign(digest)->toHex(), signature->toHex());
        const auto recovered = recoverAddress(digest, *signature);
        QVERIFY(recovered.ok());
        QCOMPARE(recovered->toChecksumHex(), std::string(kKeyAddress));
        // Through hex and back.
        const auto reparsed = Signature::fromHex(signature->toHex());
        QVERIFY(reparsed.ok());
        QCOMPARE(*reparsed, *signature);
    }

    void tamperedSignatureRecoversElsewhere()
    {
        const auto key = PrivateKey::fromHex(kKeyHex);
        const Bytes32 digest = keccak256(std::string_view("tamper me"));
        const auto signature = key->sign(digest);
        QVERIFY(signature.ok());
        const Address signer = key->address();
        int differentOrRejected = 0;
        for (const std::size_t index : {std::size_t(0), std::size_t(17), std::size_t(31),
                                        std::size_t(32), std::size_t(50), std::size_t(63)}) {
            auto bytes = signature->bytes();
            bytes[index] ^= 0x01;
            const auto recovered = recoverAddress(digest, Signature(bytes));
            QVERIFY(!recovered.ok() || *recovered != signer);
            ++differentOrRejected;
        }
        QCOMPARE(differentOrRejected, 6);
        // Flipping v recovers the other candidate key.
        auto flipped = signature->bytes();
        flipped[64] = flipped[64] == 27 ? 28 : 27;
        const auto other = recoverAddress(digest, Signature(flipped));
        QVERIFY(!other.ok() || *other != signer);
        // A different digest recovers a different address.
        const auto wrongDigest =
                recoverAddress(keccak256(std::string_view("tamper you")), *signature);
        QVERIFY(!wrongDigest.ok() || *wrongDigest != signer);
    }

    void rejectsBadKeys_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("detail");
        QTest::newRow("short") << QString::fromLatin1(kKeyHex).left(62)
                               << int(ErrorCode::InvalidFormat)
                               << "private key: expected 32 bytes, got 31";
        QTest::newRow("long") << QString::fromLatin1(kKeyHex) + QStringLiteral("00")
                              << int(ErrorCode::InvalidFormat)
                              << "private key: expected 32 bytes, got 33";
        QTest::newRow("odd") << QString::fromLatin1(kKeyHex).left(63)
                             << int(ErrorCode::InvalidFormat)
                             << "private key: odd number of hex digits (63)";
        QTest::newRow("junk") << QStringLiteral("zz") + QString::fromLatin1(kKeyHex).mid(2)
                              << int(ErrorCode::InvalidFormat)
                              << "private key: non-hex character at digit 0";
        QTest::newRow("zero") << QString(64, QLatin1Char('0')) << int(ErrorCode::OutOfRange)
                              << "private key: zero or not below the secp256k1 curve order";
        QTest::newRow("curve order")
                << "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141"
                << int(ErrorCode::OutOfRange)
                << "private key: zero or not below the secp256k1 curve order";
        QTest::newRow("empty") << QString() << int(ErrorCode::InvalidFormat)
                               << "private key: expected 32 bytes, got 0";
    }
    void rejectsBadKeys()
    {
        QFETCH(QString, text);
        QFETCH(int, code);
        QFETCH(QString, detail);
        const auto key = PrivateKey::fromHex(text.toStdString());
        QVERIFY(!key.ok());
        QCOMPARE(int(key.error().code), code);
        QCOMPARE(QString::fromStdString(key.error().detail), detail);
        // The error never quotes the key material.
        if (text.size() >= 16) {
            QVERIFY(!QString::fromStdString(key.error().detail)
                             .contains(text.mid(2, 14), Qt::CaseInsensitive));
        }
    }

    void rejectsBadSignatures()
    {
        const std::string r(64, '1');
        QCOMPARE(Signature::fromHex("0x" + r + r + "1d").error().detail,
                 std::string("signature: v must be 27 or 28, got 29"));
        QCOMPARE(Signature::fromHex("0x" + r + r).error().detail,
                 std::string("signature: expected 65 bytes, got 64"));
        // v = 0/1 (raw recovery id) is normalised.
        QCOMPARE(Signature::fromHex("0x" + r + r + "01")->v(), std::uint8_t(28));
        // r above the curve order cannot be parsed, so nothing is recovered.
        const auto high = Signature::fromHex("0x" + std::string(64, 'f') + r + "1b");
        QVERIFY(high.ok());
        const auto recovered = recoverAddress(Bytes32{}, *high);
        QVERIFY(!recovered.ok());
        QCOMPARE(recovered.error().code, ErrorCode::OutOfRange);
    }

    void moveKeepsKeyUsable()
    {
        auto key = PrivateKey::fromHex(kKeyHex);
        QVERIFY(key.ok());
        PrivateKey moved = std::move(key).value();
        QCOMPARE(moved.address().toChecksumHex(), std::string(kKeyAddress));
    }
};

QTEST_GUILESS_MAIN(TestPrivateKey)
#include "tst_privatekey.moc"
