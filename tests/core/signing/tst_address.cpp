#include "core/signing/Address.h"

#include <QTest>

using namespace polaris::signing;
using polaris::ErrorCode;

/// Address: EIP-55 formatting and validating parsing.
class TestAddress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checksums_data()
    {
        QTest::addColumn<QString>("checksummed");
        // EIP-55's own examples, then contract addresses from spec §0.2.
        QTest::newRow("eip55 1") << "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
        QTest::newRow("eip55 2") << "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359";
        QTest::newRow("eip55 3") << "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB";
        QTest::newRow("eip55 4") << "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb";
        QTest::newRow("hardhat 0") << "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
        QTest::newRow("v2 exchange") << "0xE111180000d2663C0091e4f400237545B87B996B";
        QTest::newRow("v2 neg risk") << "0xe2222d279d744050d28e00520010520000310F59";
        QTest::newRow("v3 exchange") << "0xe3333700cA9d93003F00f0F71f8515005F6c00Aa";
        QTest::newRow("amoy v3") << "0x9fE6e61422AdB6F610d8597F9684b16912D50C3D";
        QTest::newRow("neg risk adapter") << "0xd91E80cF2E7be2e162c6513ceD06f1dD0dA35296";
        QTest::newRow("usdc.e") << "0x2791Bca1f2de4661ED88A30C99A7a9449Aa84174";
    }
    void checksums()
    {
        QFETCH(QString, checksummed);
        const std::string text = checksummed.toStdString();
        const auto parsed = Address::fromHex(text);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().detail.c_str());
        QCOMPARE(parsed->toChecksumHex(), text);
        // All-lowercase and all-uppercase spellings carry no checksum and are accepted.
        const auto lower = Address::fromHex(checksummed.toLower().toStdString());
        QVERIFY(lower.ok());
        QCOMPARE(*lower, *parsed);
        QCOMPARE(lower->toLowerHex(), checksummed.toLower().toStdString());
        const auto upper = Address::fromHex("0x" + checksummed.mid(2).toUpper().toStdString());
        QVERIFY(upper.ok());
        QCOMPARE(*upper, *parsed);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("detailPart");
        QTest::newRow("bad checksum") << "0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
                                      << "fails its EIP-55 checksum (expected "
                                         "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266)";
        QTest::newRow("no prefix") << "f39Fd6e51aad88F6F4ce6aB8827279cffFb92266ab"
                                   << "is not 0x followed by 40 hex digits";
        QTest::newRow("short") << "0xf39fd6e51aad88f6f4ce6ab8827279cfffb922"
                               << "address has 40 characters; expected 0x followed by 40 hex";
        QTest::newRow("long") << "0xf39fd6e51aad88f6f4ce6ab8827279cfffb9226600"
                              << "address has 44 characters";
        QTest::newRow("junk") << "0xg39fd6e51aad88f6f4ce6ab8827279cfffb92266"
                              << "non-hex digit";
        QTest::newRow("empty") << ""
                               << "address has 0 characters";
    }
    void rejects()
    {
        QFETCH(QString, text);
        QFETCH(QString, detailPart);
        const auto parsed = Address::fromHex(text.toStdString());
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::InvalidFormat);
        QVERIFY2(QString::fromStdString(parsed.error().detail).contains(detailPart),
                 parsed.error().detail.c_str());
    }

    void zeroAddress()
    {
        const Address zero;
        QVERIFY(zero.isZero());
        QCOMPARE(zero.toChecksumHex(), std::string("0x0000000000000000000000000000000000000000"));
        QVERIFY(!Address::fromHex("0x0000000000000000000000000000000000000001")->isZero());
    }
};

QTEST_GUILESS_MAIN(TestAddress)
#include "tst_address.moc"
