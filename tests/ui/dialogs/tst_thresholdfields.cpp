#include "core/config/ArbConfigLoader.h"
#include "ui/dialogs/ThresholdFields.h"

#include <QTest>

using namespace polaris;
using polaris::ui::ThresholdField;
using polaris::ui::ThresholdFields;

namespace {

ThresholdField fieldOf(const QString& key)
{
    for (const ThresholdField& field : ThresholdFields::all()) {
        if (field.key == key) {
            return field;
        }
    }
    qFatal("no field %s", qPrintable(key));
}

} // namespace

/// ThresholdFields: every loader key is presented once, and each kind's range check.
class TestThresholdFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLoaderKeyExactlyOnceGrouped()
    {
        const auto fields = ThresholdFields::all();
        QStringList keys;
        for (const ThresholdField& field : fields) {
            keys << field.key;
            QVERIFY2(!field.label.isEmpty(), qPrintable(field.key));
        }
        QStringList expected = ArbConfigLoader::keys();
        QStringList sorted = keys;
        sorted.sort();
        expected.sort();
        QCOMPARE(sorted, expected);
        // Groups appear in order, each once.
        for (std::size_t i = 1; i < fields.size(); ++i) {
            QVERIFY(fields[i - 1].group <= fields[i].group);
        }
        QCOMPARE(fieldOf(QStringLiteral("bond_min_price")).group, ThresholdField::Group::Bonds);
        QCOMPARE(fieldOf(QStringLiteral("bond_min_price")).kind, ThresholdField::Kind::Price);
        QCOMPARE(fieldOf(QStringLiteral("max_open_pct")).group, ThresholdField::Group::Risk);
    }

    void check_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error"); // start of the message; empty = valid
        const QString price = QStringLiteral("A price lies strictly between 0 and 1");
        const QString fraction = QStringLiteral("A fraction between 0 and 1");
        QTest::newRow("price ok") << "bond_min_price"
                                  << "0.95"
                                  << "";
        QTest::newRow("price 1") << "bond_max_price"
                                 << "1" << price;
        QTest::newRow("price 0") << "tail_min_confidence"
                                 << "0" << price;
        QTest::newRow("price 1.2") << "bond_min_price"
                                   << "1.2" << price;
        QTest::newRow("fraction 0") << "neg_risk_min_discount"
                                    << "0"
                                    << "";
        QTest::newRow("fraction 1") << "max_open_pct"
                                    << "1"
                                    << "";
        QTest::newRow("fraction 1.01") << "max_open_pct"
                                       << "1.01" << fraction;
        QTest::newRow("fraction negative") << "max_capital_pct"
                                           << "-0.1" << fraction;
        QTest::newRow("rate above 1") << "bond_min_annualized"
                                      << "2.5"
                                      << "";
        QTest::newRow("rate negative") << "bond_min_annualized"
                                       << "-1"
                                       << "Must not be negative";
        QTest::newRow("size 0") << "neg_risk_min_shares"
                                << "0"
                                << "Must be greater than 0";
        QTest::newRow("size ok") << "neg_risk_min_shares"
                                 << "12.5"
                                 << "";
        QTest::newRow("usd 0") << "merge_gas_usd"
                               << "0"
                               << "";
        QTest::newRow("usd negative") << "max_daily_loss"
                                      << "-5"
                                      << "Must not be negative";
        QTest::newRow("count fraction") << "bond_max_days"
                                        << "2.5"
                                        << "A whole number";
        QTest::newRow("count 0") << "max_consecutive_fail"
                                 << "0"
                                 << "A whole number";
        QTest::newRow("count ok") << "scan_interval_active"
                                  << "7"
                                  << "";
        QTest::newRow("hours") << "resolution_lag_hours"
                               << "0.5"
                               << "";
        QTest::newRow("over-precise") << "bond_min_price"
                                      << "0.9500001"
                                      << "At most 6 decimal";
        QTest::newRow("exponent") << "bond_min_price"
                                  << "9.5e-1"
                                  << "Not a decimal number";
        QTest::newRow("comma") << "merge_gas_usd"
                               << "0,01"
                               << "Not a decimal number";
        QTest::newRow("empty") << "merge_gas_usd"
                               << ""
                               << "Enter a value";
    }

    void check()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(QString, error);
        const QString message = ThresholdFields::check(fieldOf(key), text);
        if (error.isEmpty()) {
            QCOMPARE(message, QString());
        } else {
            QVERIFY2(message.startsWith(error), qPrintable(message));
        }
    }

    void percentHint()
    {
        QCOMPARE(ThresholdFields::hint(fieldOf(QStringLiteral("neg_risk_min_discount")),
                                       QStringLiteral("0.035")),
                 QStringLiteral("= 3.5 %"));
        QCOMPARE(ThresholdFields::hint(fieldOf(QStringLiteral("bond_min_annualized")),
                                       QStringLiteral("1.25")),
                 QStringLiteral("= 125 %"));
        QCOMPARE(ThresholdFields::hint(fieldOf(QStringLiteral("merge_gas_usd")),
                                       QStringLiteral("0.01")),
                 QString());
    }

    void relations()
    {
        ArbConfig config;
        QVERIFY(ThresholdFields::checkRelations(config).empty());
        config.minShares = Decimal::fromInt(600);
        config.bondMinPrice = config.bondMaxPrice;
        const auto problems = ThresholdFields::checkRelations(config);
        QCOMPARE(problems.size(), std::size_t(2));
        QCOMPARE(problems[0].first, QStringLiteral("neg_risk_max_shares"));
        QCOMPARE(problems[1].first, QStringLiteral("bond_max_price"));
    }
};

QTEST_GUILESS_MAIN(TestThresholdFields)
#include "tst_thresholdfields.moc"
