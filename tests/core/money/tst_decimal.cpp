#include "core/money/Decimal.h"
#include "tests/support/TestPrinters.h"

#include <QRandomGenerator>
#include <QTest>

#include <cstdint>

using polaris::Decimal;
using polaris::ErrorCode;
using polaris::Rounding;

Q_DECLARE_METATYPE(polaris::ErrorCode)

/// Decimal is the only money type: parsing the venues' strings, formatting, exact arithmetic.
class TestDecimal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesVenueStrings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("micros");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("price") << "0.45" << qint64(450000) << "0.45";
        QTest::newRow("leading dot") << ".48" << qint64(480000) << "0.48";
        QTest::newRow("integer") << "100" << qint64(100000000) << "100";
        QTest::newRow("size") << "3149725.72" << qint64(3149725720000) << "3149725.72";
        QTest::newRow("tick") << "0.0001" << qint64(100) << "0.0001";
        QTest::newRow("six places") << "9.999997" << qint64(9999997) << "9.999997";
        QTest::newRow("negative") << "-1.5" << qint64(-1500000) << "-1.5";
        QTest::newRow("trailing zeros") << "0.920" << qint64(920000) << "0.92";
        QTest::newRow("excess zeros ok") << "0.5000000000" << qint64(500000) << "0.5";
        QTest::newRow("zero") << "0" << qint64(0) << "0";
        QTest::newRow("trailing dot") << "5." << qint64(5000000) << "5";
    }
    void parsesVenueStrings()
    {
        QFETCH(QString, text);
        QFETCH(qint64, micros);
        QFETCH(QString, canonical);
        const auto parsed = Decimal::parse(text.toStdString());
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().detail.c_str());
        QCOMPARE(parsed->micros(), micros);
        QCOMPARE(QString::fromStdString(parsed->toString()), canonical);
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("empty") << "" << ErrorCode::InvalidFormat;
        QTest::newRow("exponent") << "1e-3" << ErrorCode::InvalidFormat;
        QTest::newRow("space") << " 0.5" << ErrorCode::InvalidFormat;
        QTest::newRow("plus") << "+0.5" << ErrorCode::InvalidFormat;
        QTest::newRow("letters") << "abc" << ErrorCode::InvalidFormat;
        QTest::newRow("lone dot") << "." << ErrorCode::InvalidFormat;
        QTest::newRow("lone minus") << "-" << ErrorCode::InvalidFormat;
        QTest::newRow("two dots") << "0.1.2" << ErrorCode::InvalidFormat;
        QTest::newRow("seven places") << "0.0000001" << ErrorCode::OverPrecise;
        QTest::newRow("absurd") << "10000000000000" << ErrorCode::OutOfRange;
        QTest::newRow("huge digits")
                << "99999999999999999999999999999999999" << ErrorCode::OutOfRange;
        QTest::newRow("nan") << "NaN" << ErrorCode::InvalidFormat;
    }
    void rejectsBadInput()
    {
        QFETCH(QString, text);
        QFETCH(ErrorCode, code);
        const auto parsed = Decimal::parse(text.toStdString());
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, code);
        QVERIFY(!parsed.error().detail.empty());
    }

    void roundsExcessPrecisionOnlyWhenAsked()
    {
        QCOMPARE(Decimal::parseRounded("20328.37474449", Rounding::Down)->micros(), 20328374744);
        QCOMPARE(Decimal::parseRounded("20328.37474449", Rounding::Up)->micros(), 20328374745);
        QCOMPARE(Decimal::parseRounded("0.0000005", Rounding::Nearest)->micros(), 1);
        QCOMPARE(Decimal::parseRounded("-0.0000001", Rounding::Down)->micros(), -1);
    }

    void recoversJsonNumberLiterals()
    {
        QCOMPARE(Decimal::fromJsonNumber(0.01)->micros(), 10000);
        QCOMPARE(Decimal::fromJsonNumber(0.001)->micros(), 1000);
        QCOMPARE(Decimal::fromJsonNumber(20328.3747)->micros(), 20328374700);
        QCOMPARE(Decimal::fromJsonNumber(5)->micros(), 5000000);
        QCOMPARE(Decimal::fromJsonNumber(0.0001)->micros(), 100);
        QVERIFY(!Decimal::fromJsonNumber(1e300).ok());
        QCOMPARE(Decimal::fromJsonNumber(0.1 + 0.2).error().code, ErrorCode::OverPrecise);
    }

    void multipliesExactlyWithExplicitRounding()
    {
        const Decimal price = *Decimal::parse("0.333333");
        const Decimal size = *Decimal::parse("0.5");
        QCOMPARE(Decimal::mul(price, size, Rounding::Down).toString(), std::string("0.166666"));
        QCOMPARE(Decimal::mul(price, size, Rounding::Up).toString(), std::string("0.166667"));
        QCOMPARE(
                Decimal::mul(*Decimal::parse("0.45"), *Decimal::parse("3149725.72"), Rounding::Down)
                        .toString(),
                std::string("1417376.574"));
        // 0.1 + 0.2 is exactly 0.3 here, unlike in binary floating point.
        QCOMPARE((*Decimal::parse("0.1") + *Decimal::parse("0.2")).toString(), std::string("0.3"));
        // Large sizes multiply without overflow through the 128-bit intermediate.
        const Decimal big = Decimal::fromInt(900'000'000'000LL);
        QCOMPARE(Decimal::mul(big, *Decimal::parse("0.999"), Rounding::Down).toString(),
                 std::string("899100000000"));
    }

    void dividesWithExplicitRounding()
    {
        QCOMPARE(Decimal::div(Decimal::fromInt(1), Decimal::fromInt(3), Rounding::Down).toString(),
                 std::string("0.333333"));
        QCOMPARE(Decimal::div(Decimal::fromInt(1), Decimal::fromInt(3), Rounding::Up).toString(),
                 std::string("0.333334"));
        QCOMPARE(Decimal::div(Decimal::fromInt(-1), Decimal::fromInt(3), Rounding::Down).toString(),
                 std::string("-0.333334"));
        QCOMPARE(Decimal::div(Decimal::fromInt(2), Decimal::fromInt(3), Rounding::Nearest)
                         .toString(),
                 std::string("0.666667"));
    }

    /// Products, quotients and tick rounding against a reference written out here with 128-bit
    /// integers and floor division, on random operands on both sides of the 64-bit boundary of
    /// the intermediate (Decimal takes a 64-bit shortcut below it), signs and all roundings.
    void arithmeticMatchesA128BitReference()
    {
        __extension__ using Wide = __int128;
        const auto floorDiv = [](Wide n, Wide d) {
            Wide q = n / d;
            if (n % d != 0 && n < 0) {
                --q;
            }
            return q;
        };
        const auto rounded = [&](Wide n, Wide d, Rounding rounding) {
            const Wide down = floorDiv(n, d);
            if (down * d == n || rounding == Rounding::Down) {
                return down;
            }
            if (rounding == Rounding::Up) {
                return down + 1;
            }
            const Wide twiceRest = 2 * (n - down * d); // in (0, 2d)
            if (twiceRest == d) {
                return n < 0 ? down : down + 1; // a half: away from zero
            }
            return twiceRest > d ? down + 1 : down;
        };
        QRandomGenerator rng(20261124);
        const auto operand = [&rng] {
            // Micros up to ~1e12 shares or down to sub-cent prices, either sign.
            const std::int64_t magnitude =
                    rng.bounded(4) == 0
                            ? std::int64_t(rng.bounded(2'000'000))
                            : std::int64_t(rng.generate64() % 999'999'999'999'999'999ULL);
            return rng.bounded(2) ? magnitude : -magnitude;
        };
        int wide = 0;
        for (int i = 0; i < 200'000; ++i) {
            const std::int64_t a = operand();
            const std::int64_t b = operand() / (rng.bounded(3) == 0 ? 1'000'000'000LL : 1);
            const auto rounding = Rounding(rng.bounded(3));
            const Wide product = Wide(a) * b;
            const Wide expectedProduct = rounded(product, Decimal::kOne, rounding);
            if (expectedProduct >= -Decimal::kMaxAbsMicros
                && expectedProduct <= Decimal::kMaxAbsMicros) {
                wide += product > Wide(INT64_MAX) || product < Wide(INT64_MIN) ? 1 : 0;
                const Decimal got =
                        Decimal::mul(Decimal::fromMicros(a), Decimal::fromMicros(b), rounding);
                QCOMPARE(got.micros(), std::int64_t(expectedProduct));
            }
            if (b != 0) {
                const Wide n = Wide(a) * Decimal::kOne * (b < 0 ? -1 : 1);
                const Wide expectedQuotient = rounded(n, b < 0 ? -Wide(b) : Wide(b), rounding);
                if (expectedQuotient >= -Decimal::kMaxAbsMicros
                    && expectedQuotient <= Decimal::kMaxAbsMicros) {
                    const Decimal got =
                            Decimal::div(Decimal::fromMicros(a), Decimal::fromMicros(b), rounding);
                    QCOMPARE(got.micros(), std::int64_t(expectedQuotient));
                }
                const std::int64_t step = b < 0 ? -b : b;
                const Wide expectedTick = rounded(a, step, rounding) * step;
                if (expectedTick >= -Decimal::kMaxAbsMicros
                    && expectedTick <= Decimal::kMaxAbsMicros) {
                    QCOMPARE(Decimal::fromMicros(a)
                                     .roundToMultiple(Decimal::fromMicros(step), rounding)
                                     .micros(),
                             std::int64_t(expectedTick));
                }
            }
        }
        QVERIFY(wide > 10'000); // the 128-bit path was exercised too
    }

    void roundsToTicksAndFormats()
    {
        const Decimal tick = *Decimal::parse("0.01");
        QCOMPARE(Decimal::parse("0.4567")->roundToMultiple(tick, Rounding::Down).toString(),
                 std::string("0.45"));
        QCOMPARE(Decimal::parse("0.4567")->roundToMultiple(tick, Rounding::Up).toString(),
                 std::string("0.46"));
        QCOMPARE(Decimal::parse("0.455")->roundToMultiple(tick, Rounding::Nearest).toString(),
                 std::string("0.46"));
        QVERIFY(Decimal::parse("0.45")->isMultipleOf(tick));
        QVERIFY(!Decimal::parse("0.455")->isMultipleOf(tick));
        QCOMPARE(Decimal::parse("1.5")->toFixed(2), std::string("1.50"));
        QCOMPARE(Decimal::parse("-0.125")->toFixed(2), std::string("-0.13"));
        QCOMPARE(Decimal::parse("7")->toFixed(0), std::string("7"));
        QCOMPARE(Decimal::fromMicros(-1).toString(), std::string("-0.000001"));
    }
};

QTEST_APPLESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
