#include "core/market/TakerFee.h"
#include "tests/support/TestPrinters.h"

#include <QTest>

using namespace polaris;

/// The V2 taker fee against the published vectors (spec polymarket-api.md §8.8).
class TestTakerFee : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    /// (a) S1 feeCalculations test: rate 0.25, exponent 2, 100 shares.
    void sdkVectors_data()
    {
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("fee");
        QTest::newRow("0.5") << "0.5"
                             << "1.5625";
        QTest::newRow("0.3") << "0.3"
                             << "1.1025";
        QTest::newRow("0.7") << "0.7"
                             << "1.1025";
        QTest::newRow("0.1") << "0.1"
                             << "0.2025";
        QTest::newRow("0.9") << "0.9"
                             << "0.2025";
        QTest::newRow("0.05") << "0.05"
                              << "0.05640"; // 0.05640625 floored to 5 dp
        QTest::newRow("0.01") << "0.01"
                              << "0.00245"; // 0.00245025 floored
        QTest::newRow("0.99") << "0.99"
                              << "0.00245";
    }
    void sdkVectors()
    {
        QFETCH(QString, price);
        QFETCH(QString, fee);
        QCOMPARE(takerFee(Decimal::fromInt(100), *Decimal::parse(price.toStdString()),
                          *Decimal::parse("0.25"), 2),
                 *Decimal::parse(fee.toStdString()));
    }

    /// (b) 21 real Polygon V2 OrderFilled taker legs, exponent 1. Shares are the 6-dp integer
    /// taker_amount_filled (BUY) or maker_amount_filled (SELL); fee is the event's raw 6-dp value.
    void realOnChainFills_data()
    {
        QTest::addColumn<qint64>("sharesMicros");
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("rate");
        QTest::addColumn<qint64>("feeMicros");
        QTest::newRow("nr buy 0.66") << qint64(7575758) << "0.66"
                                     << "0.05" << qint64(85000);
        QTest::newRow("nr buy 0.71 a") << qint64(7042251) << "0.71"
                                       << "0.05" << qint64(72490);
        QTest::newRow("nr buy 0.71 b") << qint64(21126758) << "0.71"
                                       << "0.05" << qint64(217490);
        QTest::newRow("std buy 0.82") << qint64(1219511) << "0.82"
                                      << "0.07" << qint64(12590);
        QTest::newRow("std buy 0.48") << qint64(2083334) << "0.48"
                                      << "0.07" << qint64(36400);
        QTest::newRow("std buy 0.84 free") << qint64(5952381) << "0.84"
                                           << "0" << qint64(0);
        QTest::newRow("nr sell 0.65") << qint64(7570000) << "0.65"
                                      << "0.05" << qint64(86100);
        QTest::newRow("nr sell 0.66") << qint64(7590000) << "0.66"
                                      << "0.05" << qint64(85150);
        QTest::newRow("std sell 0.31") << qint64(5000000) << "0.31"
                                       << "0.05" << qint64(53470);
        QTest::newRow("std sell 0.67") << qint64(5000000) << "0.67"
                                       << "0.05" << qint64(55270);
        QTest::newRow("std sell 0.27") << qint64(5000000) << "0.27"
                                       << "0.05" << qint64(49270);
        QTest::newRow("nr sell 0.70 a") << qint64(7040000) << "0.70"
                                        << "0.05" << qint64(73920);
        QTest::newRow("nr sell 0.70 b") << qint64(21130000) << "0.70"
                                        << "0.05" << qint64(221860);
        QTest::newRow("std sell 0.83 free") << qint64(5950000) << "0.83"
                                            << "0" << qint64(0);
        QTest::newRow("nr buy 0.56 a") << qint64(8928572) << "0.56"
                                       << "0.05" << qint64(110000);
        QTest::newRow("nr sell 0.55 a") << qint64(8920000) << "0.55"
                                        << "0.05" << qint64(110380);
        QTest::newRow("std buy 0.971") << qint64(5149310) << "0.971"
                                       << "0.07" << qint64(10140);
        QTest::newRow("std sell 0.965") << qint64(5140000) << "0.965"
                                        << "0.07" << qint64(12150);
        QTest::newRow("nr buy 0.56 b") << qint64(9321429) << "0.56"
                                       << "0.05" << qint64(114840);
        QTest::newRow("nr sell 0.55 b") << qint64(9330000) << "0.55"
                                        << "0.05" << qint64(115450);
        QTest::newRow("nr sell 0.55 c") << qint64(8930000) << "0.55"
                                        << "0.05" << qint64(110500);
    }
    void realOnChainFills()
    {
        QFETCH(qint64, sharesMicros);
        QFETCH(QString, price);
        QFETCH(QString, rate);
        QFETCH(qint64, feeMicros);
        const Decimal fee =
                takerFee(Decimal::fromMicros(sharesMicros), *Decimal::parse(price.toStdString()),
                         *Decimal::parse(rate.toStdString()), 1);
        QCOMPARE(fee.micros(), feeMicros);
    }

    void degenerateInputsCostNothing()
    {
        const Decimal rate = *Decimal::parse("0.05");
        QCOMPARE(takerFee(Decimal(), *Decimal::parse("0.5"), rate, 1), Decimal());
        QCOMPARE(takerFee(Decimal::fromInt(10), Decimal::fromInt(1), rate, 1), Decimal());
        QCOMPARE(takerFee(Decimal::fromInt(10), Decimal(), rate, 1), Decimal());
        // Exponent 0: a flat rate on shares.
        QCOMPARE(takerFee(Decimal::fromInt(10), *Decimal::parse("0.5"), rate, 0),
                 *Decimal::parse("0.5"));
        // Huge but representable sizes do not overflow.
        QCOMPARE(takerFee(Decimal::fromInt(1'000'000'000), *Decimal::parse("0.5"),
                          *Decimal::parse("0.25"), 2),
                 *Decimal::parse("15625000"));
    }
};

QTEST_APPLESS_MAIN(TestTakerFee)
#include "tst_takerfee.moc"
