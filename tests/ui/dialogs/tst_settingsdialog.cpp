#include "core/config/ArbConfigLoader.h"
#include "tests/support/TestPrinters.h"
#include "ui/dialogs/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace polaris;
using polaris::ui::ConsoleSettings;
using polaris::ui::SettingsDialog;

/// SettingsDialog against a real QSettings file: inline validation, OK disabled while anything
/// is invalid, and exact round trips to QSettings and ArbConfig.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

    QLineEdit* edit(SettingsDialog& dialog, const QString& name)
    {
        auto* found = dialog.findChild<QLineEdit*>(name);
        if (!found) {
            qWarning("no line edit %s", qPrintable(name));
        }
        return found;
    }
    /// Types like a user (textEdited fires), replacing what was there.
    void type(SettingsDialog& dialog, const QString& name, const QString& text)
    {
        QLineEdit* line = edit(dialog, name);
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Backspace);
        QTest::keyClicks(line, text);
    }
    QString errorOf(SettingsDialog& dialog, const QString& name)
    {
        auto* label = dialog.findChild<QLabel*>(name + QStringLiteral("Error"));
        return label && !label->isHidden() ? label->text() : QString();
    }
    QPushButton* ok(SettingsDialog& dialog)
    {
        return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
    }

    void opensWithTheDefaultsAndValid()
    {
        SettingsDialog dialog(*m_settings);
        QVERIFY(dialog.isValid());
        QVERIFY(ok(dialog)->isEnabled());
        QCOMPARE(edit(dialog, QStringLiteral("arb_neg_risk_min_discount"))->text(),
                 QStringLiteral("0.03"));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("arb_neg_risk_min_discountHint"))->text(),
                 QStringLiteral("= 3 %"));
        QCOMPARE(edit(dialog, QStringLiteral("arb_bond_max_price"))->text(),
                 QStringLiteral("0.995"));
        QCOMPARE(edit(dialog, QStringLiteral("arb_resolution_lag_hours"))->text(),
                 QStringLiteral("48"));
        QCOMPARE(edit(dialog, QStringLiteral("gammaUrl"))->text(),
                 QStringLiteral("https://gamma-api.polymarket.com"));
        QCOMPARE(edit(dialog, QStringLiteral("databaseUrl"))->text(), QString());
        QCOMPARE(edit(dialog, QStringLiteral("notifyMinNetProfit"))->text(), QStringLiteral("5"));
        QVERIFY(dialog.loadProblems().isEmpty());
    }

    void invalidValuesDisableOk_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("price above 1") << "arb_bond_min_price"
                                       << "1.2"
                                       << "A price lies strictly between 0 and 1, e.g. 0.95.";
        QTest::newRow("percentage above 100 %") << "arb_max_capital_pct"
                                                << "1.5"
                                                << "A fraction between 0 and 1: 0.03 means 3 %.";
        QTest::newRow("zero size") << "arb_neg_risk_max_shares"
                                   << "0"
                                   << "Must be greater than 0.";
        QTest::newRow("negative gas") << "arb_merge_gas_usd"
                                      << "-0.01"
                                      << "Must not be negative.";
        QTest::newRow("fractional days") << "arb_bond_max_days"
                                         << "1.5"
                                         << "A whole number, 1 or more.";
        QTest::newRow("seven decimals") << "arb_share_step"
                                        << "0.0000001"
                                        << "At most 6 decimal places.";
        QTest::newRow("not a number") << "arb_min_liquidity_usd"
                                      << "1k"
                                      << "Not a decimal number: use digits and one '.', e.g. 0.03.";
        QTest::newRow("gamma ftp") << "gammaUrl"
                                   << "ftp://example.com"
                                   << "An absolute http:// or https:// URL with a host.";
        QTest::newRow("clob relative") << "clobUrl"
                                       << "/books"
                                       << "An absolute http:// or https:// URL with a host.";
        QTest::newRow("ws over https") << "wsUrl"
                                       << "https://example.com/ws"
                                       << "An absolute ws:// or wss:// URL with a host.";
        QTest::newRow("db password")
                << "databaseUrl"
                << "postgresql://trader:hunter2@db.example/polaris"
                << "Leave the password out: settings are not a safe place for it. PostgreSQL "
                   "reads it from ~/.pgpass or PGPASSWORD.";
        QTest::newRow("notify negative") << "notifyMinNetProfit"
                                         << "-1"
                                         << "Must not be negative.";
    }

    void invalidValuesDisableOk()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, error);
        SettingsDialog dialog(*m_settings);
        type(dialog, field, text);
        QCOMPARE(errorOf(dialog, field), error);
        QVERIFY(!dialog.isValid());
        QVERIFY(!ok(dialog)->isEnabled());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("validationSummary"))
                        ->text()
                        .startsWith(QStringLiteral("1 value(s) need attention, see ")));
        // OK does nothing while invalid (e.g. Enter in a field).
        QSignalSpy changed(&dialog, &SettingsDialog::arbConfigChanged);
        dialog.accept();
        QCOMPARE(changed.count(), 0);
        QVERIFY(m_settings->allKeys().isEmpty());
    }

    void relationsAreMarkedOnTheField()
    {
        SettingsDialog dialog(*m_settings);
        type(dialog, QStringLiteral("arb_neg_risk_min_shares"), QStringLiteral("600"));
        QCOMPARE(errorOf(dialog, QStringLiteral("arb_neg_risk_max_shares")),
                 QStringLiteral("Must not be below the smallest basket."));
        QVERIFY(!ok(dialog)->isEnabled());
        type(dialog, QStringLiteral("arb_neg_risk_max_shares"), QStringLiteral("600"));
        QCOMPARE(errorOf(dialog, QStringLiteral("arb_neg_risk_max_shares")), QString());
        QVERIFY(ok(dialog)->isEnabled());
    }

    void validEditsRoundTripExactly()
    {
        {
            SettingsDialog dialog(*m_settings);
            type(dialog, QStringLiteral("arb_neg_risk_min_discount"), QStringLiteral("0.025"));
            type(dialog, QStringLiteral("arb_bond_max_price"), QStringLiteral("0.999999"));
            type(dialog, QStringLiteral("arb_tail_max_hours"), QStringLiteral("12.5"));
            type(dialog, QStringLiteral("arb_max_consecutive_fail"), QStringLiteral("5"));
            type(dialog, QStringLiteral("arb_max_daily_loss"), QStringLiteral("123.456789"));
            type(dialog, QStringLiteral("wsUrl"), QStringLiteral("ws://127.0.0.1:9000/ws/market"));
            type(dialog, QStringLiteral("databaseUrl"),
                 QStringLiteral("postgresql://trader@db.example:5433/polaris"));
            type(dialog, QStringLiteral("notifyMinNetProfit"), QStringLiteral("2.5"));
            auto* language = dialog.findChild<QComboBox*>(QStringLiteral("language"));
            language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
            QVERIFY(dialog.isValid());

            QSignalSpy config(&dialog, &SettingsDialog::arbConfigChanged);
            QSignalSpy console(&dialog, &SettingsDialog::consoleSettingsChanged);
            QSignalSpy restart(&dialog, &SettingsDialog::restartNeeded);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(config.count(), 1);
            const auto emitted = config.at(0).at(0).value<ArbConfig>();
            QCOMPARE(emitted.minDiscount, Decimal::fromMicros(25'000));
            QCOMPARE(emitted.bondMaxPrice, Decimal::fromMicros(999'999));
            QCOMPARE(emitted.tailMaxHoursMs, std::int64_t(45'000'000));
            QCOMPARE(emitted.maxConsecutiveFailures, 5);
            QCOMPARE(emitted.maxDailyLossUsd, Decimal::fromMicros(123'456'789));
            QCOMPARE(emitted.minShares, ArbConfig{}.minShares); // untouched
            QCOMPARE(console.count(), 1);
            QCOMPARE(console.at(0).at(0).value<ConsoleSettings>().notifyMinNetProfit,
                     Decimal::fromMicros(2'500'000));
            QCOMPARE(restart.count(), 1);
        }
        // QSettings: decimal text under the loader's key names; only what differs from defaults.
        QSettings& s = *m_settings;
        QCOMPARE(s.value(QStringLiteral("arb/neg_risk_min_discount")).toString(),
                 QStringLiteral("0.025"));
        QCOMPARE(s.value(QStringLiteral("arb/bond_max_price")).toString(),
                 QStringLiteral("0.999999"));
        QCOMPARE(s.value(QStringLiteral("arb/tail_max_hours")).toString(), QStringLiteral("12.5"));
        QCOMPARE(s.value(QStringLiteral("arb/max_daily_loss")).toString(),
                 QStringLiteral("123.456789"));
        QVERIFY(!s.contains(QStringLiteral("arb/share_step")));
        QCOMPARE(s.value(QStringLiteral("venues/polymarket/ws_url")).toString(),
                 QStringLiteral("ws://127.0.0.1:9000/ws/market"));
        QVERIFY(!s.contains(QStringLiteral("venues/polymarket/gamma_url"))); // default not pinned
        QCOMPARE(s.value(QStringLiteral("storage/url")).toString(),
                 QStringLiteral("postgresql://trader@db.example:5433/polaris"));
        QCOMPARE(s.value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
        QCOMPARE(s.value(QStringLiteral("notifications/min_net_profit")).toString(),
                 QStringLiteral("2.5"));
        for (const QString& key : s.allKeys()) {
            QVERIFY2(!key.contains(QLatin1String("key")) && !key.contains(QLatin1String("secret")),
                     qPrintable(key));
        }

        // What the scanner would load at the next start.
        ArbConfig loaded;
        QVERIFY(ArbConfigLoader::applySettings(loaded, s).ok());
        QCOMPARE(loaded.minDiscount, Decimal::fromMicros(25'000));
        QCOMPARE(loaded.tailMaxHoursMs, std::int64_t(45'000'000));
        QCOMPARE(ArbConfigLoader::describe(loaded).size(), ArbConfigLoader::keys().size());

        // And the dialog shows it again.
        SettingsDialog again(*m_settings);
        QCOMPARE(edit(again, QStringLiteral("arb_neg_risk_min_discount"))->text(),
                 QStringLiteral("0.025"));
        QCOMPARE(edit(again, QStringLiteral("arb_tail_max_hours"))->text(), QStringLiteral("12.5"));
        QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("language"))->currentData(),
                 QVariant(QStringLiteral("zh_CN")));
        QSignalSpy config(&again, &SettingsDialog::arbConfigChanged);
        QSignalSpy restart(&again, &SettingsDialog::restartNeeded);
        again.accept(); // nothing changed: nothing to announce
        QCOMPARE(config.count(), 0);
        QCOMPARE(restart.count(), 0);
    }

    void backToTheDefaultRemovesTheEntry()
    {
        m_settings->setValue(QStringLiteral("arb/share_step"), QStringLiteral("0.1"));
        SettingsDialog dialog(*m_settings);
        QCOMPARE(edit(dialog, QStringLiteral("arb_share_step"))->text(), QStringLiteral("0.1"));
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(edit(dialog, QStringLiteral("arb_share_step"))->text(), QStringLiteral("0.01"));
        dialog.accept();
        QVERIFY(!m_settings->contains(QStringLiteral("arb/share_step")));
    }

    void badStoredValuesAreReportedAndReplaced()
    {
        m_settings->setValue(QStringLiteral("arb/bond_min_price"), QStringLiteral("cheap"));
        m_settings->setValue(QStringLiteral("arb/no_such_key"), QStringLiteral("1"));
        m_settings->setValue(QStringLiteral("arb/max_open_pct"), QStringLiteral("0.7"));
        ArbConfig config;
        const Status status = ArbConfigLoader::applySettings(config, *m_settings);
        QVERIFY(!status.ok());
        QVERIFY(status.error().detail.find("bond_min_price") != std::string::npos);
        QVERIFY(status.error().detail.find("no_such_key") != std::string::npos);
        QCOMPARE(config.maxOpenPct, Decimal::fromMicros(700'000)); // the good one still applies

        SettingsDialog dialog(*m_settings);
        QVERIFY(!dialog.loadProblems().isEmpty());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("loadProblems")));
        QCOMPARE(edit(dialog, QStringLiteral("arb_bond_min_price"))->text(),
                 QStringLiteral("0.93"));
        QCOMPARE(edit(dialog, QStringLiteral("arb_max_open_pct"))->text(), QStringLiteral("0.7"));
        QVERIFY(dialog.isValid());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
