#include "tests/core/sim/TradingTestSupport.h"

#include <QTest>

using namespace polaris;
using namespace polaris::sim;
using namespace polaris::sim::test;

/// L1 credentials and L2 request authentication of the simulator over real sockets, signed by
/// our own core/signing code with the spec §8 test key.
class TestSimAuth : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimServer> m_server;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = startServer();
        QVERIFY(m_server);
    }

    void createAndDeriveGiveTheSameCredentials()
    {
        TradingClient client(m_server->httpUrl());
        const Reply created = client.login(7);
        QCOMPARE(created.status, 200);
        const QJsonObject c = object(created.body);
        QCOMPARE(c.size(), 3);
        QCOMPARE(str(c, "apiKey").size(), 36); // uuid
        QCOMPARE(str(c, "apiKey")[8], QLatin1Char('-'));
        QVERIFY(!QByteArray::fromBase64(str(c, "secret").toLatin1(), QByteArray::Base64UrlEncoding)
                         .isEmpty());
        QCOMPARE(str(c, "passphrase").size(), 64);

        const Reply derived = client.l1("GET", QStringLiteral("/auth/derive-api-key"), 7);
        QCOMPARE(derived.status, 200);
        QCOMPARE(object(derived.body), c);
        const Reply other = client.l1("GET", QStringLiteral("/auth/derive-api-key"), 8);
        QCOMPARE(other.status, 200);
        QVERIFY(str(object(other.body), "apiKey") != str(c, "apiKey"));
        // The key belongs to the EOA that signed ClobAuth.
        const SimApiKey* key = m_server->exchange().accounts().find(str(c, "apiKey").toStdString());
        QVERIFY(key);
        QCOMPARE(QString::fromStdString(key->address.toChecksumHex()),
                 QLatin1String(signing_vectors::kKeyAddress));
        QCOMPARE(key->nonce, std::string("7"));
    }

    void badL1HeadersAreRefused()
    {
        TradingClient client(m_server->httpUrl());
        auto headers = *signing::l1Headers(client.key(), signing::kPolygonChainId,
                                           QDateTime::currentSecsSinceEpoch(), UInt256(0));
        // Claim another address with the test key's signature.
        signing::HeaderList wrongAddress = headers;
        wrongAddress[0].second = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
        Reply r = client.send("POST", QStringLiteral("/auth/api-key"), wrongAddress);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.body, QByteArray("{\"error\":\"Invalid L1 Request headers\"}"));
        // Signed for another nonce than the one sent.
        signing::HeaderList wrongNonce = headers;
        wrongNonce[3].second = "1";
        QCOMPARE(client.send("POST", QStringLiteral("/auth/api-key"), wrongNonce).status, 401);
        // Signed for the Amoy chain: the simulator is Polygon.
        auto amoy = *signing::l1Headers(client.key(), signing::kAmoyChainId,
                                        QDateTime::currentSecsSinceEpoch(), UInt256(0));
        QCOMPARE(client.send("GET", QStringLiteral("/auth/derive-api-key"), amoy).status, 401);
        QCOMPARE(client.send("GET", QStringLiteral("/auth/derive-api-key"), {}).status, 401);
    }

    void l2AcceptsAValidSignatureAndRefusesBadOnes()
    {
        TradingClient client(m_server->httpUrl());
        QCOMPARE(client.login().status, 200);
        const Reply keys = client.l2("GET", QStringLiteral("/auth/api-keys"));
        QCOMPARE(keys.status, 200);
        QVERIFY(object(keys.body)
                        .value(QLatin1String("apiKeys"))
                        .toArray()
                        .contains(QString::fromStdString(client.credentials().apiKey)));
        // Query strings are not signed (spec §3.2).
        QCOMPARE(client.l2("GET", QStringLiteral("/data/orders?market=0x12&next_cursor=MA=="))
                         .status,
                 200);
        const Reply balance =
                client.l2("GET", QStringLiteral("/balance-allowance?asset_type=COLLATERAL"));
        QCOMPARE(balance.status, 200);
        QCOMPARE(str(object(balance.body), "balance"),
                 QLatin1String("10000000000")); // 10,000.000000
        QCOMPARE(object(balance.body).value(QLatin1String("allowances")).toObject().size(), 3);
    }

    void l2RefusalsAnswer401()
    {
        TradingClient client(m_server->httpUrl());
        QCOMPARE(client.login().status, 200);
        const QByteArray unauthorized("{\"error\":\"Unauthorized/Invalid api key\"}");
        const auto headersFor = [&](const signing::ApiCredentials& c, const QByteArray& method,
                                    const char* path, const QByteArray& body) {
            return *signing::l2Headers(c, client.address(), QDateTime::currentSecsSinceEpoch(),
                                       method.toStdString(), path, body);
        };
        // HMAC over another body than the one sent.
        auto headers = headersFor(client.credentials(), "DELETE", "/cancel-all", "{}");
        Reply r = client.send("DELETE", QStringLiteral("/cancel-all"), headers, "{ }");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.body, unauthorized);
        // Wrong secret (a valid base64 one).
        signing::ApiCredentials wrongSecret = client.credentials();
        wrongSecret.secret = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
        QCOMPARE(client.send("GET", QStringLiteral("/data/orders"),
                             headersFor(wrongSecret, "GET", "/data/orders", {}))
                         .status,
                 401);
        // Wrong passphrase, unknown key, other address.
        signing::ApiCredentials wrongPass = client.credentials();
        wrongPass.passphrase = "nope";
        QCOMPARE(client.send("GET", QStringLiteral("/data/orders"),
                             headersFor(wrongPass, "GET", "/data/orders", {}))
                         .status,
                 401);
        signing::ApiCredentials unknown = client.credentials();
        unknown.apiKey = "00000000-0000-4000-8000-000000000000";
        QCOMPARE(client.send("GET", QStringLiteral("/data/orders"),
                             headersFor(unknown, "GET", "/data/orders", {}))
                         .status,
                 401);
        auto otherAddress = headersFor(client.credentials(), "GET", "/data/orders", {});
        otherAddress[0].second = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
        QCOMPARE(client.send("GET", QStringLiteral("/data/orders"), otherAddress).status, 401);
        // Signed for another path.
        QCOMPARE(client.send("GET", QStringLiteral("/data/trades"),
                             headersFor(client.credentials(), "GET", "/data/orders", {}))
                         .status,
                 401);
        // Public endpoints need no auth.
        QCOMPARE(client.send("GET", QStringLiteral("/version"), {}).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSimAuth)
#include "tst_simauth.moc"
