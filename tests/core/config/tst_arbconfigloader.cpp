#include "core/config/ArbConfigLoader.h"
#include "tests/support/TestPrinters.h"

#include <QTemporaryFile>
#include <QTest>

using namespace polaris;

/// ArbConfig: the seed's defaults, file and flag overrides, and refusal of bad values.
class TestArbConfigLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsAreTheSeeds()
    {
        const ArbConfig config;
        QCOMPARE(config.minDiscount, *Decimal::parse("0.03"));
        QCOMPARE(config.minShares, Decimal::fromInt(50));
        QCOMPARE(config.maxShares, Decimal::fromInt(500));
        QCOMPARE(config.bondMinPrice, *Decimal::parse("0.93"));
        QCOMPARE(config.bondMaxPrice, *Decimal::parse("0.995"));
        QCOMPARE(config.bondMinAnnualized, *Decimal::parse("0.10"));
        QCOMPARE(config.bondMaxDays, 30);
        QCOMPARE(config.tailMaxHoursMs, 6LL * 3600 * 1000);
        QCOMPARE(config.tailMinConfidence, *Decimal::parse("0.90"));
        QCOMPARE(config.tailMinProfitPct, *Decimal::parse("0.03"));
        QCOMPARE(config.maxCapitalPct, *Decimal::parse("0.30"));
        QCOMPARE(config.maxDailyLossUsd, Decimal::fromInt(50));
        QCOMPARE(config.maxConsecutiveFailures, 3);
        QCOMPARE(config.minLiquidityUsd, Decimal::fromInt(1000));
        QCOMPARE(config.maxBookAgeMs, 5000);
    }

    void appliesJsonFileExactly()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(
                R"({"neg_risk_min_discount": 0.025, "neg_risk_max_shares": "1000", "bond_max_days": 14,
                      "tail_max_hours": 2.5, "max_book_age_ms": 3000})");
        file.close();
        ArbConfig config;
        const Status status = ArbConfigLoader::applyFile(config, file.fileName());
        QVERIFY2(status.ok(), status.ok() ? "" : status.error().detail.c_str());
        QCOMPARE(config.minDiscount, *Decimal::parse("0.025"));
        QCOMPARE(config.maxShares, Decimal::fromInt(1000));
        QCOMPARE(config.bondMaxDays, 14);
        QCOMPARE(config.tailMaxHoursMs, 9'000'000LL);
        QCOMPARE(config.maxBookAgeMs, 3000LL);
        QVERIFY(ArbConfigLoader::describe(config).contains(QStringLiteral("tail_max_hours=2.5")));
    }

    void refusesBadOverrides_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("code");
        QTest::newRow("unknown key") << "neg_risk_min_discountt"
                                     << "0.03" << int(ErrorCode::NotFound);
        QTest::newRow("not a number") << "neg_risk_min_discount"
                                      << "three" << int(ErrorCode::InvalidFormat);
        QTest::newRow("negative") << "neg_risk_min_shares"
                                  << "-5" << int(ErrorCode::InvalidFormat);
        QTest::newRow("fractional days") << "bond_max_days"
                                         << "2.5" << int(ErrorCode::InvalidFormat);
        QTest::newRow("over precise") << "bond_min_price"
                                      << "0.93000001" << int(ErrorCode::InvalidFormat);
    }
    void refusesBadOverrides()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(int, code);
        ArbConfig config;
        const Status status = ArbConfigLoader::apply(config, key, value);
        QVERIFY(!status.ok());
        QCOMPARE(int(status.error().code), code);
        QVERIFY(status.error().detail.find(key.toStdString()) != std::string::npos);
        QCOMPARE(config.minDiscount, *Decimal::parse("0.03")); // untouched
    }

    void refusesMalformedJson()
    {
        ArbConfig config;
        QCOMPARE(ArbConfigLoader::applyJson(config, "{not json").error().code,
                 ErrorCode::InvalidFormat);
        QCOMPARE(ArbConfigLoader::applyJson(config, R"({"bond_max_days": true})").error().code,
                 ErrorCode::InvalidFormat);
    }
};

QTEST_GUILESS_MAIN(TestArbConfigLoader)
#include "tst_arbconfigloader.moc"
