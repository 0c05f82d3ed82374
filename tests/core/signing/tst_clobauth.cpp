#include "core/signing/ClobAuth.h"

#include <QTest>

using namespace polaris::signing;
using polaris::UInt256;

namespace {
constexpr char kKeyHex[] = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
constexpr char kAddress[] = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
} // namespace

/// Spec §8.2 (L1 ClobAuth) plus the L1 header set.
class TestClobAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void upstreamVector()
    {
        const auto key = PrivateKey::fromHex(kKeyHex);
        QVERIFY(key.ok());
        const Bytes32 digest = clobAuthDigest(key->address(), "10000000", UInt256(23), 80002);
        QCOMPARE(toHex(digest),
                 std::string("0x8f442df8073c9cf2e36d7b20ca9d64d1a9352e982cc82a293b7de2df57920610"));
        const auto signature = signClobAuth(*key, "10000000", UInt256(23), 80002);
        QVERIFY(signature.ok());
        QCOMPARE(
                signature->toHex(),
                std::string("0xf62319a987514da40e57e2f4d7529f7bac38f0355bd88bb5adbb3768d80de6c16825"
                            "18e0af677d5260366425f4361e7b70c25ae232aff0ab2331e2b164a1aedc1b"));
        QCOMPARE(recoverAddress(digest, *signature)->toChecksumHex(), std::string(kAddress));
    }

    void headers()
    {
        const auto key = PrivateKey::fromHex(kKeyHex);
        const auto headers = l1Headers(*key, 80002, 10000000, UInt256(23));
        QVERIFY(headers.ok());
        QCOMPARE(headers->size(), 4);
        QCOMPARE(headers->at(0).first, QByteArray("POLY_ADDRESS"));
        QCOMPARE(headers->at(0).second, QByteArray(kAddress));
        QCOMPARE(headers->at(1).first, QByteArray("POLY_SIGNATURE"));
        QCOMPARE(headers->at(1).second,
                 QByteArray("0xf62319a987514da40e57e2f4d7529f7bac38f0355bd88bb5adbb3768d80de6c16825"
                            "18e0af677d5260366425f4361e7b70c25ae232aff0ab2331e2b164a1aedc1b"));
        QCOMPARE(headers->at(2),
                 std::make_pair(QByteArray("POLY_TIMESTAMP"), QByteArray("10000000")));
        QCOMPARE(headers->at(3), std::make_pair(QByteArray("POLY_NONCE"), QByteArray("23")));
        // Default nonce 0, mainnet: still recovers to the key.
        const auto mainnet = l1Headers(*key, 137, 1700000000);
        QVERIFY(mainnet.ok());
        QCOMPARE(mainnet->at(3).second, QByteArray("0"));
        const auto signature = Signature::fromHex(mainnet->at(1).second.toStdString());
        const Bytes32 digest = clobAuthDigest(key->address(), "1700000000", UInt256(0), 137);
        QCOMPARE(recoverAddress(digest, *signature)->toChecksumHex(), std::string(kAddress));
    }

    void rejectsNonPositiveTimestamp()
    {
        const auto key = PrivateKey::fromHex(kKeyHex);
        const auto headers = l1Headers(*key, 137, 0);
        QVERIFY(!headers.ok());
        QCOMPARE(headers.error().detail, std::string("L1 auth: timestamp 0 is not positive"));
    }
};

QTEST_GUILESS_MAIN(TestClobAuth)
#include "tst_clobauth.moc"
