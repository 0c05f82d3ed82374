#include "SigningVectors.h"

#include <QTest>

using namespace signing_vectors;

Q_DECLARE_METATYPE(polaris::signing::Eip712Domain)

/// Order struct hashes and EIP-712 digests (= order IDs): spec §8.4, §8.5 (hash), §8.6.
class TestOrderStruct : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void v1StructHash()
    {
        QCOMPARE(toHex(orderStructHash(v1Order(), ProtocolVersion::V1)),
                 std::string("0x26eb80b08612a9945a9a2af3af152f3bcdccd154f9708a68d2f261f44b66a11d"));
    }

    void v1Digests_data()
    {
        QTest::addColumn<QString>("contract");
        QTest::addColumn<QString>("digest");
        QTest::newRow("8.4 CTF")
                << "0xdFE02Eb6733538f8Ea35D585af8DE5958AD99E40"
                << "0x02ca1d1aa31103804173ad1acd70066cb6c1258a4be6dada055111f9a7ea4e55";
        QTest::newRow("8.4 NegRisk")
                << "0xC5d563A36AE78145C45a50134d48A1215220f80a"
                << "0xf15790d3edc4b5aed427b0b543a9206fcf4b1a13dfed016d33bfb313076263b8";
    }
    void v1Digests()
    {
        QFETCH(QString, contract);
        QFETCH(QString, digest);
        const Eip712Domain domain = exchangeDomain("1", 80002, contract.toStdString().c_str());
        QCOMPARE(QString::fromStdString(toHex(orderDigest(v1Order(), ProtocolVersion::V1, domain))),
                 digest);
    }

    /// S3 EXPECTED_HASH: chain 137, verifyingContract 0x…01, salt 1, maker = signer 0x11…11,
    /// token 101, 1 / 2 USDC, nonce 2, fee 0, BUY, EOA.
    void v1SecondHashVector()
    {
        OrderStruct order;
        order.salt = polaris::UInt256(1);
        order.maker = addr("0x1111111111111111111111111111111111111111");
        order.signer = order.maker;
        order.tokenId = polaris::UInt256(101);
        order.makerAmount = polaris::UInt256(1000000);
        order.takerAmount = polaris::UInt256(2000000);
        order.nonce = polaris::UInt256(2);
        const Eip712Domain domain =
                exchangeDomain("1", 137, "0x0000000000000000000000000000000000000001");
        QCOMPARE(toHex(orderDigest(order, ProtocolVersion::V1, domain)),
                 std::string("0xeb162c6cc7aa28ad096a7c40fb9556d41fa1730d71103ba7103589ae1f18d942"));
    }

    void v2v3Digests_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<Eip712Domain>("domain");
        QTest::addColumn<QString>("digest");
        QTest::newRow("8.6 80002 V2")
                << 2 << exchangeDomain("2", 80002, "0xE111180000d2663C0091e4f400237545B87B996B")
                << "0x962c97b18bea292cc94b9479272aa74fb59a905e84a621a40eb339131e9fb6ba";
        QTest::newRow("8.6 137 V2")
                << 2 << exchangeDomain("2", 137, "0xE111180000d2663C0091e4f400237545B87B996B")
                << "0x10124949f84e9f7438c88d02bfd546ceb27ed6eb1fdb0175137af535b6e2513d";
        QTest::newRow("8.6 137 V2 NR")
                << 2 << exchangeDomain("2", 137, "0xe2222d279d744050d28e00520010520000310F59")
                << "0x9c2976657c4b229cc8e467a32ce9e3281ef40a70aee31cdc4619ebf51e4a7274";
        QTest::newRow("8.6 80002 V3")
                << 3 << exchangeDomain("3", 80002, "0x9fE6e61422AdB6F610d8597F9684b16912D50C3D")
                << "0x5f832bdf1244ee7b330544123b14a5c6450e6f69044eba8b0f0f5304da995ed9";
    }
    void v2v3Digests()
    {
        QFETCH(int, version);
        QFETCH(Eip712Domain, domain);
        QFETCH(QString, digest);
        const OrderStruct order = v2Order(kKeyAddress, SignatureType::Eoa);
        QCOMPARE(QString::fromStdString(
                         toHex(orderDigest(order, static_cast<ProtocolVersion>(version), domain))),
                 digest);
    }

    /// The Amoy V3 preset (one contract for both kinds) reproduces the §8.6 V3 digest.
    void amoyV3Preset()
    {
        const ExchangeConfig v3 = ExchangeConfig::amoy(ProtocolVersion::V3);
        const OrderStruct order = v2Order(kKeyAddress, SignatureType::Eoa);
        for (const bool negRisk : {false, true}) {
            QCOMPARE(toHex(orderDigest(order, ProtocolVersion::V3, v3.domain(negRisk))),
                     std::string(
                             "0x5f832bdf1244ee7b330544123b14a5c6450e6f69044eba8b0f0f5304da995ed9"));
        }
    }

    /// §8.5 "derived order hash" of the POLY_1271 order (maker = signer = 0x11…11, type 3).
    void poly1271OrderHash()
    {
        const OrderStruct order =
                v2Order("0x1111111111111111111111111111111111111111", SignatureType::Poly1271);
        const Eip712Domain domain =
                exchangeDomain("2", 80002, "0xE111180000d2663C0091e4f400237545B87B996B");
        QCOMPARE(toHex(orderDigest(order, ProtocolVersion::V2, domain)),
                 std::string("0x2afca94626db91b2d556c351584a4cd93e13da32e377dc48c7983e43afa5ab47"));
    }

    /// V2 ignores the V1-only fields and V1 ignores the V2-only fields.
    void versionsIgnoreForeignFields()
    {
        OrderStruct a = v2Order(kKeyAddress, SignatureType::Eoa);
        OrderStruct b = a;
        b.nonce = polaris::UInt256(9);
        b.feeRateBps = polaris::UInt256(7);
        b.expiration = polaris::UInt256(50000);
        QCOMPARE(orderStructHash(a, ProtocolVersion::V2), orderStructHash(b, ProtocolVersion::V2));
        QVERIFY(orderStructHash(a, ProtocolVersion::V1) != orderStructHash(b, ProtocolVersion::V1));
        OrderStruct c = v1Order();
        OrderStruct d = c;
        d.timestamp = polaris::UInt256(1);
        d.metadata[0] = 1;
        QCOMPARE(orderStructHash(c, ProtocolVersion::V1), orderStructHash(d, ProtocolVersion::V1));
    }
};

QTEST_GUILESS_MAIN(TestOrderStruct)
#include "tst_orderstruct.moc"
