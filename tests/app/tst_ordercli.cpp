#include "core/secrets/KeychainSecretStore.h"
#include "core/signing/ExchangeConfig.h"
#include "core/signing/OrderStruct.h"
#include "core/signing/Signature.h"
#include "tests/app/CliHarness.h"

#include <QCoreApplication>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace polaris;
using namespace polaris::signing;
using namespace polaris::test;

namespace {

/// Spec §8: the Hardhat account #0 key every Polymarket test uses, and its address.
const QByteArray kKeyDigits = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const QString kKeyAddress = QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
const QString kTokenId = QStringLiteral(
        "71321045679252212594626385532706912750332728571942532289631379312455583992563");

UInt256 uint256(const QJsonValue& value)
{
    if (value.isDouble()) {
        return UInt256(static_cast<std::uint64_t>(value.toInteger()));
    }
    return *UInt256::fromDecimal(value.toString().toStdString());
}

/// Command-line words of `text` (no quoting: no value here contains a space).
QStringList argv(const QString& text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

/// The start of every successful command line.
QStringList dryRun()
{
    return argv(QStringLiteral("order --dry-run --token-id ") + kTokenId);
}

Address address(const QJsonValue& value)
{
    return *Address::fromHex(value.toString().toStdString());
}

} // namespace

/// `polaris-arb order --dry-run` end to end: the real binary, a real key file, and the body's
/// signature checked by recovering the signer over a digest recomputed here from the body.
class TstOrderCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_keyFile;

