#include "tests/ui/ExecutionTestData.h"
#include "ui/models/RiskPanelModel.h"
#include "ui/widgets/LiveConfirmDialog.h"
#include "ui/widgets/RiskPanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace polaris;
using namespace polaris::test;
using polaris::ui::RiskPanel;

class TestRiskPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ExecutionMode>(); }

    void showsPhaseAndOverallLevelAsText()
    {
        RiskPanel panel;
        RiskSnapshot s = riskSnapshot();
        s.openExposure = d("700");
        panel.setRiskSnapshot(s);
        auto* phase = panel.findChild<QLabel*>(QStringLiteral("phase"));
        auto* overall = panel.findChild<QLabel*>(QStringLiteral("overall"));
        QCOMPARE(phase->text(), QStringLiteral("Phase: Paper"));
        QCOMPARE(overall->text(), QStringLiteral("⚠ Warning"));
        QVERIFY(panel.findChild<QPushButton*>(QStringLiteral("phasePaper"))->isChecked());

        s.phase = ExecutionMode::Live;
        s.effectiveMode = ExecutionMode::Monitor;
        s.breaker = BreakerState::DroppedToMonitor;
        panel.setRiskSnapshot(s);
        QCOMPARE(phase->text(),
                 QStringLiteral("Phase: Live (running as Monitor: Dropped to Monitor)"));
        QCOMPARE(overall->text(), QStringLiteral("✖ Tripped"));
        QVERIFY(!panel.findChild<QPushButton*>(QStringLiteral("phaseLive"))->isEnabled());
    }

    void monitorAndPaperNeedNoPhrase()
    {
        RiskPanel panel;
        panel.setRiskSnapshot(riskSnapshot());
        QSignalSpy requested(&panel, &RiskPanel::phaseRequested);
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("phaseMonitor")),
                          Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested[0][0].value<ExecutionMode>(), ExecutionMode::Monitor);
        QCOMPARE(requested[0][1].toString(), QString());
        // The button shows the service's phase, not the click.
        QVERIFY(panel.findChild<QPushButton*>(QStringLiteral("phasePaper"))->isChecked());
        QVERIFY(!panel.findChild<QPushButton*>(QStringLiteral("phaseMonitor"))->isChecked());
    }

    void liveGoesThroughTheConfirmation()
    {
        RiskPanel panel;
        panel.setRiskSnapshot(riskSnapshot());
        panel.show();
        QSignalSpy requested(&panel, &RiskPanel::phaseRequested);
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("phaseLive")),
                          Qt::LeftButton);
        QCOMPARE(requested.count(), 0);
        ui::LiveConfirmDialog* dialog = panel.liveDialog();
        QVERIFY(dialog && dialog->isVisible());
        // Cancelled: nothing asked.
        dialog->reject();
        QCOMPARE(requested.count(), 0);
        QTRY_VERIFY(panel.liveDialog() == nullptr); // deleted on close

        panel.requestLive();
        dialog = panel.liveDialog();
        QVERIFY(dialog);
        auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("livePhrase"));
        QTest::keyClicks(field, QStringLiteral("live"));
        dialog->accept();
        QCOMPARE(requested.count(), 0);
        field->clear();
        QTest::keyClicks(field, QStringLiteral("LIVE"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("enterLive")),
                          Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested[0][0].value<ExecutionMode>(), ExecutionMode::Live);
        QCOMPARE(requested[0][1].toString(), QStringLiteral("LIVE"));
    }

    void resetBreakerOnlyWhilePaused()
    {
        RiskPanel panel;
        auto* reset = panel.findChild<QPushButton*>(QStringLiteral("resetBreaker"));
        RiskSnapshot s = riskSnapshot();
        panel.setRiskSnapshot(s);
        QVERIFY(!reset->isEnabled());
        s.breaker = BreakerState::StoppedForDay;
        panel.setRiskSnapshot(s);
        QVERIFY(!reset->isEnabled());
        s.breaker = BreakerState::Paused;
        s.breakerUntilMs = kNow + 60'000;
        panel.setRiskSnapshot(s);
        QVERIFY(reset->isEnabled());
        QSignalSpy resets(&panel, &RiskPanel::resetBreakerRequested);
        QTest::mouseClick(reset, Qt::LeftButton);
        QCOMPARE(resets.count(), 1);
    }

    void showsFailuresAndReconciliationIssues()
    {
        RiskPanel panel;
        panel.show();
        auto* failure = panel.findChild<QLabel*>(QStringLiteral("failure"));
        auto* reconciliation = panel.findChild<QLabel*>(QStringLiteral("reconciliation"));
        QVERIFY(!failure->isVisible());
        QVERIFY(!reconciliation->isVisible());
        panel.showFailure(QStringLiteral("wrong phrase"));
        QVERIFY(failure->isVisible());
        QCOMPARE(failure->text(), QStringLiteral("wrong phrase"));
        panel.setReconciliationIssues({QStringLiteral("order x unexpected")});
        QVERIFY(reconciliation->isVisible());
        QVERIFY(reconciliation->text().contains(QStringLiteral("order x unexpected")));
        panel.setReconciliationIssues({});
        QVERIFY(!reconciliation->isVisible());
    }
};

QTEST_MAIN(TestRiskPanel)
#include "tst_riskpanel.moc"
