#include "SigningVectors.h"
#include "core/signing/OrderJson.h"
#include "core/signing/OrderSigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace signing_vectors;
using polaris::ErrorCode;

namespace {
const ApiCredentials kCredentials{"00000000-1111-2222-3333-444444444444",
                                  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "passphrase"};
const std::string kZero32 = "0x" + std::string(64, '0');

/// The §8.6 80002/V2 order with its published signature.
SignedOrder v2Signed()
{
    SignedOrder signedOrder;
    signedOrder.order = v2Order(kKeyAddress, SignatureType::Eoa);
    signedOrder.version = ProtocolVersion::V2;
    signedOrder.signature =
            "0x518472f1b081f6bd713d638bb11d1bf0720ed577e93c52eb00ec9f5f325f7d510c65cbf"
            "dfe9130de2602185f4a500863d777d8b838cb28abc75ecc1b5330315d1c";
    return signedOrder;
}
} // namespace

/// POST /order and /orders bodies: exact bytes, JSON types, key order, validation.
class TestOrderJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void v2BodyExactBytes()
    {
        const auto body = orderRequestBody(v2Signed(), kCredentials, OrderType::Gtc);
        QVERIFY(body.ok());
        const std::string expected =
                "{\"order\":{\"salt\":479249096354,\"maker\":"
                "\"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\","
                "\"signer\":\"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\",\"tokenId\":\"1234\","
                "\"makerAmount\":\"100000000\",\"takerAmount\":\"50000000\",\"side\":\"BUY\","
                "\"expiration\":\"0\","
                "\"signatureType\":0,\"timestamp\":\"1710000000000\",\"metadata\":\""
                + kZero32 + "\",\"builder\":\"" + kZero32
                + "\",\"signature\":"
                  "\"0x518472f1b081f6bd713d638bb11d1bf0720ed577e93c52eb00ec9f5f325f7d51"
                  "0c65cbfdfe9130de2602185f4a500863d777d8b838cb28abc75ecc1b5330315d1c\"},"
                  "\"owner\":\"00000000-1111-2222-3333-444444444444\",\"orderType\":\"GTC\","
                  "\"deferExec\":false,\"postOnly\":false}";
        QCOMPARE(body->toStdString(), expected);
    }

    void v2BodyTypes()
    {
        SignedOrder order = v2Signed();
        order.order.side = polaris::TradeSide::Sell;
        order.order.signatureType = SignatureType::PolyGnosisSafe;
        order.order.expiration = polaris::UInt256(1900000000);
        const auto body = orderRequestBody(order, kCredentials, OrderType::Gtd, {true, true});
        QVERIFY(body.ok());
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(*body, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject o = root.value(QStringLiteral("order")).toObject();
        QVERIFY(o.value(QStringLiteral("salt")).isDouble());
        QCOMPARE(o.value(QStringLiteral("salt")).toInteger(), 479249096354LL);
        QVERIFY(o.value(QStringLiteral("signatureType")).isDouble());
        QCOMPARE(o.value(QStringLiteral("signatureType")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("side")).toString(), QStringLiteral("SELL"));
        QCOMPARE(o.value(QStringLiteral("expiration")).toString(), QStringLiteral("1900000000"));
        for (const char* key : {"maker", "signer", "tokenId", "makerAmount", "takerAmount",
                                "expiration", "timestamp", "metadata", "builder", "signature"}) {
            QVERIFY2(o.value(QLatin1String(key)).isString(), key);
        }
        QCOMPARE(o.size(), 13);
        QVERIFY(!o.contains(QStringLiteral("taker")));
        QVERIFY(!o.contains(QStringLiteral("nonce")));
        QCOMPARE(root.value(QStringLiteral("orderType")).toString(), QStringLiteral("GTD"));
        QCOMPARE(root.value(QStringLiteral("postOnly")).toBool(), true);
        QCOMPARE(root.value(QStringLiteral("deferExec")).toBool(), true);
        QCOMPARE(root.size(), 5);
    }

    void v1Body()
    {
        SignedOrder order;
        order.order = v1Order();
        order.version = ProtocolVersion::V1;
        order.signature =
                "0x302cd9abd0b5fcaa202a344437ec0b6660da984e24ae9ad915a592a90facf5a51bb8a873c"
                "d8d270f070217fea1986531d5eec66f1162a81f66e026db653bf7ce1c";
        const auto body = orderRequestBody(order, kCredentials, OrderType::Fok);
        QVERIFY(body.ok());
        // Escaped literals, not raw strings: moc (Qt 6.4) mis-tokenises raw strings with
        // quotes inside and the class silently loses its moc output.
        const QByteArray head =
                "{\"order\":{\"salt\":479249096354,\"maker\":"
                "\"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\","
                "\"signer\":\"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\","
                "\"taker\":\"0x0000000000000000000000000000000000000000\",\"tokenId\":\"1234\","
                "\"makerAmount\":\"100000000\",\"takerAmount\":\"50000000\",\"expiration\":\"0\","
                "\"nonce\":\"0\","
                "\"feeRateBps\":\"100\",\"side\":\"BUY\",\"signatureType\":0,\"signature\":"
                "\"0x302cd9ab";
        const QByteArray tail = "\"orderType\":\"FOK\",\"deferExec\":false,\"postOnly\":false}";
        QVERIFY(body->startsWith(head));
        QVERIFY(body->endsWith(tail));
    }

    void batch()
    {
        const SignedOrder orders[] = {v2Signed(), v2Signed()};
        const auto body = ordersRequestBody(orders, kCredentials, OrderType::Fak);
        QVERIFY(body.ok());
        const QJsonArray array = QJsonDocument::fromJson(*body).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(1).toObject().value(QStringLiteral("orderType")).toString(),
                 QStringLiteral("FAK"));
        const auto single = orderRequestBody(v2Signed(), kCredentials, OrderType::Fak);
        QCOMPARE(*body, QByteArray("[") + *single + ',' + *single + ']');

        std::vector<SignedOrder> tooMany(16, v2Signed());
        QCOMPARE(ordersRequestBody(tooMany, kCredentials, OrderType::Gtc).error().detail,
                 std::string("batch of 16 orders; POST /orders takes 1 to 15"));
        QVERIFY(!ordersRequestBody({}, kCredentials, OrderType::Gtc).ok());
        std::vector<SignedOrder> oneBad(3, v2Signed());
        oneBad[2].signature.clear();
        QCOMPARE(ordersRequestBody(oneBad, kCredentials, OrderType::Gtc).error().detail,
                 std::string("order 2: order is not signed"));
    }

    void rejects_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("detail");
        QTest::newRow("gtd without expiration")
                << 0 << int(ErrorCode::MissingField) << "GTD order needs a non-zero expiration";
        QTest::newRow("gtc with expiration")
                << 1 << int(ErrorCode::InvalidFormat)
                << "GTC order must not carry an expiration (99); use GTD";
        QTest::newRow("post-only FOK") << 2 << int(ErrorCode::InvalidFormat)
                                       << "postOnly is only allowed for GTC and GTD, not FOK";
        QTest::newRow("unsigned") << 3 << int(ErrorCode::MissingField) << "order is not signed";
        QTest::newRow("no api key")
                << 4 << int(ErrorCode::MissingField) << "order owner: the API key is empty";
    }
    void rejects()
    {
        QFETCH(int, variant);
        QFETCH(int, code);
        QFETCH(QString, detail);
        SignedOrder order = v2Signed();
        ApiCredentials credentials = kCredentials;
        OrderType type = OrderType::Gtc;
        PostOptions options;
        switch (variant) {
        case 0:
            type = OrderType::Gtd;
            break;
        case 1:
            order.order.expiration = polaris::UInt256(99);
            break;
        case 2:
            type = OrderType::Fok;
            options.postOnly = true;
            break;
        case 3:
            order.signature = "0x";
            break;
        case 4:
            credentials.apiKey.clear();
            break;
        default:
            break;
        }
        const auto body = orderRequestBody(order, credentials, type, options);
        QVERIFY(!body.ok());
        QCOMPARE(int(body.error().code), code);
        QCOMPARE(QString::fromStdString(body.error().detail), detail);
    }

    void escapesOwner()
    {
        ApiCredentials credentials = kCredentials;
        credentials.apiKey = "a\"b\\c\n";
        const auto body = orderRequestBody(v2Signed(), credentials, OrderType::Gtc);
        QVERIFY(body.ok());
        // An escaped literal, not a raw string: moc mis-reads raw strings holding escaped quotes.
        QVERIFY(body->contains("\"owner\":\"a\\\"b\\\\c\\u000a\""));
        QCOMPARE(QJsonDocument::fromJson(*body).object().value(QStringLiteral("owner")).toString(),
                 QStringLiteral("a\"b\\c\n"));
    }
};

QTEST_GUILESS_MAIN(TestOrderJson)
#include "tst_orderjson.moc"
