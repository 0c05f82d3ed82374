#include "core/money/UInt256.h"

#include <QTest>

using polaris::ErrorCode;
using polaris::UInt256;

/// UInt256: token ids and on-chain amounts round-trip exactly.
class TestUInt256 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripsRealTokenIds()
    {
        // A real clobTokenId (78 digits) from the Gamma payloads (spec §8.9).
        const std::string id =
                "104239898038807136052399800151408521467737075933964991162589336683346093173875";
        const auto value = UInt256::fromDecimal(id);
        QVERIFY(value.ok());
        QCOMPARE(value->toDecimal(), id);
        QVERIFY(!value->fitsUInt64());
    }

    void encodesBigEndian()
    {
        const auto bytes = UInt256(0x0102).toBigEndian();
        QCOMPARE(int(bytes[31]), 0x02);
        QCOMPARE(int(bytes[30]), 0x01);
        QCOMPARE(int(bytes[0]), 0);
        const auto max = UInt256::fromDecimal(
                "115792089237316195423570985008687907853269984665640564039457584007913129639935");
        QVERIFY(max.ok());
        for (const auto byte : max->toBigEndian()) {
            QCOMPARE(int(byte), 0xff);
        }
    }

    void rejectsBadDigits()
    {
        QCOMPARE(UInt256::fromDecimal("").error().code, ErrorCode::InvalidFormat);
        QCOMPARE(UInt256::fromDecimal("12a").error().code, ErrorCode::InvalidFormat);
        QCOMPARE(UInt256::fromDecimal("-1").error().code, ErrorCode::InvalidFormat);
        // 2^256 overflows.
        QCOMPARE(UInt256::fromDecimal("115792089237316195423570985008687907853269984665640564039457"
                                      "584007913129639936")
                         .error()
                         .code,
                 ErrorCode::OutOfRange);
    }

    void arithmetic()
    {
        UInt256 value(1);
        for (int i = 0; i < 30; ++i) {
            QVERIFY(value.mulSmall(10));
        }
        QCOMPARE(value.toDecimal(), std::string("1000000000000000000000000000000"));
        QCOMPARE(value.divSmall(7),
                 std::uint64_t(1)); // 10^30 = 7·142857142857142857142857142857 + 1
        QCOMPARE(value.toDecimal(), std::string("142857142857142857142857142857"));
        QVERIFY(UInt256(5) < UInt256(6));
        QVERIFY(value > UInt256(~std::uint64_t(0)));
    }
};

QTEST_APPLESS_MAIN(TestUInt256)
#include "tst_uint256.moc"
