#include "tests/ui/UiTestData.h"
#include "ui/MainWindow.h"
#include "ui/TrayAnnouncer.h"

#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace polaris;
using namespace polaris::test;
using polaris::ui::TrayAnnouncer;

/// Notification texts, and the status-bar fallback of the real window where there is no tray
/// (the offscreen platform has none).
class TestTrayAnnouncer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void texts()
    {
        const std::vector<Opportunity> one{negRiskLong("a", "Fed decision", "12.345")};
        QCOMPARE(TrayAnnouncer::title(one, d("5")), QStringLiteral("New opportunity: 12.35 USDC"));
        QVERIFY(TrayAnnouncer::body(one).startsWith(
                QStringLiteral("A · Fed decision · 12.35 USDC net (")));
        std::vector<Opportunity> five;
        for (int i = 0; i < 5; ++i) {
            five.push_back(negRiskLong("o" + std::to_string(i), "E" + std::to_string(i), "6"));
        }
        QCOMPARE(TrayAnnouncer::title(five, d("5.5")),
                 QString::fromUtf8("5 new opportunities ≥ 5.5 USDC"));
        const QStringList lines = TrayAnnouncer::body(five).split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.last(), QStringLiteral("and 2 more"));
    }

    void statusBarWithoutTray()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("notifications/min_net_profit"), QStringLiteral("5"));
        ui::MainWindow window;
        window.setSettings(&settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setScanSummary(summaryOf({negRiskLong("a", "Paris rainfall", "0.9")}));
        QCOMPARE(window.statusBar()->currentMessage(), QString()); // below the threshold
        window.setScanSummary(summaryOf({negRiskLong("a", "Paris rainfall", "0.9"),
                                         negRiskLong("b", "Fed decision", "7.5")}));
        QVERIFY2(window.statusBar()->currentMessage().startsWith(
                         QStringLiteral("New opportunity: 7.50 USDC — A · Fed decision")),
                 qPrintable(window.statusBar()->currentMessage()));
        window.statusBar()->clearMessage();
        window.setScanSummary(summaryOf({negRiskLong("b", "Fed decision", "7.5")}));
        QCOMPARE(window.statusBar()->currentMessage(), QString()); // announced once
    }
};

QTEST_MAIN(TestTrayAnnouncer)
#include "tst_trayannouncer.moc"
