#include "core/signing/Hex.h"

#include <QTest>

using namespace polaris::signing;
using polaris::ErrorCode;

/// Hex helpers: round trips, prefixes, and specific errors that never echo the input.
class TestHex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrips()
    {
        const auto bytes = fromHex("0x00ff10Ab");
        QVERIFY(bytes.ok());
        QCOMPARE(bytes->size(), std::size_t(4));
        QCOMPARE(toHex(*bytes), std::string("0x00ff10ab"));
        QCOMPARE(toHexDigits(*bytes), std::string("00ff10ab"));
        QVERIFY(fromHex("").ok());
        QVERIFY(fromHex("0x").ok());
        QCOMPARE(fromHex("ABCD")->size(), std::size_t(2));
    }

    void rejectsBadHex_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("detailPart");
        QTest::newRow("odd") << "0xabc"
                             << "odd number of hex digits (3)";
        QTest::newRow("junk") << "0x12zz"
                              << "non-hex character at digit 2";
        QTest::newRow("space") << " 0x123"
                               << "non-hex character at digit 0";
        QTest::newRow("double prefix") << "0x0x12"
                                       << "non-hex character at digit 1";
    }
    void rejectsBadHex()
    {
        QFETCH(QString, text);
        QFETCH(QString, detailPart);
        const auto result = fromHex(text.toStdString(), "field");
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidFormat);
        QVERIFY2(QString::fromStdString(result.error().detail).contains(detailPart),
                 result.error().detail.c_str());
        QVERIFY(QString::fromStdString(result.error().detail).startsWith(QStringLiteral("field")));
    }

    void bytes32NeedsExactLength()
    {
        QVERIFY(bytes32FromHex(std::string(64, 'a')).ok());
        const auto shortOne = bytes32FromHex("0x" + std::string(62, 'a'), "questionId");
        QVERIFY(!shortOne.ok());
        QCOMPARE(shortOne.error().detail, std::string("questionId: expected 32 bytes, got 31"));
    }

    void bigEndianToUInt256()
    {
        Bytes32 bytes{};
        bytes[31] = 0x01;
        bytes[30] = 0x02;
        QCOMPARE(uint256FromBigEndian(bytes).toDecimal(), std::string("513"));
        bytes.fill(0xff);
        QCOMPARE(uint256FromBigEndian(bytes).toDecimal(),
                 std::string("115792089237316195423570985008687907853269984665640564039457584007913"
                             "129639935"));
    }
};

QTEST_GUILESS_MAIN(TestHex)
#include "tst_hex.moc"
