#include "core/signing/L2Auth.h"

#include <QTest>

using namespace polaris::signing;

namespace {
const Address kSigner = *Address::fromHex("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
} // namespace

/// Spec §8.3 (L2 HMAC) and the L2 header set.
class TestL2Auth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void upstreamVector()
    {
        const auto signature =
                l2Signature("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "1000000", "test-sign",
                            "/orders", R"({"hash": "0x123"})");
        QVERIFY(signature.ok());
        QCOMPARE(*signature, std::string("ZwAdJKvoYRlEKDkNMwd5BuwNNtg93kNaR_oU2HrfVvc="));
    }

    void secretAlphabets()
    {
        // The same key bytes written URL-safe without padding, and standard with padding.
        const auto urlSafe =
                l2Signature("-_-_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "1", "GET", "/x", "");
        const auto standard =
                l2Signature("+/+/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "1", "GET", "/x", "");
        QVERIFY(urlSafe.ok());
        QVERIFY(standard.ok());
        QCOMPARE(*urlSafe, *standard);
        // The output alphabet is URL-safe with '=' kept.
        QVERIFY(urlSafe->find('+') == std::string::npos);
        QVERIFY(urlSafe->find('/') == std::string::npos);
        QCOMPARE(urlSafe->back(), '=');
    }

    void rejectsBadSecret()
    {
        const auto bad = l2Signature("not*base64!", "1", "GET", "/x", "");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().detail, std::string("API secret is not valid base64 (length 11)"));
        QVERIFY(!l2Signature("", "1", "GET", "/x", "").ok());
    }

    void headers()
    {
        const ApiCredentials credentials{"00000000-1111-2222-3333-444444444444",
                                         "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "pass"};
        const QByteArray body(R"({"hash": "0x123"})");
        const auto headers = l2Headers(credentials, kSigner, 1000000, "test-sign", "/orders", body);
        QVERIFY(headers.ok());
        QCOMPARE(headers->size(), 5);
        QCOMPARE(headers->at(0),
                 std::make_pair(QByteArray("POLY_ADDRESS"),
                                QByteArray("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")));
        QCOMPARE(headers->at(1),
                 std::make_pair(QByteArray("POLY_SIGNATURE"),
                                QByteArray("ZwAdJKvoYRlEKDkNMwd5BuwNNtg93kNaR_oU2HrfVvc=")));
        QCOMPARE(headers->at(2),
                 std::make_pair(QByteArray("POLY_TIMESTAMP"), QByteArray("1000000")));
        QCOMPARE(headers->at(3),
                 std::make_pair(QByteArray("POLY_API_KEY"),
                                QByteArray("00000000-1111-2222-3333-444444444444")));
        QCOMPARE(headers->at(4), std::make_pair(QByteArray("POLY_PASSPHRASE"), QByteArray("pass")));
        // No body signs the same as an empty body (S2: None and "" agree).
        const auto noBody = l2Headers(credentials, kSigner, 5, "GET", "/data/orders");
        const auto emptyBody =
                l2Headers(credentials, kSigner, 5, "GET", "/data/orders", QByteArray(""));
        QCOMPARE(noBody->at(1).second, emptyBody->at(1).second);
    }

    void rejectsBadRequests_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<qint64>("timestamp");
        QTest::addColumn<QString>("detailPart");
        QTest::newRow("query string")
                << "GET"
                << "/data/orders?market=0x1" << qint64(5) << "contains a query string";
        QTest::newRow("relative path") << "GET"
                                       << "data/orders" << qint64(5) << "must start with '/'";
        QTest::newRow("no method") << ""
                                   << "/order" << qint64(5) << "method must be non-empty";
        QTest::newRow("zero time") << "POST"
                                   << "/order" << qint64(0) << "timestamp 0 is not positive";
    }
    void rejectsBadRequests()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(qint64, timestamp);
        QFETCH(QString, detailPart);
        const ApiCredentials credentials{"k", "AAAA", "p"};
        const auto headers = l2Headers(credentials, kSigner, timestamp, method.toStdString(),
                                       path.toStdString());
        QVERIFY(!headers.ok());
        QVERIFY2(QString::fromStdString(headers.error().detail).contains(detailPart),
                 headers.error().detail.c_str());
        const ApiCredentials noKey{"", "AAAA", "p"};
        QCOMPARE(l2Headers(noKey, kSigner, 5, "GET", "/x").error().code,
                 polaris::ErrorCode::MissingField);
    }
};

QTEST_GUILESS_MAIN(TestL2Auth)
#include "tst_l2auth.moc"
