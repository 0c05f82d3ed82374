#include "core/execution/ExecutionService.h"
#include "ui/widgets/LiveConfirmDialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace polaris;
using polaris::ui::LiveConfirmDialog;

class TestLiveConfirmDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrongPhraseIsRefused_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("empty") << QString();
        QTest::newRow("lower case") << QStringLiteral("live");
        QTest::newRow("partial") << QStringLiteral("LIV");
        QTest::newRow("more") << QStringLiteral("LIVE!");
        QTest::newRow("yes") << QStringLiteral("yes");
    }

    void wrongPhraseIsRefused()
    {
        QFETCH(QString, typed);
        LiveConfirmDialog dialog;
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.open();
        auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("livePhrase"));
        auto* enter = dialog.findChild<QPushButton*>(QStringLiteral("enterLive"));
        QVERIFY(field && enter);
        QTest::keyClicks(field, typed);
        QVERIFY(!enter->isEnabled());
        QVERIFY(!dialog.phraseMatches());
        dialog.accept(); // even called directly, it does not close as accepted
        QTest::keyClick(field, Qt::Key_Return); // Enter is not the way in either
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog.result() != QDialog::Accepted);
    }

    void rightPhraseIsAccepted()
    {
        LiveConfirmDialog dialog;
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.open();
        auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("livePhrase"));
        auto* enter = dialog.findChild<QPushButton*>(QStringLiteral("enterLive"));
        QTest::keyClicks(field, QStringLiteral("  ") + ExecutionService::liveConfirmationPhrase());
        QVERIFY(enter->isEnabled());
        QTest::mouseClick(enter, Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.typedPhrase(), QStringLiteral("LIVE"));
    }
};

QTEST_MAIN(TestLiveConfirmDialog)
#include "tst_liveconfirmdialog.moc"
