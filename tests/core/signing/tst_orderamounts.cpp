#include "core/signing/OrderAmounts.h"

#include <QTest>

using namespace polaris::signing;
using polaris::Decimal;
using polaris::ErrorCode;
using polaris::TradeSide;

namespace {
Decimal dec(const QString& text)
{
    return *Decimal::parse(text.toStdString());
}
} // namespace

/// Spec §8.7: price/size → makerAmount/takerAmount, every upstream row, plus rejections.
class TestOrderAmounts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void limitVectors_data()
    {
        QTest::addColumn<bool>("buy");
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("tick");
        QTest::addColumn<QString>("maker");
        QTest::addColumn<QString>("taker");
        const auto row = [](const char* name, bool buy, const char* size, const char* price,
                            const char* tick, const char* maker, const char* taker) {
            QTest::newRow(name) << buy << QString::fromLatin1(size) << QString::fromLatin1(price)
                                << QString::fromLatin1(tick) << QString::fromLatin1(maker)
                                << QString::fromLatin1(taker);
        };
        row("BUY 15@0.24", true, "15", "0.24", "0.01", "3600000", "15000000");
        row("SELL 15@0.24", false, "15", "0.24", "0.01", "15000000", "3600000");
        row("BUY 101@0.82", true, "101", "0.82", "0.01", "82820000", "101000000");
        row("SELL 101@0.82", false, "101", "0.82", "0.01", "101000000", "82820000");
        row("BUY 12.8205@0.78", true, "12.8205", "0.78", "0.01", "9999600", "12820000");
        row("SELL 12.8205@0.78", false, "12.8205", "0.78", "0.01", "12820000", "9999600");
        row("SELL 2435.89@0.39", false, "2435.89", "0.39", "0.01", "2435890000", "949997100");
        row("SELL 19.1@0.43", false, "19.1", "0.43", "0.01", "19100000", "8213000");
        row("BUY 18233.33@0.58", true, "18233.33", "0.58", "0.01", "10575331400", "18233330000");
        row("BUY 21.04@0.5 t0.1", true, "21.04", "0.5", "0.1", "10520000", "21040000");
        row("BUY 21.04@0.56 t0.01", true, "21.04", "0.56", "0.01", "11782400", "21040000");
        row("BUY 21.04@0.056 t0.001", true, "21.04", "0.056", "0.001", "1178240", "21040000");
        row("BUY 21.04@0.0056 t0.0001", true, "21.04", "0.0056", "0.0001", "117824", "21040000");
        row("SELL 21.04@0.5 t0.1", false, "21.04", "0.5", "0.1", "21040000", "10520000");
        row("SELL 21.04@0.56 t0.01", false, "21.04", "0.56", "0.01", "21040000", "11782400");
        row("SELL 21.04@0.056 t0.001", false, "21.04", "0.056", "0.001", "21040000", "1178240");
        row("SELL 21.04@0.0056 t0.0001", false, "21.04", "0.0056", "0.0001", "21040000", "117824");
    }
    void limitVectors()
    {
        QFETCH(bool, buy);
        QFETCH(QString, size);
        QFETCH(QString, price);
        QFETCH(QString, tick);
        QFETCH(QString, maker);
        QFETCH(QString, taker);
        const auto amounts = limitOrderAmounts(buy ? TradeSide::Buy : TradeSide::Sell, dec(price),
                                               dec(size), dec(tick));
        QVERIFY2(amounts.ok(), amounts.ok() ? "" : amounts.error().detail.c_str());
        QCOMPARE(QString::fromStdString(amounts->makerAmount.toDecimal()), maker);
        QCOMPARE(QString::fromStdString(amounts->takerAmount.toDecimal()), taker);
    }

    void marketVectors_data()
    {
        QTest::addColumn<bool>("buy");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("tick");
        QTest::addColumn<QString>("maker");
        QTest::addColumn<QString>("taker");
        const auto row = [](const char* name, bool buy, const char* amount, const char* price,
                            const char* tick, const char* maker, const char* taker) {
            QTest::newRow(name) << buy << QString::fromLatin1(amount) << QString::fromLatin1(price)
                                << QString::fromLatin1(tick) << QString::fromLatin1(maker)
                                << QString::fromLatin1(taker);
        };
        row("BUY $100@0.5", true, "100", "0.5", "0.1", "100000000", "200000000");
        row("BUY $100@0.56", true, "100", "0.56", "0.01", "100000000", "178571400");
        row("BUY $100@0.056", true, "100", "0.056", "0.001", "100000000", "1785714280");
        row("BUY $100@0.0056", true, "100", "0.0056", "0.0001", "100000000", "17857142857");
        row("SELL 100@0.5", false, "100", "0.5", "0.1", "100000000", "50000000");
        row("SELL 100@0.56", false, "100", "0.56", "0.01", "100000000", "56000000");
        row("SELL 100@0.056", false, "100", "0.056", "0.001", "100000000", "5600000");
        row("SELL 100@0.0056", false, "100", "0.0056", "0.0001", "100000000", "560000");
        // Not upstream: the amount is floored to 2 dp, and the newer 0.005 / 0.0025 ticks.
        row("BUY $10.129@0.3", true, "10.129", "0.3", "0.1", "10120000", "33733000");
        row("BUY $10@0.335 t0.005", true, "10", "0.335", "0.005", "10000000", "29850740");
        row("BUY $10@0.3325 t0.0025", true, "10", "0.3325", "0.0025", "10000000", "30075187");
    }
    void marketVectors()
    {
        QFETCH(bool, buy);
        QFETCH(QString, amount);
        QFETCH(QString, price);
        QFETCH(QString, tick);
        QFETCH(QString, maker);
        QFETCH(QString, taker);
        const auto amounts = marketOrderAmounts(buy ? TradeSide::Buy : TradeSide::Sell, dec(price),
                                                dec(amount), dec(tick));
        QVERIFY2(amounts.ok(), amounts.ok() ? "" : amounts.error().detail.c_str());
        QCOMPARE(QString::fromStdString(amounts->makerAmount.toDecimal()), maker);
        QCOMPARE(QString::fromStdString(amounts->takerAmount.toDecimal()), taker);
    }

    void roundingConfigs()
    {
        QCOMPARE(roundingConfigForTick(dec(QStringLiteral("0.1")))->amountDecimals, 3);
        QCOMPARE(roundingConfigForTick(dec(QStringLiteral("0.01")))->amountDecimals, 4);
        QCOMPARE(roundingConfigForTick(dec(QStringLiteral("0.005")))->priceDecimals, 3);
        QCOMPARE(roundingConfigForTick(dec(QStringLiteral("0.0025")))->amountDecimals, 6);
        QCOMPARE(roundingConfigForTick(dec(QStringLiteral("0.001")))->amountDecimals, 5);
        QCOMPARE(roundingConfigForTick(dec(QStringLiteral("0.0001")))->priceDecimals, 4);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("tick");
        QTest::addColumn<QString>("detail");
        QTest::newRow("tick")
                << "10"
                << "0.5"
                << "0.05"
                << "tick size 0.05 is not one of 0.1, 0.01, 0.005, 0.0025, 0.001, 0.0001";
        QTest::newRow("off tick") << "10"
                                  << "0.555"
                                  << "0.01"
                                  << "price 0.555 is not a multiple of the tick size 0.01";
        QTest::newRow("price one") << "10"
                                   << "1"
                                   << "0.01"
                                   << "price 1 is outside [0.01, 0.99]";
        QTest::newRow("price zero") << "10"
                                    << "0"
                                    << "0.01"
                                    << "price 0 is outside [0.01, 0.99]";
        QTest::newRow("price negative") << "10"
                                        << "-0.5"
                                        << "0.1"
                                        << "price -0.5 is outside [0.1, 0.9]";
        QTest::newRow("size zero") << "0"
                                   << "0.5"
                                   << "0.1"
                                   << "size 0 is not positive";
        QTest::newRow("size negative") << "-3"
                                       << "0.5"
                                       << "0.1"
                                       << "size -3 is not positive";
        QTest::newRow("size dust") << "0.009"
                                   << "0.5"
                                   << "0.1"
                                   << "size 0.009 rounds down to zero at 2 decimals";
    }
    void rejects()
    {
        QFETCH(QString, size);
        QFETCH(QString, price);
        QFETCH(QString, tick);
        QFETCH(QString, detail);
        const auto amounts = limitOrderAmounts(TradeSide::Buy, dec(price), dec(size), dec(tick));
        QVERIFY(!amounts.ok());
        QCOMPARE(amounts.error().code, ErrorCode::OutOfRange);
        QCOMPARE(QString::fromStdString(amounts.error().detail), detail);
    }

    void hugeMarketBuyOverflowsCleanly()
    {
        // $1e12 at 0.0001 is 1e16 shares = 1e22 micro-units: beyond int64, rejected, no wrap.
        const auto amounts = marketOrderAmounts(TradeSide::Buy, dec(QStringLiteral("0.0001")),
                                                dec(QStringLiteral("1000000000000")),
                                                dec(QStringLiteral("0.0001")));
        QVERIFY(!amounts.ok());
        QCOMPARE(amounts.error().detail,
                 std::string("computed order amount exceeds 2^63 micro-units"));
    }
};

QTEST_GUILESS_MAIN(TestOrderAmounts)
#include "tst_orderamounts.moc"
