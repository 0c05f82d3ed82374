#include "SigningVectors.h"
#include "core/signing/OrderSigner.h"

#include <QTest>

using namespace signing_vectors;

Q_DECLARE_METATYPE(polaris::signing::Eip712Domain)

/// Order signatures: spec §8.4 (V1), §8.5 (V2 POLY_1271), §8.6 (V2/V3 EOA).
class TestOrderSigner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(PrivateKey::fromHex(kKeyHex).ok()); }

    void eoaSignatures_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<Eip712Domain>("domain");
        QTest::addColumn<QString>("signature");
        QTest::newRow("8.4 V1 CTF")
                << 1 << exchangeDomain("1", 80002, "0xdFE02Eb6733538f8Ea35D585af8DE5958AD99E40")
                << "0x302cd9abd0b5fcaa202a344437ec0b6660da984e24ae9ad915a592a90facf5a51bb8a873cd8d"
                   "270f070217fea1986531d5eec66f1162a81f66e026db653bf7ce1c";
        QTest::newRow("8.4 V1 NegRisk")
                << 1 << exchangeDomain("1", 80002, "0xC5d563A36AE78145C45a50134d48A1215220f80a")
                << "0x1b3646ef347e5bd144c65bd3357ba19c12c12abaeedae733cf8579bc51a2752c0454c3bc6b23"
                   "6957e393637982c769b8dc0706c0f5c399983d933850afd1cbcd1c";
        QTest::newRow("8.6 80002 V2")
                << 2 << exchangeDomain("2", 80002, "0xE111180000d2663C0091e4f400237545B87B996B")
                << "0x518472f1b081f6bd713d638bb11d1bf0720ed577e93c52eb00ec9f5f325f7d510c65cbfdfe91"
                   "30de2602185f4a500863d777d8b838cb28abc75ecc1b5330315d1c";
        QTest::newRow("8.6 137 V2")
                << 2 << exchangeDomain("2", 137, "0xE111180000d2663C0091e4f400237545B87B996B")
                << "0x42c7b4857d51e344045fcfde17b37cf1290d784471ffe618c22aa56ea5ddcf0009015b87ffb2"
                   "99813f5597e86d4ad56f40d634558d915edb719e6fc71dbc0d891c";
        QTest::newRow("8.6 137 V2 NR")
                << 2 << exchangeDomain("2", 137, "0xe2222d279d744050d28e00520010520000310F59")
                << "0x79d82a92bd020329c6b9afad40b742c8cfaebdd992219b57e4282b6cfd53a66f2c97471d3297"
                   "fa001f3eac2ead5f709c6e266893f19cef37633511420542a63b1b";
        QTest::newRow("8.6 80002 V3")
                << 3 << exchangeDomain("3", 80002, "0x9fE6e61422AdB6F610d8597F9684b16912D50C3D")
                << "0x29ab1ebfd5bd2910e7d090a5dbd9f0f718f762c63c16978c2e660e812337d5e162b0cd020d3b"
                   "9b7280a5ef59db4305abca497a53badecb463b1be31605da0b801c";
    }
    void eoaSignatures()
    {
        QFETCH(int, version);
        QFETCH(Eip712Domain, domain);
        QFETCH(QString, signature);
        const auto protocol = static_cast<ProtocolVersion>(version);
        const OrderStruct order = protocol == ProtocolVersion::V1
                                          ? v1Order()
                                          : v2Order(kKeyAddress, SignatureType::Eoa);
        const auto key = PrivateKey::fromHex(kKeyHex);
        const auto signed_ = signOrder(order, protocol, domain, *key);
        QVERIFY(signed_.ok());
        QCOMPARE(QString::fromStdString(toHex(signed_->bytes)), signature);
        QCOMPARE(signed_->orderHash, orderDigest(order, protocol, domain));
        // Recovering from the order hash gives back the signer.
        const auto parsed = Signature::fromBytes(signed_->bytes);
        QCOMPARE(recoverAddress(signed_->orderHash, *parsed)->toChecksumHex(),
                 std::string(kKeyAddress));
    }

    void poly1271Signature()
    {
        const OrderStruct order =
                v2Order("0x1111111111111111111111111111111111111111", SignatureType::Poly1271);
        const Eip712Domain domain =
                exchangeDomain("2", 80002, "0xE111180000d2663C0091e4f400237545B87B996B");
        const auto key = PrivateKey::fromHex(kKeyHex);
        const auto signed_ = signOrder(order, ProtocolVersion::V2, domain, *key);
        QVERIFY2(signed_.ok(), signed_.ok() ? "" : signed_.error().detail.c_str());
        const std::string expected =
                "0xa3a093c83b6c20c83355c16ce94c92e6e9fcbdeb840618cc74f6c57a42ad145b2b98db73d2c73cbf"
                "1f2b6af288566ae81960ddbc3a13921027358a8bff3be6ff1c"
                "a440cbd865bc0c6243d7a8df9a8bf48a8827b0a4abbb61c30e96d305423af148"
                "d23d42d3ad94e65d78258cecaf8dcbaddac0f73dc085040f2c12bb595dd83804"
                "4f726465722875696e743235362073616c742c61646472657373206d616b65722c6164647265737320"
                "73"
                "69676e65722c75696e7432353620746f6b656e49642c75696e74323536206d616b6572416d6f756e74"
                "2c"
                "75696e743235362074616b6572416d6f756e742c75696e743820736964652c75696e7438207369676e"
                "61"
                "74757265547970652c75696e743235362074696d657374616d702c62797465733332206d6574616461"
                "74"
                "612c62797465733332206275696c64657229"
                "00ba";
        QCOMPARE(toHex(signed_->bytes), expected);
        QCOMPARE(signed_->bytes.size(), std::size_t(65 + 32 + 32 + 186 + 2));
        QCOMPARE(toHex(signed_->orderHash),
                 std::string("0x2afca94626db91b2d556c351584a4cd93e13da32e377dc48c7983e43afa5ab47"));
        // The inner signature recovers to the owner EOA over the TypedDataSign digest.
        const auto inner = Signature::fromBytes(
                std::span<const std::uint8_t>(signed_->bytes.data(), Signature::kSize));
        QCOMPARE(recoverAddress(poly1271Digest(order, domain), *inner)->toChecksumHex(),
                 std::string(kKeyAddress));
    }

    void rejectsWrongSigner()
    {
        OrderStruct order =
                v2Order("0x1111111111111111111111111111111111111111", SignatureType::Eoa);
        const auto key = PrivateKey::fromHex(kKeyHex);
        const auto result = signOrder(
                order, ProtocolVersion::V2,
                exchangeDomain("2", 137, "0xE111180000d2663C0091e4f400237545B87B996B"), *key);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().detail,
                 std::string("order signer 0x1111111111111111111111111111111111111111 is not the "
                             "signing key's address 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
    }

    void rejectsPoly1271OnV1()
    {
        OrderStruct order = v1Order();
        order.signatureType = SignatureType::Poly1271;
        const auto key = PrivateKey::fromHex(kKeyHex);
        const auto result = signOrder(
                order, ProtocolVersion::V1,
                exchangeDomain("1", 137, "0x4bFb41d5B3570DeFd03C39a9A4D8dE6Bd8B8982E"), *key);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().detail,
                 std::string("signature type POLY_1271 is not supported for V1 orders"));
    }
};

QTEST_GUILESS_MAIN(TestOrderSigner)
#include "tst_ordersigner.moc"
