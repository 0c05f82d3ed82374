#include "tests/ui/UiTestData.h"
#include "ui/models/OpportunityFilterProxy.h"
#include "ui/models/OpportunityTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <functional>

using namespace polaris;
using namespace polaris::test;
using polaris::ui::OpportunityTableModel;

namespace {

using M = OpportunityTableModel;

QString text(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

std::vector<Opportunity> abcdef()
{
    std::vector<Opportunity> rows;
    for (const char* id : {"a", "b", "c", "d", "e", "f"}) {
        rows.push_back(negRiskLong(id, std::string("Event ") + id, "1.5"));
    }
    return rows;
}

} // namespace

class TestOpportunityTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTesterThroughASequenceOfSnapshots()
    {
        M model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        ui::OpportunityFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(M::NetProfitColumn, Qt::DescendingOrder);
        QAbstractItemModelTester proxyTester(&proxy,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        std::vector<Opportunity> rows = abcdef();
        for (int step = 0; step < 30; ++step) {
            // Rotate membership, change a value, now and then empty the table.
            std::vector<Opportunity> next;
            for (std::size_t i = 0; i < rows.size(); ++i) {
                if ((i + std::size_t(step)) % 3 != 0) {
                    next.push_back(rows[i]);
                    next.back().netProfit = Decimal::fromMicros(1'000'000 + step * 7919 + int(i));
                }
            }
            next.push_back(negRiskLong("n" + std::to_string(step), "New", "2"));
            model.setSnapshot(summaryOf(step % 10 == 9 ? std::vector<Opportunity>{} : next),
                              kNow + step * 250);
            model.setNow(kNow + step * 250 + 100);
        }
        QCOMPARE(resets.count(), 0);
    }

    void firstSnapshotInsertsRowsWithoutAReset()
    {
        M model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setSnapshot(summaryOf(abcdef()), kNow);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted[0][1].toInt(), 0);
        QCOMPARE(inserted[0][2].toInt(), 5);
        QCOMPARE(model.rowCount(), 6);
    }

    void showsExactMoneyAndAges()
    {
        M model;
        Opportunity o = negRiskLong("a", "Who wins?", "12.345");
        o.cost = d("87.655");
        o.shares = d("100.5");
        o.netProfitPct = 0.1408364611;
        o.annualizedPct.reset();
        model.setSnapshot(summaryOf({o}), kNow);
        QCOMPARE(text(model, 0, M::StrategyColumn), QStringLiteral("A"));
        QCOMPARE(text(model, 0, M::EventColumn), QStringLiteral("Who wins?"));
        QCOMPARE(text(model, 0, M::LegsColumn), QStringLiteral("2 · Outcome0 Yes, Outcome1 Yes"));
        QCOMPARE(text(model, 0, M::SharesColumn), QStringLiteral("100.50"));
        QCOMPARE(text(model, 0, M::CostColumn), QStringLiteral("87.66")); // half away from zero
        QCOMPARE(text(model, 0, M::NetProfitColumn), QStringLiteral("12.35"));
        QCOMPARE(text(model, 0, M::NetPercentColumn), QStringLiteral("14.08 %"));
        QCOMPARE(text(model, 0, M::AnnualizedColumn), QStringLiteral("—"));
        QCOMPARE(text(model, 0, M::AgeColumn), QStringLiteral("1 m 05 s"));
        QCOMPARE(text(model, 0, M::FreshnessColumn),
                 QStringLiteral("1.6 s")); // oldest leg: 1600 ms
        QCOMPARE(model.index(0, M::CostColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("87.655 USDC"));
        QCOMPARE(model.index(0, M::CostColumn).data(ui::SortRole), QVariant(qint64(87'655'000)));
        QCOMPARE(model.index(0, M::FreshnessColumn).data(ui::SortRole), QVariant(qint64(1600)));
    }

    void removesGoneRowsInRangesFromTheBottom()
    {
        M model;
        model.setSnapshot(summaryOf(abcdef()), kNow);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        std::vector<Opportunity> rows = abcdef();
        model.setSnapshot(summaryOf({rows[5], rows[0], rows[2]}), kNow);
        QCOMPARE(removed.count(), 2);
        QCOMPARE(removed[0][1].toInt(), 3);
        QCOMPARE(removed[0][2].toInt(), 4);
        QCOMPARE(removed[1][1].toInt(), 1);
        QCOMPARE(removed[1][2].toInt(), 1);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(changed.count(), 0); // same values, same clock: nothing to repaint
        QCOMPARE(resets.count(), 0);
        QCOMPARE(text(model, 0, M::EventColumn), QStringLiteral("Event a"));
        QCOMPARE(text(model, 1, M::EventColumn), QStringLiteral("Event c"));
        QCOMPARE(text(model, 2, M::EventColumn), QStringLiteral("Event f"));
        QCOMPARE(model.rowOf("f"), 2);
        QCOMPARE(model.rowOf("b"), -1);
    }

    void changeSignalsOnlyTheChangedCells()
    {
        M model;
        std::vector<Opportunity> rows = abcdef();
        model.setSnapshot(summaryOf(rows), kNow);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        rows[2].netProfit = d("1.75");
        rows.push_back(negRiskLong("g", "Event g", "3"));
        model.setSnapshot(summaryOf(rows), kNow);
        QCOMPARE(changed.count(), 1);
        const auto topLeft = changed[0][0].value<QModelIndex>();
        const auto bottomRight = changed[0][1].value<QModelIndex>();
        QCOMPARE(topLeft.row(), 2);
        QCOMPARE(bottomRight.row(), 2);
        QCOMPARE(topLeft.column(), int(M::NetProfitColumn));
        QCOMPARE(bottomRight.column(), int(M::NetProfitColumn));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted[0][1].toInt(), 6);
        QCOMPARE(text(model, 2, M::NetProfitColumn), QStringLiteral("1.75"));
    }

