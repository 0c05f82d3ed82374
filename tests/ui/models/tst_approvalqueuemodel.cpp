#include "tests/ui/ExecutionTestData.h"
#include "ui/models/ApprovalQueueModel.h"
#include "ui/models/ExecutionResultsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace polaris;
using namespace polaris::test;
using polaris::ui::ApprovalQueueModel;

namespace {

using M = ApprovalQueueModel;

QString text(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

std::vector<PendingApproval> abcd()
{
    return {approval("a"), approval("b"), approval("c"), approval("d")};
}

} // namespace

class TestApprovalQueueModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTesterThroughASequenceOfSnapshots()
    {
        M model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        for (int step = 0; step < 24; ++step) {
            std::vector<PendingApproval> next;
            for (int i = 0; i < 5; ++i) {
                if ((i + step) % 3 != 0) {
                    PendingApproval entry = approval(std::to_string(i));
                    entry.stage = ApprovalStage((step + i) % 7);
                    next.push_back(entry);
                }
            }
            model.setApprovals(step % 8 == 7 ? std::vector<PendingApproval>{} : next,
                               kNow + step * 250);
            model.setNow(kNow + step * 250 + 100);
        }
        QCOMPARE(resets.count(), 0);
    }

    void showsTheFrozenQuote()
    {
        M model;
        PendingApproval entry = approval("a", "12.345");
        entry.quote.cost = d("87.655");
        entry.quote.netProfitPct = 0.1408364611;
        entry.message = "waiting since 08:00";
        model.setApprovals({entry}, kNow);
        QCOMPARE(text(model, 0, M::EventColumn), QStringLiteral("Event a"));
        QCOMPARE(text(model, 0, M::StrategyColumn), QStringLiteral("A"));
        QCOMPARE(text(model, 0, M::SharesColumn), QStringLiteral("100.00"));
        QCOMPARE(text(model, 0, M::CostColumn), QStringLiteral("87.66"));
        QCOMPARE(text(model, 0, M::NetProfitColumn), QStringLiteral("12.35"));
        QCOMPARE(text(model, 0, M::NetPercentColumn), QStringLiteral("14.08 %"));
        QCOMPARE(text(model, 0, M::StageColumn), QStringLiteral("Waiting for approval"));
        QCOMPARE(text(model, 0, M::TimeLeftColumn), QStringLiteral("30.0 s"));
        QCOMPARE(text(model, 0, M::RequoteColumn), QStringLiteral("—"));
        QCOMPARE(model.index(0, M::StageColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("waiting since 08:00"));
        QCOMPARE(model.index(0, 0).data(ui::IdRole).toString(), QStringLiteral("ap-a"));
        QCOMPARE(model.index(0, 0).data(M::StageRole).toInt(), int(ApprovalStage::Waiting));
    }

    void countsDownAndSignalsOnlyTheTimeColumn()
    {
        M model;
        model.setApprovals(abcd(), kNow);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setNow(kNow + 29'500);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].value<QModelIndex>(), model.index(0, M::TimeLeftColumn));
        QCOMPARE(changed[0][1].value<QModelIndex>(), model.index(3, M::TimeLeftColumn));
        QCOMPARE(text(model, 0, M::TimeLeftColumn), QStringLiteral("500 ms"));
        model.setNow(kNow + 30'000);
        QCOMPARE(text(model, 0, M::TimeLeftColumn), QStringLiteral("expired"));
    }

    void decidedEntriesShowNoCountdown()
    {
        M model;
        model.setApprovals({approval("a", "1.5", ApprovalStage::Executing),
                            approval("b", "1.5", ApprovalStage::Rejected),
                            approval("c", "1.5", ApprovalStage::Expired)},
                           kNow);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(text(model, row, M::TimeLeftColumn), QStringLiteral("—"));
        }
        QCOMPARE(text(model, 0, M::StageColumn), QStringLiteral("Executing"));
        QCOMPARE(text(model, 1, M::StageColumn), QStringLiteral("Rejected"));
        QCOMPARE(text(model, 2, M::StageColumn), QStringLiteral("Quote expired"));
        QVERIFY(!M::isOpen(ApprovalStage::Executing));
        QVERIFY(M::isOpen(ApprovalStage::NeedsReconfirm));
    }

    void reconfirmShowsOldAndNewQuoteHighlighted()
    {
        M model;
        const PendingApproval waiting = approval("a", "1.5");
        model.setApprovals({approval("b"), waiting}, kNow);
        // As the desk does it: the entry's quote becomes the re-quote, to be confirmed again.
        PendingApproval moved = waiting;
        moved.stage = ApprovalStage::NeedsReconfirm;
        moved.quote.netProfit = d("1.2");
        moved.quote.cost = d("98.8");
        moved.quote.netProfitPct = 1.2 / 98.8;
        moved.requote = moved.quote;
        model.setApprovals({approval("b"), moved}, kNow + 250);
        QCOMPARE(text(model, 1, M::StageColumn), QStringLiteral("Edge moved: confirm again"));
        QCOMPARE(text(model, 1, M::RequoteColumn), QStringLiteral("1.50 → 1.20 (1.52 % → 1.21 %)"));
        QCOMPARE(text(model, 1, M::NetProfitColumn), QStringLiteral("1.20")); // what is confirmed
        QVERIFY(model.index(1, M::RequoteColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(model.index(1, M::StageColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(0, M::RequoteColumn).data(Qt::BackgroundRole).isValid());
        const QString tip = model.index(1, M::RequoteColumn).data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(QStringLiteral("quoted: 100.00 shares, cost 98.50, net 1.50")));
        QVERIFY(tip.contains(QStringLiteral("now: 100.00 shares, cost 98.80, net 1.20")));
        // Refreshed again with the same quote: the old one is still remembered.
        model.setApprovals({approval("b"), moved}, kNow + 500);
        QCOMPARE(text(model, 1, M::RequoteColumn), QStringLiteral("1.50 → 1.20 (1.52 % → 1.21 %)"));

        // A console that only saw the entry after the move shows the new quote alone.
        M late;
        late.setApprovals({moved}, kNow);
        QCOMPARE(text(late, 0, M::RequoteColumn), QStringLiteral("now 1.20 (1.21 %)"));
    }

    void insertRemoveAndChangeKeepTheSelection()
    {
        M model;
        QTableView view;
        view.setModel(&model);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        std::vector<PendingApproval> rows = abcd();
        model.setApprovals(rows, kNow);
        view.show();
        view.selectRow(2); // c
        const auto selectedId = [&] {
            const QModelIndexList selected = view.selectionModel()->selectedRows();
            return selected.size() == 1 ? selected[0].data(ui::IdRole).toString() : QString();
        };
        QCOMPARE(selectedId(), QStringLiteral("ap-c"));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        rows.erase(rows.begin());                      // a decided and dropped
        rows[1].stage = ApprovalStage::NeedsReconfirm; // c moved
        rows.push_back(approval("e"));                 // a new one
        model.setApprovals(rows, kNow + 250);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(selectedId(), QStringLiteral("ap-c"));
        QCOMPARE(view.selectionModel()->selectedRows().at(0).row(), 1);
        QCOMPARE(text(model, 1, M::StageColumn), QStringLiteral("Edge moved: confirm again"));
        QVERIFY(changed.count() >= 1);

        rows.erase(rows.begin() + 1); // c gone
        model.setApprovals(rows, kNow + 500);
        QVERIFY(!view.selectionModel()->hasSelection());
        QCOMPARE(model.rowOf("ap-e"), 2);
    }

    void executionResultsKeepTheLastReports()
    {
        ui::ExecutionResultsModel model(3);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        using R = ui::ExecutionResultsModel;
        const Opportunity quote = negRiskLong("a", "Who wins?", "1.5");
        ExecutionReport report = filledReport("ex-1", quote);
        model.addReport(report);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(text(model, 0, R::StatusColumn), QStringLiteral("Filled"));
        QCOMPARE(text(model, 0, R::ModeColumn), QStringLiteral("Paper"));
        QCOMPARE(text(model, 0, R::FilledColumn), QStringLiteral("100.00 / 100.00"));
        QCOMPARE(text(model, 0, R::CostColumn), QStringLiteral("98.50"));
        QCOMPARE(text(model, 0, R::FeesColumn), QStringLiteral("0.25"));
        QCOMPARE(text(model, 0, R::PnlColumn), QStringLiteral("1.25"));
        QCOMPARE(text(model, 0, R::EventColumn), QStringLiteral("Who wins?"));
        QCOMPARE(text(model, 0, R::FinishedColumn), QStringLiteral("2027-01-15 08:00:00 UTC"));
        report.status = ExecutionStatus::PartialHold; // same id: replaced in place
        model.addReport(report);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(text(model, 0, R::StatusColumn), QStringLiteral("Partial, held"));
        for (int i = 2; i <= 5; ++i) {
            model.addReport(filledReport("ex-" + std::to_string(i), quote));
        }
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf("ex-1"), -1);
        QCOMPARE(model.rowOf("ex-2"), -1);
        QVERIFY(model.rowOf("ex-5") >= 0);
    }
};

QTEST_MAIN(TestApprovalQueueModel)
#include "tst_approvalqueuemodel.moc"
