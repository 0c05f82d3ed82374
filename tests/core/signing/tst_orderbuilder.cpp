#include "SigningVectors.h"
#include "core/signing/OrderBuilder.h"
#include "core/signing/OrderSigner.h"

#include <QTest>

using namespace signing_vectors;
using polaris::Decimal;
using polaris::ErrorCode;
using polaris::TradeSide;

namespace {
const char kFunder[] = "0x1111111111111111111111111111111111111111";
const char kToken[] =
        "104239898038807136052399800151408521467737075933964991162589336683346093173875";

OrderRequest limitBuy()
{
    OrderRequest request;
    request.tokenId = kToken;
    request.side = TradeSide::Buy;
    request.price = *Decimal::parse("0.56");
    request.quantity = *Decimal::parse("21.04");
    request.tickSize = *Decimal::parse("0.01");
    request.salt = 479249096354ULL;
    request.timestampMs = 1710000000000LL;
    return request;
}

Address recoveredSigner(const SignedOrder& order)
{
    const auto signature = Signature::fromHex(order.signature.substr(0, 2 + 130));
    return *recoverAddress(order.orderHash, *signature);
}
} // namespace

/// buildSignedOrder: request → amounts → struct → contract choice → signature.
class TestOrderBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void limitBuyV2()
    {
        const auto key = PrivateKey::fromHex(kKeyHex);
        const ExchangeConfig exchange = ExchangeConfig::polygon(ProtocolVersion::V2);
        const auto built = buildSignedOrder(limitBuy(), *key, exchange);
        QVERIFY2(built.ok(), built.ok() ? "" : built.error().detail.c_str());
        const OrderStruct& order = built->order;
        QCOMPARE(order.maker.toChecksumHex(), std::string(kKeyAddress));
        QCOMPARE(order.signer, order.maker);
        QCOMPARE(order.tokenId.toDecimal(), std::string(kToken));
        QCOMPARE(order.makerAmount.toDecimal(), std::string("11782400"));
        QCOMPARE(order.takerAmount.toDecimal(), std::string("21040000"));
        QCOMPARE(order.salt.toDecimal(), std::string("479249096354"));
        QCOMPARE(order.timestamp.toDecimal(), std::string("1710000000000"));
        QVERIFY(order.nonce.isZero());
        QCOMPARE(built->version, ProtocolVersion::V2);
        QCOMPARE(built->orderHash, orderDigest(order, ProtocolVersion::V2, exchange.domain(false)));
        QCOMPARE(built->signature.size(), std::size_t(132));
        QCOMPARE(recoveredSigner(*built).toChecksumHex(), std::string(kKeyAddress));
        // Same inputs, same bytes (salt and clock injected).
        QCOMPARE(buildSignedOrder(limitBuy(), *key, exchange)->signature, built->signature);
    }

    void negRiskSelectsContract()
    {
        const auto key = PrivateKey::fromHex(kKeyHex);
        OrderRequest request = limitBuy();
        request.negRisk = true;
        const ExchangeConfig v2 = ExchangeConfig::polygon(ProtocolVersion::V2);
        const auto built = buildSignedOrder(request, *key, v2);
        QVERIFY(built.ok());
        QCOMPARE(v2.domain(true).verifyingContract->toChecksumHex(),
                 std::string("0xe2222d279d744050d28e00520010520000310F59"));
        QCOMPARE(built->orderHash, orderDigest(built->order, ProtocolVersion::V2, v2.domain(true)));
        QVERIFY(built->orderHash != buildSignedOrder(limitBuy(), *key, v2)->orderHash);
        // V3: one contract, domain "3", neg-risk or not.
        const ExchangeConfig v3 = ExchangeConfig::polygon(ProtocolVersion::V3);
        const auto v3NegRisk = buildSignedOrder(request, *key, v3);
        const auto v3Standard = buildSignedOrder(limitBuy(), *key, v3);
        QCOMPARE(v3NegRisk->orderHash, v3Standard->orderHash);
        QCOMPARE(v3NegRisk->orderHash,
                 orderDigest(v3NegRisk->order, ProtocolVersion::V3, v3.domain(false)));
        QVERIFY(v3NegRisk->orderHash != built->orderHash);
    }

    void v1CarriesNonceAndFee()
    {
        const auto key = PrivateKey::fromHex(kKeyHex);
        OrderRequest request = limitBuy();
        request.side = TradeSide::Sell;
        request.nonce = 123;
        request.feeRateBps = 111;
        request.expiration = 50000;
        const ExchangeConfig v1 = ExchangeConfig::amoy(ProtocolVersion::V1);
        const auto built = buildSignedOrder(request, *key, v1);
        QVERIFY(built.ok());
        QCOMPARE(built->order.nonce.toDecimal(), std::string("123"));
        QCOMPARE(built->order.feeRateBps.toDecimal(), std::string("111"));
        QCOMPARE(built->order.expiration.toDecimal(), std::string("50000"));
        QVERIFY(built->order.timestamp.isZero());
        QCOMPARE(built->order.makerAmount.toDecimal(), std::string("21040000"));
        QCOMPARE(built->order.takerAmount.toDecimal(), std::string("11782400"));
        QCOMPARE(built->orderHash,
                 orderDigest(built->order, ProtocolVersion::V1, v1.domain(false)));
        QCOMPARE(recoveredSigner(*built).toChecksumHex(), std::string(kKeyAddress));
    }

    void marketOrder()
    {
        const auto key = PrivateKey::fromHex(kKeyHex);
        OrderRequest request = limitBuy();
        request.kind = OrderKind::Market;
        request.quantity = Decimal::fromInt(100);
        const auto built =
                buildSignedOrder(request, *key, ExchangeConfig::polygon(ProtocolVersion::V2));
        QVERIFY(built.ok());
        QCOMPARE(built->order.makerAmount.toDecimal(), std::string("100000000"));
        QCOMPARE(built->order.takerAmount.toDecimal(), std::string("178571400"));
    }

    void proxyAndSafeUseFunderAsMaker_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("proxy") << int(SignatureType::PolyProxy);
        QTest::newRow("safe") << int(SignatureType::PolyGnosisSafe);
    }
    void proxyAndSafeUseFunderAsMaker()
    {
        QFETCH(int, type);
        const auto key = PrivateKey::fromHex(kKeyHex);
        OrderRequest request = limitBuy();
        request.signatureType = static_cast<SignatureType>(type);
        request.funder = addr(kFunder);
        const auto built =
                buildSignedOrder(request, *key, ExchangeConfig::polygon(ProtocolVersion::V2));
        QVERIFY(built.ok());
        QCOMPARE(built->order.maker, addr(kFunder));
        QCOMPARE(built->order.signer.toChecksumHex(), std::string(kKeyAddress));
        QCOMPARE(int(built->order.signatureType), type);
        QCOMPARE(recoveredSigner(*built).toChecksumHex(), std::string(kKeyAddress));
    }

    void poly1271()
    {
        const auto key = PrivateKey::fromHex(kKeyHex);
        OrderRequest request = limitBuy();
        request.signatureType = SignatureType::Poly1271;
        request.funder = addr(kFunder);
        const ExchangeConfig v2 = ExchangeConfig::amoy(ProtocolVersion::V2);
        const auto built = buildSignedOrder(request, *key, v2);
        QVERIFY(built.ok());
        QCOMPARE(built->order.maker, addr(kFunder));
        QCOMPARE(built->order.signer, addr(kFunder));
        QCOMPARE(built->signature.size(), std::size_t(2 + 2 * (65 + 32 + 32 + 186 + 2)));
        QVERIFY(built->signature.ends_with("00ba"));
        const auto v1 = buildSignedOrder(request, *key, ExchangeConfig::amoy(ProtocolVersion::V1));
        QVERIFY(!v1.ok());
        QCOMPARE(v1.error().detail,
                 std::string("signature type POLY_1271 is not supported for V1 orders"));
    }

    void rejects_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("detailPart");
        QTest::newRow("eoa with foreign funder")
                << 0 << int(ErrorCode::InvalidFormat) << "differs from the key's address";
        QTest::newRow("proxy without funder") << 1 << int(ErrorCode::MissingField)
                                              << "funder (proxy or safe address) is required";
        QTest::newRow("1271 without funder") << 2 << int(ErrorCode::MissingField)
                                             << "funder (deposit wallet address) is required";
        QTest::newRow("token not a number")
                << 3 << int(ErrorCode::InvalidFormat)
                << "tokenId (5 characters, not all decimal digits) is not a non-zero uint256";
        QTest::newRow("token zero")
                << 4 << int(ErrorCode::InvalidFormat) << "tokenId '0' is not a non-zero uint256";
        QTest::newRow("salt too big")
                << 5 << int(ErrorCode::OutOfRange) << "salt 9007199254740992 exceeds 2^53-1";
        QTest::newRow("off-tick price") << 6 << int(ErrorCode::OutOfRange)
                                        << "price 0.565 is not a multiple of the tick size 0.01";
        QTest::newRow("negative timestamp")
                << 7 << int(ErrorCode::OutOfRange) << "timestampMs -1 is not positive";
    }
    void rejects()
    {
        QFETCH(int, variant);
        QFETCH(int, code);
        QFETCH(QString, detailPart);
        OrderRequest request = limitBuy();
        switch (variant) {
        case 0:
            request.funder = addr(kFunder);
            break;
        case 1:
            request.signatureType = SignatureType::PolyProxy;
            break;
        case 2:
            request.signatureType = SignatureType::Poly1271;
            break;
        case 3:
            request.tokenId = "0xabc";
            break;
        case 4:
            request.tokenId = "0";
            break;
        case 5:
            request.salt = 9007199254740992ULL;
            break;
        case 6:
            request.price = *Decimal::parse("0.565");
            break;
        case 7:
            request.timestampMs = -1;
            break;
        default:
            break;
        }
        const auto key = PrivateKey::fromHex(kKeyHex);
        const auto built =
                buildSignedOrder(request, *key, ExchangeConfig::polygon(ProtocolVersion::V2));
        QVERIFY(!built.ok());
        QCOMPARE(int(built.error().code), code);
        QVERIFY2(QString::fromStdString(built.error().detail).contains(detailPart),
                 built.error().detail.c_str());
    }

    void defaultSaltAndClock()
    {
        const auto key = PrivateKey::fromHex(kKeyHex);
        OrderRequest request = limitBuy();
        request.salt.reset();
        request.timestampMs.reset();
        const auto exchange = ExchangeConfig::polygon(ProtocolVersion::V2);
        const auto a = buildSignedOrder(request, *key, exchange);
        const auto b = buildSignedOrder(request, *key, exchange);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->order.salt != b->order.salt); // 1 in 2^53 chance of a false failure
        QVERIFY(a->order.salt < polaris::UInt256(std::uint64_t{1} << 53));
        QVERIFY(!a->order.salt.isZero());
        QVERIFY(a->order.timestamp > polaris::UInt256(1700000000000ULL));
    }
};

QTEST_GUILESS_MAIN(TestOrderBuilder)
#include "tst_orderbuilder.moc"
