#include "SigningVectors.h"
#include "core/signing/ClobAuth.h"
#include "core/signing/L2Auth.h"
#include "core/signing/OrderJson.h"
#include "core/signing/OrderSigner.h"

#include <QTest>

using namespace signing_vectors;
using polaris::Decimal;

namespace {
// A distinctive API secret (base64 of "secret-secret-secret-secret-secr"): it must not leak either.
constexpr char kApiSecret[] = "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3I=";
constexpr char kDigits[] = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
} // namespace

/// The private key (and the API secret) never appears in anything core/signing produces: bodies,
/// headers, signatures, error messages (including errors about the key itself).
class TestKeyLeak : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noOutputContainsTheKey()
    {
        const auto key = PrivateKey::fromHex(kKeyHex);
        QVERIFY(key.ok());
        QStringList outputs;
        const auto add = [&outputs](const std::string& text) {
            outputs.append(QString::fromStdString(text));
        };
        const auto addBytes = [&outputs](const QByteArray& bytes) {
            outputs.append(QString::fromUtf8(bytes));
        };

        // Orders of every signature type and version, serialised.
        const ApiCredentials credentials{"00000000-1111-2222-3333-444444444444", kApiSecret,
                                         "pass"};
        for (const auto version : {ProtocolVersion::V1, ProtocolVersion::V2, ProtocolVersion::V3}) {
            for (const auto type : {SignatureType::Eoa, SignatureType::PolyProxy,
                                    SignatureType::PolyGnosisSafe, SignatureType::Poly1271}) {
                OrderRequest request;
                request.tokenId = "1234";
                request.price = *Decimal::parse("0.5");
                request.quantity = Decimal::fromInt(10);
                request.tickSize = *Decimal::parse("0.01");
                request.signatureType = type;
                if (type != SignatureType::Eoa) {
                    request.funder = addr("0x1111111111111111111111111111111111111111");
                }
                const auto built =
                        buildSignedOrder(request, *key, ExchangeConfig::polygon(version));
                if (!built) {
                    add(built.error().detail); // V1 + POLY_1271
                    continue;
                }
                add(built->signature);
                add(toHex(built->orderHash));
                addBytes(*orderRequestBody(*built, credentials, OrderType::Gtc));
                const SignedOrder batch[] = {*built};
                addBytes(*ordersRequestBody(batch, credentials, OrderType::Fok));
            }
        }
        // Auth headers (kept in locals: a range-for over *temporary would dangle).
        const auto l1 = l1Headers(*key, 137, 1700000000);
        const auto l2 = l2Headers(credentials, key->address(), 1700000000, "POST", "/order", "{}");
        QVERIFY(l1.ok() && l2.ok());
        for (const auto& headers : {*l1, *l2}) {
            for (const auto& [name, value] : headers) {
                addBytes(name + ": " + value);
            }
        }
        // Errors, including ones about malformed copies of the key.
        const std::string digits = kDigits;
        for (const std::string& bad :
             {digits + "0", digits + "00", digits.substr(0, 62), "0x" + digits.substr(1),
              "g" + digits.substr(1), digits.substr(0, 30) + " " + digits.substr(31),
              std::string(64, '0'), "0x" + digits + digits}) {
            const auto parsed = PrivateKey::fromHex(bad);
            QVERIFY(!parsed.ok());
            add(parsed.error().detail);
        }
        // A key pasted into an address or token id field.
        for (const std::string& misplaced : {digits, "0x" + digits}) {
            add(Address::fromHex(misplaced).error().detail);
            OrderRequest request;
            request.tokenId = misplaced;
            add(buildSignedOrder(request, *key, ExchangeConfig::polygon(ProtocolVersion::V2))
                        .error()
                        .detail);
        }
        const auto wrongSigner =
                signOrder(v2Order("0x1111111111111111111111111111111111111111", SignatureType::Eoa),
                          ProtocolVersion::V2,
                          ExchangeConfig::polygon(ProtocolVersion::V2).domain(false), *key);
        add(wrongSigner.error().detail);
        add(l2Signature(std::string(kDigits) + "!", "1", "GET", "/", "").error().detail);

        QVERIFY(outputs.size() > 30);
        const QString full = QString::fromLatin1(kDigits);
        const QByteArray keyBytes = QByteArray::fromHex(kDigits);
        const QStringList needles = {
                full,
                full.toUpper(),
                full.left(16),
                full.mid(24, 16),
                full.right(16),
                QString::fromLatin1(keyBytes.toBase64()),
                QString::fromLatin1(keyBytes.toBase64(QByteArray::Base64UrlEncoding)),
                QString::fromLatin1(kApiSecret).left(24)};
        for (const QString& output : outputs) {
            for (const QString& needle : needles) {
                QVERIFY2(!output.contains(needle, Qt::CaseInsensitive),
                         qPrintable(QStringLiteral("leaked in: ") + output.left(120)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestKeyLeak)
#include "tst_keyleak.moc"
