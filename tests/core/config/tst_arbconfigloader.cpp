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

    void executionDefaults()
    {
        const ArbConfig config;
        QCOMPARE(config.breakerPauseMs, 3'600'000LL);
        QCOMPARE(config.maxApiLatencyMs, 500LL);
        QCOMPARE(config.fillTimeoutMs, 10'000LL);
        QCOMPARE(config.patchRatio, *Decimal::parse("0.8"));
        QCOMPARE(config.unwindRatio, *Decimal::parse("0.5"));
        QCOMPARE(config.patchSlippage, *Decimal::parse("0.05"));
        QCOMPARE(config.unwindSlippage, *Decimal::parse("0.05"));
        QCOMPARE(config.approvalTtlMs, 30'000LL);
        QCOMPARE(config.approvalTolerancePct, *Decimal::parse("0.005"));
        QCOMPARE(config.paperLatencyMs, 250LL);
        QCOMPARE(config.paperStartingBalance, Decimal::fromInt(1000));
        const QStringList described = ArbConfigLoader::describe(config);
        for (const char* line :
             {"breaker_pause_s=3600", "max_api_latency_ms=500", "fill_timeout_ms=10000",
              "patch_ratio=0.8", "unwind_ratio=0.5", "patch_slippage=0.05", "unwind_slippage=0.05",
              "approval_ttl_s=30", "approval_tolerance_pct=0.005", "paper_latency_ms=250",
              "paper_starting_balance=1000"}) {
            QVERIFY2(described.contains(QLatin1String(line)), line);
        }
    }

    void appliesExecutionKeys()
    {
        ArbConfig config;
        const Status status = ArbConfigLoader::applyJson(
                config, R"({"breaker_pause_s": 90.5, "max_api_latency_ms": "750",
                           "fill_timeout_ms": 2500, "patch_ratio": "0.9", "unwind_ratio": 0.4,
                           "patch_slippage": 0.02, "unwind_slippage": "0.5",
                           "approval_ttl_s": 12, "approval_tolerance_pct": 0.0025,
                           "paper_latency_ms": 0, "paper_starting_balance": "250.75"})");
        QVERIFY2(status.ok(), status.ok() ? "" : status.error().detail.c_str());
        QCOMPARE(config.breakerPauseMs, 90'500LL);
        QCOMPARE(config.maxApiLatencyMs, 750LL);
        QCOMPARE(config.fillTimeoutMs, 2'500LL);
        QCOMPARE(config.patchRatio, *Decimal::parse("0.9"));
        QCOMPARE(config.unwindRatio, *Decimal::parse("0.4"));
        QCOMPARE(config.patchSlippage, *Decimal::parse("0.02"));
        QCOMPARE(config.unwindSlippage, *Decimal::parse("0.5"));
        QCOMPARE(config.approvalTtlMs, 12'000LL);
        QCOMPARE(config.approvalTolerancePct, *Decimal::parse("0.0025"));
        QCOMPARE(config.paperLatencyMs, 0LL);
        QCOMPARE(config.paperStartingBalance, *Decimal::parse("250.75"));
        QVERIFY(ArbConfigLoader::describe(config).contains(QStringLiteral("breaker_pause_s=90.5")));
        QVERIFY(ArbConfigLoader::apply(config, QStringLiteral("max_capital_pct"),
                                       QStringLiteral("1"))
                        .ok());
        QCOMPARE(config.maxCapitalPct, Decimal::fromInt(1));
    }

    void refusesOutOfRange_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("why");
        QTest::newRow("ratio over 1") << "patch_ratio"
                                      << "1.000001"
                                      << "must be between 0 and 1";
        QTest::newRow("unwind ratio over 1") << "unwind_ratio"
                                             << "2"
                                             << "must be between 0 and 1";
        QTest::newRow("slippage over half") << "patch_slippage"
                                            << "0.500001"
                                            << "must be between 0 and 0.5";
        QTest::newRow("unwind slippage") << "unwind_slippage"
                                         << "0.6"
                                         << "must be between 0 and 0.5";
        QTest::newRow("tolerance over 1") << "approval_tolerance_pct"
                                          << "1.5"
                                          << "must be between 0 and 1";
        QTest::newRow("zero ttl") << "approval_ttl_s"
                                  << "0"
                                  << "must be between 1 and 3600";
        QTest::newRow("ttl of a day") << "approval_ttl_s"
                                      << "86400"
                                      << "must be between 1 and 3600";
        QTest::newRow("zero latency limit") << "max_api_latency_ms"
                                            << "0"
                                            << "must be between 1 and 60000";
        QTest::newRow("zero fill timeout") << "fill_timeout_ms"
                                           << "0"
                                           << "must be between 1 and 600000";
        QTest::newRow("week-long pause plus one") << "breaker_pause_s"
                                                  << "604801"
                                                  << "must be between 0 and 604800";
        QTest::newRow("paper latency a minute plus one") << "paper_latency_ms"
                                                         << "60001"
                                                         << "must be between 0 and 60000";
        QTest::newRow("empty paper account") << "paper_starting_balance"
                                             << "0"
                                             << "must be between 0.000001 and 1000000000";
        QTest::newRow("capital over balance") << "max_capital_pct"
                                              << "1.01"
                                              << "must be between 0 and 1";
        QTest::newRow("no failures allowed") << "max_consecutive_fail"
                                             << "0"
                                             << "must be at least 1";
        QTest::newRow("absurd whole number") << "bond_max_days"
                                             << "3000000000"
                                             << "must be at most 1000000000";
        QTest::newRow("absurd duration") << "tail_max_hours"
                                         << "1000000000000"
                                         << "longer than ten years";
    }
    void refusesOutOfRange()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, why);
        ArbConfig config;
        const ArbConfig before;
        const Status status = ArbConfigLoader::apply(config, key, value);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::OutOfRange);
        const QString detail = QString::fromStdString(status.error().detail);
        QVERIFY2(detail.contains(key) && detail.contains(value) && detail.contains(why),
                 qPrintable(detail));
        // Nothing changed.
        QCOMPARE(ArbConfigLoader::describe(config), ArbConfigLoader::describe(before));
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
