#include "tests/ui/ViewsTestData.h"
#include "ui/widgets/DepthLadderView.h"
#include "ui/widgets/OpportunityDetailView.h"

#include <QApplication>
#include <QLabel>
#include <QTableWidget>
#include <QTest>

using namespace polaris;
using namespace polaris::test;
using polaris::ui::DepthLadderView;

namespace {

void setDepth(OpportunityLeg& leg,
              std::initializer_list<std::pair<const char*, const char*>> levels)
{
    leg.depth.clear();
    for (const auto& [price, size] : levels) {
        leg.depth.push_back(BookLevel{d(price), d(size)});
    }
}

/// Two legs: YES bought 250 at <= 0.47 over three levels; NO bought 250 at <= 0.5, one level.
std::vector<OpportunityLeg> twoLegs()
{
    Opportunity o = negRiskLong("ladder", "Ladder event", "3");
    o.legs[0].shares = d("250");
    o.legs[0].limitPrice = d("0.47");
    setDepth(o.legs[0], {{"0.45", "100"}, {"0.46", "50"}, {"0.47", "200"}, {"0.48", "300"}});
    o.legs[1].shares = d("250");
    o.legs[1].limitPrice = d("0.5");
    setDepth(o.legs[1], {{"0.5", "250"}, {"0.51", "40"}});
    return o.legs;
}

int kindAt(QTableWidget* table, int row)
{
    return table->item(row, 0)->data(DepthLadderView::RowKindRole).toInt();
}

QStringList column(QTableWidget* table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem* item = table->item(row, column);
        texts << (item ? item->text() : QString());
    }
    return texts;
}

} // namespace

/// DepthLadderView: one header row per leg, its levels with cumulative sizes, and the levels the
/// basket takes shaded (the last one lighter when partly taken); and its place in the detail pane.
class TestDepthLadderView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsEachLegsLadderWithTheTakenLevels()
    {
        DepthLadderView view;
        view.setLegs(twoLegs());
        auto* table = view.findChild<QTableWidget*>(QStringLiteral("depthLadderTable"));
        QVERIFY(table);
        QVERIFY(!table->isHidden());
        QCOMPARE(table->rowCount(), 8);
        const QList<int> kinds{DepthLadderView::LegHeader, DepthLadderView::LevelFull,
                               DepthLadderView::LevelFull, DepthLadderView::LevelPartial,
                               DepthLadderView::LevelNone, DepthLadderView::LegHeader,
                               DepthLadderView::LevelFull, DepthLadderView::LevelNone};
        for (int row = 0; row < kinds.size(); ++row) {
            QCOMPARE(kindAt(table, row), kinds[row]);
        }
        QCOMPARE(table->item(0, 0)->text(),
                 QStringLiteral("buy Outcome0 Yes · 250 shares at ≤ 0.47 · asks, lowest first"));
        QCOMPARE(table->columnSpan(0, 0), int(DepthLadderView::ColumnCount));
        QCOMPARE(column(table, DepthLadderView::PriceColumn).mid(1, 4),
                 (texts({"0.45", "0.46", "0.47", "0.48"})));
        QCOMPARE(column(table, DepthLadderView::CumulativeColumn).mid(1, 4),
                 (texts({"100", "150", "350", "650"})));
        QCOMPARE(column(table, DepthLadderView::TakenColumn).mid(1, 4),
                 (texts({"100", "50", "100", "—"})));
        QCOMPARE(column(table, DepthLadderView::CumulativeColumn).mid(6, 2),
                 (texts({"250", "290"})));
        // Shading: whole levels darker than the partial one, untouched ones not shaded at all.
        const QBrush full = table->item(1, DepthLadderView::SizeColumn)->background();
        const QBrush partial = table->item(3, DepthLadderView::SizeColumn)->background();
        QCOMPARE(full.style(), Qt::SolidPattern);
        QCOMPARE(partial.style(), Qt::SolidPattern);
        QVERIFY(full.color() != partial.color());
        QCOMPARE(table->item(4, DepthLadderView::SizeColumn)->background().style(), Qt::NoBrush);
        QCOMPARE(table->item(3, 0)->toolTip(),
                 QStringLiteral("the basket takes 100 of 200 shares at this level"));
        // Sized to its rows: the detail pane's scroll area scrolls, not the table.
        int rowsHeight = 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            rowsHeight += table->rowHeight(row);
        }
        QVERIFY(table->height() > rowsHeight);
    }

    void sameLegsAgainKeepTheItems()
    {
        DepthLadderView view;
        view.setLegs(twoLegs());
        auto* table = view.findChild<QTableWidget*>(QStringLiteral("depthLadderTable"));
        QTableWidgetItem* before = table->item(2, 1);
        view.setLegs(twoLegs()); // the detail pane refreshes every second
        QCOMPARE(table->item(2, 1), before);
        std::vector<OpportunityLeg> moved = twoLegs();
        moved[0].depth[1].size = d("60");
        view.setLegs(moved);
        QCOMPARE(column(table, DepthLadderView::CumulativeColumn).mid(1, 4),
                 (texts({"100", "160", "360", "660"})));
        QCOMPARE(column(table, DepthLadderView::TakenColumn).mid(1, 4),
                 (texts({"100", "60", "90", "—"})));
    }

    void sellLegsAndSharesBeyondTheLadder()
    {
        std::vector<OpportunityLeg> legs = twoLegs();
        legs.resize(1);
        legs[0].side = TradeSide::Sell;
        legs[0].limitPrice = d("0.28");
        legs[0].shares = d("500");
        setDepth(legs[0], {{"0.3", "40"}, {"0.29", "100"}, {"0.28", "10"}});
        DepthLadderView view;
        view.setLegs(legs);
        auto* table = view.findChild<QTableWidget*>(QStringLiteral("depthLadderTable"));
        QCOMPARE(table->rowCount(), 5);
        QVERIFY(table->item(0, 0)->text().endsWith(QStringLiteral("bids, highest first")));
        QCOMPARE(kindAt(table, 3), int(DepthLadderView::LevelFull));
        QCOMPARE(kindAt(table, 4), int(DepthLadderView::Note));
        QCOMPARE(table->item(4, 0)->text(),
                 QStringLiteral("…and 350 more shares on levels not shown"));
    }

    void withoutDepthSaysSo()
    {
        DepthLadderView view;
        Opportunity bare = negRiskLong("bare", "No depth", "1");
        view.setLegs(bare.legs);
        QVERIFY(view.findChild<QTableWidget*>(QStringLiteral("depthLadderTable"))->isHidden());
        QVERIFY(!view.findChild<QLabel*>(QStringLiteral("depthLadderEmpty"))->isHidden());
    }

    void detailPaneShowsTheSelectedOpportunitysLadder()
    {
        ui::OpportunityDetailView detail;
        Opportunity o = negRiskLong("a", "US presidential election", "12.345");
        o.legs = twoLegs();
        detail.setOpportunity(o, kNow);
        auto* table = detail.findChild<QTableWidget*>(QStringLiteral("depthLadderTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 8);
        QVERIFY(detail.findChild<QLabel*>(QStringLiteral("detailNet"))
                        ->text()
                        .startsWith(QStringLiteral("12.345 USDC")));
        // Another opportunity replaces the ladder; clearing hides it with the rest of the pane.
        detail.setOpportunity(negRiskLong("b", "Fed", "1"), kNow);
        QVERIFY(table->isHidden());
        detail.clear();
        QVERIFY(!detail.shownId());
    }
};

QTEST_MAIN(TestDepthLadderView)
#include "tst_depthladderview.moc"