    void aChangedNetProfitSignalsThatRowOnlyAndAnUnchangedSummaryNothing()
    {
        M model;
        std::vector<Opportunity> rows = abcdef();
        model.setSnapshot(summaryOf(rows), kNow);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        rows[4].lastSeenMs += 250; // seen again: shown nowhere
        model.setSnapshot(summaryOf(rows), kNow);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(model.opportunityAt(4)->lastSeenMs, rows[4].lastSeenMs); // kept all the same

        rows[3].netProfit = d("1.25");
        model.setSnapshot(summaryOf(rows), kNow);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].value<QModelIndex>(), model.index(3, M::NetProfitColumn));
        QCOMPARE(changed[0][1].value<QModelIndex>(), model.index(3, M::NetProfitColumn));

        // With the clock moved too: that row, then one signal for the ages of every row.
        changed.clear();
        rows[1].netProfit = d("2.5");
        model.setSnapshot(summaryOf(rows), kNow + 1000);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed[0][0].value<QModelIndex>(), model.index(1, M::NetProfitColumn));
        QCOMPARE(changed[0][1].value<QModelIndex>(), model.index(1, M::NetProfitColumn));
        QCOMPARE(changed[1][0].value<QModelIndex>(), model.index(0, M::AgeColumn));
        QCOMPARE(changed[1][1].value<QModelIndex>(), model.index(5, M::FreshnessColumn));
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
    }

    /// The field comparison must flag exactly the columns whose display text, tooltip or sort
    /// key the formatting would change, for every field of an opportunity.
    void changedColumnsMatchTheFormattedCells()
    {
        using Mutation = std::function<void(Opportunity&)>;
        const std::vector<std::pair<const char*, Mutation>> mutations{
                {"strategy", [](Opportunity& o) { o.strategy = Strategy::NegRiskShort; }},
                {"title", [](Opportunity& o) { o.eventTitle = "Other"; }},
                {"eventId", [](Opportunity& o) { o.eventId = "ev-other"; }},
                {"outcome", [](Opportunity& o) { o.legs[1].outcome = "Other Yes"; }},
                {"side", [](Opportunity& o) { o.legs[0].side = TradeSide::Sell; }},
                {"legShares", [](Opportunity& o) { o.legs[0].shares = d("99"); }},
                {"limit", [](Opportunity& o) { o.legs[1].limitPrice = d("0.46"); }},
                {"vwap", [](Opportunity& o) { o.legs[0].vwap = d("0.441"); }},
                {"fee", [](Opportunity& o) { o.legs[0].fee = d("0.000001"); }},
                {"moreLegs", [](Opportunity& o) { o.legs.push_back(o.legs[0]); }},
                {"shares", [](Opportunity& o) { o.shares = d("101"); }},
                {"cost", [](Opportunity& o) { o.cost = d("98"); }},
                {"payout", [](Opportunity& o) { o.payout = d("101"); }},
                {"fees", [](Opportunity& o) { o.fees = d("0.01"); }},
                {"gas", [](Opportunity& o) { o.gas = d("0.02"); }},
                {"netProfit", [](Opportunity& o) { o.netProfit = d("1.000001"); }},
                {"netPct", [](Opportunity& o) { o.netProfitPct += 1e-12; }},
                {"annualized", [](Opportunity& o) { o.annualizedPct.reset(); }},
                {"lockedUntil", [](Opportunity& o) { o.lockedUntilMs = kNow + 86'400'000; }},
                {"firstSeen", [](Opportunity& o) { o.firstSeenMs -= 1; }},
                {"oldestBook", [](Opportunity& o) { o.legs[2].bookTimestampMs -= 1; }},
                {"youngerBook", [](Opportunity& o) { o.legs[0].bookTimestampMs += 1; }},
                {"lastSeen", [](Opportunity& o) { o.lastSeenMs += 1; }},
                {"notional", [](Opportunity& o) { o.legs[0].notional = d("45"); }},
                {"bookHash", [](Opportunity& o) { o.legs[0].bookHash = "h2"; }},
                {"depth",
                 [](Opportunity& o) {
                     o.legs[0].depth.push_back({d("0.5"), d("1")});
                 }},
        };
        const auto cells = [](const M& model) {
            QVariantList all;
            for (int column = 0; column < M::ColumnCount; ++column) {
                for (const int role :
                     {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(ui::SortRole)}) {
                    all << model.index(0, column).data(role);
                }
            }
            return all;
        };
        for (const auto& [name, mutate] : mutations) {
            const Opportunity base = negRiskLong("a", "Event a", "1.5", 3);
            M model;
            model.setSnapshot(summaryOf({base}), kNow);
            const QVariantList before = cells(model);
            QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
            Opportunity next = base;
            mutate(next);
            model.setSnapshot(summaryOf({next}), kNow);
            const QVariantList after = cells(model);
            int first = -1;
            int last = -1;
            for (int i = 0; i < int(before.size()); ++i) {
                if (before[i] != after[i]) {
                    first = first < 0 ? i / 3 : first;
                    last = i / 3;
                }
            }
            if (first < 0) {
                QVERIFY2(changed.isEmpty(), name);
                continue;
            }
            QVERIFY2(changed.count() == 1, name);
            QVERIFY2(changed[0][0].value<QModelIndex>() == model.index(0, first), name);
            QVERIFY2(changed[0][1].value<QModelIndex>() == model.index(0, last), name);
        }
    }

    void aSubMicroDisplayChangeStillSignalsThroughTheToolTip()
    {
        M model;
        std::vector<Opportunity> rows{negRiskLong("a", "A", "1.000001")};
        model.setSnapshot(summaryOf(rows), kNow);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        rows[0].netProfit = d("1.000002"); // still "1.00" on screen
        model.setSnapshot(summaryOf(rows), kNow);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(text(model, 0, M::NetProfitColumn), QStringLiteral("1.00"));
    }

    void clockMovesOnlyTheTimeColumns()
    {
        M model;
        model.setSnapshot(summaryOf(abcdef()), kNow);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setNow(kNow + 5000);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].value<QModelIndex>(), model.index(0, M::AgeColumn));
        QCOMPARE(changed[0][1].value<QModelIndex>(), model.index(5, M::FreshnessColumn));
        QCOMPARE(text(model, 0, M::AgeColumn), QStringLiteral("1 m 10 s"));
    }

    void sortsExactlyBelowTheShownPrecision()
    {
        M model;
        ui::OpportunityFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(M::NetProfitColumn, Qt::DescendingOrder);
        model.setSnapshot(summaryOf({negRiskLong("low", "low", "1.000001"),
                                     negRiskLong("high", "high", "1.000003"),
                                     negRiskLong("mid", "mid", "1.000002")}),
                          kNow);
        QCOMPARE(text(proxy, 0, M::EventColumn), QStringLiteral("high"));
        QCOMPARE(text(proxy, 1, M::EventColumn), QStringLiteral("mid"));
        QCOMPARE(text(proxy, 2, M::EventColumn), QStringLiteral("low"));
    }

    void selectionSurvivesInsertRemoveChangeAndResort()
    {
        M model;
        ui::OpportunityFilterProxy proxy;
        proxy.setSourceModel(&model);
        QTableView view;
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.sortByColumn(M::NetProfitColumn, Qt::DescendingOrder);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        std::vector<Opportunity> rows = abcdef();
        for (std::size_t i = 0; i < rows.size(); ++i) {
            rows[i].netProfit = Decimal::fromInt(std::int64_t(10 + i)); // f first, a last
        }
        model.setSnapshot(summaryOf(rows), kNow);
        view.show();
        view.selectRow(3); // f e d [c] b a
        const auto selectedId = [&] {
            const QModelIndexList selected = view.selectionModel()->selectedRows();
            return selected.size() == 1 ? selected[0].data(ui::IdRole).toString() : QString();
        };
        QCOMPARE(selectedId(), QStringLiteral("c"));

        rows.erase(rows.begin());                          // a gone
        rows[1].netProfit = Decimal::fromInt(100);         // c jumps to the top
        rows.push_back(negRiskLong("z", "Event z", "50")); // new row above the rest
        model.setSnapshot(summaryOf(rows), kNow + 250);
        QCOMPARE(selectedId(), QStringLiteral("c"));
        QCOMPARE(view.selectionModel()->selectedRows().at(0).row(), 0);
        QCOMPARE(view.currentIndex().data(ui::IdRole).toString(), QStringLiteral("c"));

        rows.erase(rows.begin() + 1); // c gone: selection empties, nothing else selected
        model.setSnapshot(summaryOf(rows), kNow + 500);
        QVERIFY(!view.selectionModel()->hasSelection());
    }
};

QTEST_MAIN(TestOpportunityTableModel)
#include "tst_opportunitytablemodel.moc"
