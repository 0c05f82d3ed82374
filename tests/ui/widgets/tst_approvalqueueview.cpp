#include "tests/ui/ExecutionTestData.h"
#include "ui/models/ApprovalQueueModel.h"
#include "ui/models/ExecutionResultsModel.h"
#include "ui/widgets/ApprovalQueueView.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace polaris;
using namespace polaris::test;
using polaris::ui::ApprovalQueueView;

class TestApprovalQueueView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void approveAndRejectTheSelectedEntryOnce()
    {
        ManualClock clock(kNow);
        ApprovalQueueView view;
        view.setClock(&clock);
        view.setOperatorName(QStringLiteral("alice"));
        view.setApprovals({approval("a"), approval("b")});
        auto* approve = view.findChild<QPushButton*>(QStringLiteral("approve"));
        auto* reject = view.findChild<QPushButton*>(QStringLiteral("reject"));
        QVERIFY(!approve->isEnabled()); // nothing selected
        QSignalSpy approved(&view, &ApprovalQueueView::approveRequested);
        QSignalSpy rejected(&view, &ApprovalQueueView::rejectRequested);
        view.approveSelected();
        QCOMPARE(approved.count(), 0);

        view.table()->selectRow(1);
        QVERIFY(approve->isEnabled());
        QCOMPARE(view.selectedApprovalId(), QStringLiteral("ap-b"));
        QTest::mouseClick(approve, Qt::LeftButton);
        QCOMPARE(approved.count(), 1);
        QCOMPARE(approved[0][0].toString(), QStringLiteral("ap-b"));
        QCOMPARE(approved[0][1].toString(), QStringLiteral("alice"));
        // Until the service answers, a second click does nothing.
        QVERIFY(!approve->isEnabled());
        view.approveSelected();
        QCOMPARE(approved.count(), 1);

        // The service moved it to NeedsReconfirm: the button asks to confirm again.
        PendingApproval moved = approval("b");
        moved.stage = ApprovalStage::NeedsReconfirm;
        moved.requote = moved.quote;
        moved.requote->netProfit = d("1.1");
        view.setApprovals({approval("a"), moved});
        QCOMPARE(view.selectedApprovalId(), QStringLiteral("ap-b"));
        QVERIFY(approve->isEnabled());
        QCOMPARE(approve->text(), QStringLiteral("Confirm again"));
        view.rejectSelected();
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(rejected[0][0].toString(), QStringLiteral("ap-b"));
        QVERIFY(!reject->isEnabled());

        view.setApprovals({approval("a"), approval("b", "1.5", ApprovalStage::Rejected)});
        QVERIFY(!approve->isEnabled());
        QVERIFY(!reject->isEnabled());
        QCOMPARE(approve->text(), QStringLiteral("Approve"));
    }

    void countsDownAndRefusesAnExpiredQuote()
    {
        ManualClock clock(kNow);
        ApprovalQueueView view;
        view.setClock(&clock);
        view.setApprovals({approval("a", "1.5", ApprovalStage::Waiting, 2'000)});
        view.show();
        view.table()->selectRow(0);
        const QModelIndex left = view.model()->index(0, ui::ApprovalQueueModel::TimeLeftColumn);
        QCOMPARE(left.data().toString(), QStringLiteral("2.0 s"));
        clock.advanceMs(1'250);
        QTRY_COMPARE(left.data().toString(), QStringLiteral("750 ms")); // the view's own timer
        clock.advanceMs(750);
        QTRY_COMPARE(left.data().toString(), QStringLiteral("expired"));
        auto* approve = view.findChild<QPushButton*>(QStringLiteral("approve"));
        QVERIFY(!approve->isEnabled());
        QSignalSpy approved(&view, &ApprovalQueueView::approveRequested);
        view.approveSelected();
        QCOMPARE(approved.count(), 0);
        // Rejecting an expired quote is still allowed (it tidies the queue).
        QVERIFY(view.findChild<QPushButton*>(QStringLiteral("reject"))->isEnabled());
    }

    void showsTheLastExecutionsNewestFirst()
    {
        ApprovalQueueView view;
        const Opportunity quote = negRiskLong("a", "Who wins?", "1.5");
        ExecutionReport older = filledReport("ex-1", quote);
        ExecutionReport newer = filledReport("ex-2", quote);
        newer.finishedAtMs = older.finishedAtMs + 5'000;
        newer.status = ExecutionStatus::Stale;
        view.addExecutionReport(older);
        view.addExecutionReport(newer);
        auto* results = view.findChild<QTableView*>(QStringLiteral("executionResults"));
        QCOMPARE(results->model()->rowCount(), 2);
        using R = ui::ExecutionResultsModel;
        QCOMPARE(results->model()->index(0, R::StatusColumn).data().toString(),
                 QStringLiteral("Stale: gone at pre-flight"));
        QCOMPARE(results->model()->index(1, R::StatusColumn).data().toString(),
                 QStringLiteral("Filled"));
    }
};

QTEST_MAIN(TestApprovalQueueView)
#include "tst_approvalqueueview.moc"