    Run arb(const QStringList& arguments, const QProcessEnvironment& environment)
    {
        Run run = runProcess(QString::fromLocal8Bit(qgetenv("POLARIS_BIN_DIR"))
                                     + QStringLiteral("/arb/polaris-arb"),
                             arguments, environment, 30'000);
        // Whatever happened, the key never appears in the output, in any spelling.
        for (const QByteArray& stream : {run.out, run.err}) {
            const QByteArray lower = stream.toLower();
            if (lower.contains(kKeyDigits) || lower.contains(kKeyDigits.mid(20, 16))
                || stream.contains(QByteArray::fromHex(kKeyDigits).toBase64())) {
                qWarning("private key found in polaris-arb output");
                run.exitCode = -100;
            }
        }
        return run;
    }
    Run arb(const QStringList& arguments) { return arb(arguments, m_env); }

    /// A dry run that must succeed; returns the parsed body.
    QJsonObject body(const QStringList& extra, QByteArray* err = nullptr)
    {
        const Run run = arb(dryRun() + extra);
        if (err) {
            *err = run.err;
        }
        if (run.exitCode != 0) {
            qWarning("exit %d: %s", run.exitCode, run.err.constData());
            return {};
        }
        return objectOf(run.out);
    }

    static QString recoveredSigner(const QJsonObject& order,
                                   ProtocolVersion version,
                                   std::uint64_t chain,
                                   bool negRisk)
    {
        OrderStruct s;
        s.salt = uint256(order.value(QStringLiteral("salt")));
        s.maker = address(order.value(QStringLiteral("maker")));
        s.signer = address(order.value(QStringLiteral("signer")));
        s.tokenId = uint256(order.value(QStringLiteral("tokenId")));
        s.makerAmount = uint256(order.value(QStringLiteral("makerAmount")));
        s.takerAmount = uint256(order.value(QStringLiteral("takerAmount")));
        s.side = order.value(QStringLiteral("side")).toString() == QLatin1String("BUY")
                         ? TradeSide::Buy
                         : TradeSide::Sell;
        s.signatureType =
                static_cast<SignatureType>(order.value(QStringLiteral("signatureType")).toInt());
        s.expiration = uint256(order.value(QStringLiteral("expiration")));
        if (version == ProtocolVersion::V1) {
            s.taker = address(order.value(QStringLiteral("taker")));
            s.nonce = uint256(order.value(QStringLiteral("nonce")));
            s.feeRateBps = uint256(order.value(QStringLiteral("feeRateBps")));
        } else {
            s.timestamp = uint256(order.value(QStringLiteral("timestamp")));
            s.metadata = *bytes32FromHex(
                    order.value(QStringLiteral("metadata")).toString().toStdString());
            s.builder = *bytes32FromHex(
                    order.value(QStringLiteral("builder")).toString().toStdString());
        }
        const ExchangeConfig exchange = chain == kAmoyChainId ? ExchangeConfig::amoy(version)
                                                              : ExchangeConfig::polygon(version);
        const Bytes32 digest = orderDigest(s, version, exchange.domain(negRisk));
        const auto signature = Signature::fromHex(
                order.value(QStringLiteral("signature")).toString().toStdString());
        if (!signature) {
            return QStringLiteral("bad signature");
        }
        const auto recovered = recoverAddress(digest, *signature);
        return recovered ? QString::fromStdString(recovered->toChecksumHex())
                         : QStringLiteral("unrecoverable");
    }

    QString writeKeyFile(const QString& name, QFileDevice::Permissions permissions)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return {};
        }
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write("  0x" + kKeyDigits + "\n\n");
        file.close();
        QFile::setPermissions(path, permissions);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("POLARIS_BIN_DIR")) {
            QSKIP("POLARIS_BIN_DIR not set (run through ctest)");
        }
        QVERIFY(m_dir.isValid());
        m_keyFile = writeKeyFile(QStringLiteral("key.hex"),
                                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(!m_keyFile.isEmpty());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("POLARIS_PRIVATE_KEY_FILE"), m_keyFile);
        // A keychain namespace of our own: never a developer's real API key or private key.
        m_env.insert(
                QStringLiteral("POLARIS_KEYCHAIN_SERVICE"),
                QStringLiteral("polaris-test-ordercli-%1").arg(QCoreApplication::applicationPid()));
    }

    void limitAmounts_data()
    {
        QTest::addColumn<QString>("side");
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("tick");
        QTest::addColumn<QString>("maker");
        QTest::addColumn<QString>("taker");
        // Spec §8.7 limit rows.
        QTest::newRow("BUY 15@0.24") << "BUY"
                                     << "15"
                                     << "0.24"
                                     << "0.01"
                                     << "3600000"
                                     << "15000000";
        QTest::newRow("SELL 2435.89@0.39") << "SELL"
                                           << "2435.89"
                                           << "0.39"
                                           << "0.01"
                                           << "2435890000"
                                           << "949997100";
        QTest::newRow("BUY 18233.33@0.58") << "BUY"
                                           << "18233.33"
                                           << "0.58"
                                           << "0.01"
                                           << "10575331400"
                                           << "18233330000";
        QTest::newRow("BUY 12.8205@0.78 floors size") << "BUY"
                                                      << "12.8205"
                                                      << "0.78"
                                                      << "0.01"
                                                      << "9999600"
                                                      << "12820000";
        QTest::newRow("BUY 21.04@0.5 tick 0.1") << "BUY"
                                                << "21.04"
                                                << "0.5"
                                                << "0.1"
                                                << "10520000"
                                                << "21040000";
        QTest::newRow("BUY 21.04@0.056 tick 0.001") << "BUY"
                                                    << "21.04"
                                                    << "0.056"
                                                    << "0.001"
                                                    << "1178240"
                                                    << "21040000";
        QTest::newRow("SELL 21.04@0.0056 tick 0.0001") << "sell"
                                                       << "21.04"
                                                       << "0.0056"
                                                       << "0.0001"
                                                       << "21040000"
                                                       << "117824";
    }

    void limitAmounts()
    {
        QFETCH(QString, side);
        QFETCH(QString, size);
        QFETCH(QString, price);
        QFETCH(QString, tick);
        QFETCH(QString, maker);
        QFETCH(QString, taker);
        QByteArray err;
        const QJsonObject document =
                body(argv(QStringLiteral("--side %1 --size %2 --price %3 --tick-size %4")
                                  .arg(side, size, price, tick)),
                     &err);
        QVERIFY(!document.isEmpty());
        const QJsonObject order = document.value(QStringLiteral("order")).toObject();
        QCOMPARE(order.value(QStringLiteral("maker")).toString(), kKeyAddress);
        QCOMPARE(order.value(QStringLiteral("signer")).toString(), kKeyAddress);
        QCOMPARE(order.value(QStringLiteral("tokenId")).toString(), kTokenId);
        QCOMPARE(order.value(QStringLiteral("makerAmount")).toString(), maker);
        QCOMPARE(order.value(QStringLiteral("takerAmount")).toString(), taker);
        QCOMPARE(order.value(QStringLiteral("side")).toString(), side.toUpper());
        QCOMPARE(order.value(QStringLiteral("signatureType")).toInt(-1), 0);
        QCOMPARE(order.value(QStringLiteral("expiration")).toString(), QStringLiteral("0"));
        QVERIFY(order.value(QStringLiteral("salt")).isDouble());
        QCOMPARE(document.value(QStringLiteral("orderType")).toString(), QStringLiteral("GTC"));
        QCOMPARE(document.value(QStringLiteral("postOnly")).toBool(true), false);
        // No API key in the test's keychain namespace: a visible placeholder and a note.
        QCOMPARE(document.value(QStringLiteral("owner")).toString(),
                 QStringLiteral("PLACEHOLDER-NO-API-KEY"));
        QVERIFY(err.contains("note: no API key"));
        QVERIFY(err.contains("dry run, nothing was sent"));
        QCOMPARE(recoveredSigner(order, ProtocolVersion::V2, kPolygonChainId, false), kKeyAddress);
    }

    void versionsChainsAndNegRisk_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("chain");
        QTest::addColumn<bool>("negRisk");
        QTest::newRow("V1 Polygon") << "1"
                                    << "137" << false;
        QTest::newRow("V1 Polygon neg-risk") << "1"
                                             << "137" << true;
        QTest::newRow("V2 Polygon neg-risk") << "2"
                                             << "137" << true;
        QTest::newRow("V2 Amoy") << "2"
                                 << "80002" << false;
        QTest::newRow("V3 Polygon") << "3"
                                    << "137" << false;
        QTest::newRow("V3 Amoy") << "3"
                                 << "80002" << false;
    }

    void versionsChainsAndNegRisk()
    {
        QFETCH(QString, version);
        QFETCH(QString, chain);
        QFETCH(bool, negRisk);
        QStringList args =
                argv(QStringLiteral("--side BUY --size 101 --price 0.82 --version %1 --chain %2")
                             .arg(version, chain));
        if (negRisk) {
            args.append(QStringLiteral("--neg-risk"));
        }
        const QJsonObject order = body(args).value(QStringLiteral("order")).toObject();
        QCOMPARE(order.value(QStringLiteral("makerAmount")).toString(), QStringLiteral("82820000"));
        QCOMPARE(order.value(QStringLiteral("takerAmount")).toString(),
                 QStringLiteral("101000000"));
        const auto v = static_cast<ProtocolVersion>(version.toInt());
        QCOMPARE(order.contains(QStringLiteral("nonce")), v == ProtocolVersion::V1);
        QCOMPARE(order.contains(QStringLiteral("timestamp")), v != ProtocolVersion::V1);
        // Recovering over the expected domain proves the chain and contract that were signed.
        QCOMPARE(recoveredSigner(order, v, chain.toULongLong(), negRisk), kKeyAddress);
        if (v != ProtocolVersion::V3) { // V3 has one contract for both kinds
            QVERIFY(recoveredSigner(order, v, chain.toULongLong(), !negRisk) != kKeyAddress);
        }
    }

    void proxyFunder()
    {
        const QString funder = QStringLiteral("0x1111111111111111111111111111111111111111");
        const QJsonObject order = body(argv(QStringLiteral("--side SELL --size 19.1 --price 0.43 "
                                                           "--signature-type proxy --funder ")
                                            + funder))
                                          .value(QStringLiteral("order"))
                                          .toObject();
        QCOMPARE(order.value(QStringLiteral("maker")).toString(), funder);
        QCOMPARE(order.value(QStringLiteral("signer")).toString(), kKeyAddress);
        QCOMPARE(order.value(QStringLiteral("signatureType")).toInt(), 1);
        QCOMPARE(order.value(QStringLiteral("makerAmount")).toString(), QStringLiteral("19100000"));
        QCOMPARE(order.value(QStringLiteral("takerAmount")).toString(), QStringLiteral("8213000"));
        QCOMPARE(recoveredSigner(order, ProtocolVersion::V2, kPolygonChainId, false), kKeyAddress);
    }

    void orderTypes()
    {
        const QStringList base = words("--side BUY --size 21.04 --price 0.56");
        QByteArray err;
        QJsonObject document = body(base + words("--type fok"), &err);
        QCOMPARE(document.value(QStringLiteral("orderType")).toString(), QStringLiteral("FOK"));
        QVERIFY(err.contains(
                "warning: the venue limits FOK/FAK maker amounts to 2 decimals")); // 11.7824
        document = body(base + words("--type FAK"));
        QCOMPARE(document.value(QStringLiteral("orderType")).toString(), QStringLiteral("FAK"));
        document = body(base + words("--type GTD --expiration 1900000000"));
        QCOMPARE(document.value(QStringLiteral("orderType")).toString(), QStringLiteral("GTD"));
        const QJsonObject order = document.value(QStringLiteral("order")).toObject();
        QCOMPARE(order.value(QStringLiteral("expiration")).toString(),
                 QStringLiteral("1900000000"));
        QCOMPARE(recoveredSigner(order, ProtocolVersion::V2, kPolygonChainId, false), kKeyAddress);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QStringList order = dryRun() + words("--side BUY --size 10");
        QTest::newRow("off tick") << order + words("--price 0.555") << 2
                                  << "price 0.555 is not a multiple of the tick size 0.01";
        QTest::newRow("off tick 0.001") << order + words("--price 0.0565 --tick-size 0.001") << 2
                                        << "is not a multiple of the tick size 0.001";
        QTest::newRow("above 1-tick") << order + words("--price 1 --tick-size 0.01") << 2
                                      << "price 1 is outside [0.01, 0.99]";
        QTest::newRow("bad tick") << order + words("--price 0.5 --tick-size 0.02") << 2
                                  << "tick size 0.02";
        QTest::newRow("GTD without expiration")
                << order + words("--price 0.5 --type GTD") << 2 << "--type GTD needs --expiration";
        QTest::newRow("expiration without GTD")
                << order + words("--price 0.5 --expiration 1900000000") << 2
                << "--expiration is only valid with --type GTD";
        QTest::newRow("unknown type") << order + words("--price 0.5 --type IOC") << 2
                                      << "--type must be GTC, GTD, FOK or FAK";
        QTest::newRow("bad side") << dryRun() + words("--side HOLD --size 1 --price 0.5") << 2
                                  << "--side must be BUY or SELL";
        QTest::newRow("exponent price") << order + words("--price 5e-1") << 2 << "--price:";
        QTest::newRow("proxy without funder") << order + words("--price 0.5 --signature-type proxy")
                                              << 2 << "funder (proxy or safe address) is required";
        QTest::newRow("missing --dry-run")
                << QStringList{QStringLiteral("order"), QStringLiteral("--token-id"), kTokenId}
                           + words("--side BUY --size 10 --price 0.5")
                << 2 << "live order placement is not enabled in this build; use --dry-run";
        QTest::newRow("key as argument")
                << order
                           + QStringList{QStringLiteral("--price"), QStringLiteral("0.5"),
                                         QStringLiteral("--private-key=0x")
                                                 + QString::fromLatin1(kKeyDigits)}
                << 2 << "looks like a private key";
        QTest::newRow("key as positional")
                << order + QStringList{QString::fromLatin1(kKeyDigits.toUpper())} << 2
                << "looks like a private key";
    }

    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = arb(arguments);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void keyFileTooOpen()
    {
        const QString open =
                writeKeyFile(QStringLiteral("open.hex"),
                             QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                     | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        QProcessEnvironment environment = m_env;
        environment.insert(QStringLiteral("POLARIS_PRIVATE_KEY_FILE"), open);
        const Run run =
                arb(words("order --dry-run --token-id 123 --side BUY --size 10 --price 0.5"),
                    environment);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("permissions 0644 for POLARIS_PRIVATE_KEY_FILE"),
                 run.err.constData());
        QVERIFY(run.err.contains("are too open"));
        QVERIFY(run.err.contains("chmod 600"));
        QVERIFY(run.out.isEmpty());
    }

    void keyFileProblems_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file") << QByteArray() << "does not exist";
        QTest::newRow("not hex") << QByteArray("0x" + kKeyDigits.left(62) + "zz\n")
                                 << "POLARIS_PRIVATE_KEY_FILE";
        QTest::newRow("short") << QByteArray(kKeyDigits.left(40)) << "POLARIS_PRIVATE_KEY_FILE";
    }

    void keyFileProblems()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString path =
                m_dir.filePath(QStringLiteral("bad-%1.hex")
                                       .arg(QString::fromLatin1(QTest::currentDataTag()))
                                       .replace(QLatin1Char(' '), QLatin1Char('_')));
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
            file.write(content);
        }
        QProcessEnvironment environment = m_env;
        environment.insert(QStringLiteral("POLARIS_PRIVATE_KEY_FILE"), path);
        const Run run =
                arb(words("order --dry-run --token-id 123 --side BUY --size 10 --price 0.5"),
                    environment);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
        QVERIFY(!run.err.contains(kKeyDigits.left(40)));
        QVERIFY(run.out.isEmpty());
    }

    void noKeyAvailable()
    {
        QProcessEnvironment environment = m_env;
        environment.remove(QStringLiteral("POLARIS_PRIVATE_KEY_FILE"));
        const Run run =
                arb(words("order --dry-run --token-id 123 --side BUY --size 10 --price 0.5"),
                    environment);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 3);
        // Without a Secret Service: "no keychain service is running"; with one (a desktop), the
        // test's own service has no entry. Either way the message says what to do.
        QVERIFY2(run.err.contains("no private key available"), run.err.constData());
        QVERIFY(run.err.contains("POLARIS_PRIVATE_KEY_FILE"));
        QVERIFY(run.out.isEmpty());
    }

    /// The normal path: key and API key in the keychain (the test's own service name). Needs a
    /// Secret Service, so it skips under plain ctest; packaging/run-tests.sh also runs this test
    /// inside its keyring session, where POLARIS_REQUIRE_KEYCHAIN turns a skip into a failure.
    void keyFromKeychain()
    {
        secrets::KeychainSecretStore store(m_env.value(QStringLiteral("POLARIS_KEYCHAIN_SERVICE")));
        const QString keyEntry = secrets::keyName(secrets::kPrivateKey);
        const QString apiEntry = secrets::keyName(secrets::kApiKey);
        const Status written = store.write(keyEntry, "0x" + kKeyDigits + "\n");
        if (!written) {
            if (qEnvironmentVariableIsSet("POLARIS_REQUIRE_KEYCHAIN")) {
                QFAIL(written.error().detail.c_str());
            }
            QSKIP(qPrintable(QStringLiteral("no keychain: ")
                             + QString::fromStdString(written.error().detail)));
        }
        const auto cleanup = qScopeGuard([&] {
            (void)store.remove(keyEntry);
            (void)store.remove(apiEntry);
        });
        QVERIFY(store.write(apiEntry, "00000000-test-api-key").ok());
        QProcessEnvironment environment = m_env;
        environment.remove(QStringLiteral("POLARIS_PRIVATE_KEY_FILE"));
        const Run run = arb(dryRun() + words("--side SELL --size 15 --price 0.24"), environment);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.err.contains("note: no API key"));
        const QJsonObject document = objectOf(run.out);
        QCOMPARE(document.value(QStringLiteral("owner")).toString(),
                 QStringLiteral("00000000-test-api-key"));
        const QJsonObject order = document.value(QStringLiteral("order")).toObject();
        QCOMPARE(order.value(QStringLiteral("makerAmount")).toString(), QStringLiteral("15000000"));
        QCOMPARE(order.value(QStringLiteral("takerAmount")).toString(), QStringLiteral("3600000"));
        QCOMPARE(recoveredSigner(order, ProtocolVersion::V2, kPolygonChainId, false), kKeyAddress);
    }
};

QTEST_GUILESS_MAIN(TstOrderCli)
#include "tst_ordercli.moc"
