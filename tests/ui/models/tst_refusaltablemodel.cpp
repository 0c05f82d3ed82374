#include "tests/ui/UiTestData.h"
#include "ui/models/RefusalTableModel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace polaris;
using namespace polaris::test;
using polaris::ui::RefusalTableModel;

class TestRefusalTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTesterThroughASequenceOfSnapshots()
    {
        RefusalTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        for (int step = 0; step < 20; ++step) {
            std::vector<Refusal> rows;
            for (int i = 0; i < 8; ++i) {
                if ((i + step) % 4 != 0) {
                    rows.push_back(refusal("r" + std::to_string(i), RefusalReason(i % 15),
                                           step % 2 ? "-0.01" : nullptr));
                }
            }
            model.setSnapshot(summaryOf({}, rows), kNow + step);
        }
        QCOMPARE(resets.count(), 0);
    }

    void showsReasonLayerDetailAndEdge()
    {
        RefusalTableModel model;
        model.setSnapshot(summaryOf({}, {refusal("x", RefusalReason::StaleBook, "-0.0125"),
                                         refusal("y", RefusalReason::BelowMinDiscount)}),
                          kNow);
        const auto at = [&](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(at(0, RefusalTableModel::StrategyColumn), QStringLiteral("A'"));
        QCOMPARE(at(0, RefusalTableModel::EventColumn), QStringLiteral("Refused x"));
        QCOMPARE(at(0, RefusalTableModel::ReasonColumn),
                 QStringLiteral("A book is stale or its feed is down"));
        QCOMPARE(at(0, RefusalTableModel::LayerColumn), QStringLiteral("L1 data integrity"));
        QCOMPARE(at(0, RefusalTableModel::DetailColumn), QStringLiteral("detail of x"));
        QCOMPARE(at(0, RefusalTableModel::EdgeColumn), QStringLiteral("-0.0125"));
        QCOMPARE(model.index(0, RefusalTableModel::EdgeColumn).data(ui::SortRole),
                 QVariant(qint64(-12'500)));
        QCOMPARE(at(1, RefusalTableModel::LayerColumn), QStringLiteral("L2 quality"));
        QCOMPARE(at(1, RefusalTableModel::EdgeColumn), QStringLiteral("—"));
        QVERIFY(!model.index(0, 0).data(ui::NetProfitMicrosRole).isValid());
    }

    void everyReasonHasItsOwnText()
    {
        QSet<QString> texts;
        const int reasons = int(RefusalReason::TooFarFromResolution) + 1;
        std::vector<Refusal> rows;
        for (int i = 0; i < reasons; ++i) {
            rows.push_back(refusal("r" + std::to_string(i), RefusalReason(i)));
        }
        RefusalTableModel model;
        model.setSnapshot(summaryOf({}, rows), kNow);
        for (int i = 0; i < reasons; ++i) {
            const QString shown = model.index(i, RefusalTableModel::ReasonColumn).data().toString();
            QVERIFY(!shown.isEmpty());
            QVERIFY2(shown != QLatin1String(refusalReasonName(RefusalReason(i))),
                     qPrintable(shown));
            texts.insert(shown);
        }
        QCOMPARE(int(texts.size()), reasons);
    }

    void aChangedReasonIsANewRowAndAnEditedDetailIsAChange()
    {
        RefusalTableModel model;
        std::vector<Refusal> rows{refusal("x", RefusalReason::StaleBook),
                                  refusal("y", RefusalReason::LowLiquidity)};
        model.setSnapshot(summaryOf({}, rows), kNow);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        rows[0].reason = RefusalReason::MissingAsk;
        rows[1].detail = "liquidity 950 < 1000";
        model.setSnapshot(summaryOf({}, rows), kNow);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed[0][1].toInt(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted[0][1].toInt(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].value<QModelIndex>(),
                 model.index(0, RefusalTableModel::DetailColumn));
        QCOMPARE(changed[0][1].value<QModelIndex>(),
                 model.index(0, RefusalTableModel::DetailColumn));
    }

    void aChangedEdgeSignalsThatCellOnlyAndAnUnchangedSummaryNothing()
    {
        RefusalTableModel model;
        std::vector<Refusal> rows{refusal("x", RefusalReason::BelowMinDiscount, "-0.01"),
                                  refusal("y", RefusalReason::BelowMinDiscount, "-0.02"),
                                  refusal("z", RefusalReason::StaleBook)};
        model.setSnapshot(summaryOf({}, rows), kNow);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSnapshot(summaryOf({}, rows), kNow + 1000); // no time columns here
        QCOMPARE(changed.count(), 0);
        rows[1].edge = d("-0.015");
        rows[2].edge = d("-0.03");
        model.setSnapshot(summaryOf({}, rows), kNow + 2000);
        QCOMPARE(changed.count(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(changed[i][0].value<QModelIndex>(),
                     model.index(i + 1, RefusalTableModel::EdgeColumn));
            QCOMPARE(changed[i][1].value<QModelIndex>(),
                     model.index(i + 1, RefusalTableModel::EdgeColumn));
        }
        QCOMPARE(model.index(2, RefusalTableModel::EdgeColumn).data().toString(),
                 QStringLiteral("-0.03"));
    }
};

QTEST_MAIN(TestRefusalTableModel)
#include "tst_refusaltablemodel.moc"
