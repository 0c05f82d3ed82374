#include "tests/ui/UiTestData.h"
#include "ui/models/OpportunityFilterProxy.h"
#include "ui/models/OpportunityTableModel.h"
#include "ui/models/RefusalTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace polaris;
using namespace polaris::test;
using polaris::ui::OpportunityFilterProxy;
using polaris::ui::OpportunityTableModel;

namespace {

QString shownIds(const QAbstractItemModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids << model.index(row, 0).data(ui::IdRole).toString();
    }
    ids.sort();
    return ids.join(QLatin1Char(','));
}

std::uint32_t bit(Strategy strategy)
{
    return std::uint32_t(1) << int(strategy);
}

} // namespace

class TestOpportunityFilterProxy : public QObject
{
    Q_OBJECT

private:
    OpportunityTableModel m_model;
    OpportunityFilterProxy m_proxy;

private Q_SLOTS:
    void initTestCase()
    {
        Opportunity b = negRiskLong("b1", "Will it rain in Paris?", "2.000000");
        b.strategy = Strategy::BinaryComplement;
        Opportunity c = negRiskLong("c1", "Fed decision in March", "1.000001");
        c.strategy = Strategy::NoConversion;
        c.marketIds = {"0xabc123"};
        m_model.setSnapshot(summaryOf({negRiskLong("a1", "US election", "1.000000"), b, c}), kNow);
        m_proxy.setSourceModel(&m_model);
        new QAbstractItemModelTester(&m_proxy,
                                     QAbstractItemModelTester::FailureReportingMode::Fatal, this);
    }

    void init()
    {
        m_proxy.setStrategyMask(~std::uint32_t(0));
        m_proxy.setMinNetProfit(std::nullopt);
        m_proxy.setText({});
    }

    void showsEverythingByDefault() { QCOMPARE(shownIds(m_proxy), QStringLiteral("a1,b1,c1")); }

    void filtersByStrategySet()
    {
        m_proxy.setStrategyMask(bit(Strategy::NegRiskLong) | bit(Strategy::NoConversion));
        QCOMPARE(shownIds(m_proxy), QStringLiteral("a1,c1"));
        m_proxy.setStrategyMask(0);
        QCOMPARE(m_proxy.rowCount(), 0);
    }

    void minimumNetProfitComparesExactly()
    {
        m_proxy.setMinNetProfit(d("1.000001"));
        QCOMPARE(shownIds(m_proxy), QStringLiteral("b1,c1")); // 1.000000 < 1.000001
        m_proxy.setMinNetProfit(d("1.000002"));
        QCOMPARE(shownIds(m_proxy), QStringLiteral("b1"));
        m_proxy.setMinNetProfit(d("2"));
        QCOMPARE(shownIds(m_proxy), QStringLiteral("b1"));
    }

    void textMatchesTitlesAndIdsIgnoringCase()
    {
        m_proxy.setText(QStringLiteral("  paris "));
        QCOMPARE(shownIds(m_proxy), QStringLiteral("b1"));
        m_proxy.setText(QStringLiteral("0XABC"));
        QCOMPARE(shownIds(m_proxy), QStringLiteral("c1"));
        m_proxy.setText(QStringLiteral("Outcome1 Yes")); // a leg's outcome
        QCOMPARE(shownIds(m_proxy), QStringLiteral("a1,b1,c1"));
        m_proxy.setText(QStringLiteral("nothing like this"));
        QCOMPARE(m_proxy.rowCount(), 0);
    }

    void filtersCombine()
    {
        m_proxy.setText(QStringLiteral("e")); // all three titles contain an e
        m_proxy.setMinNetProfit(d("1.000001"));
        m_proxy.setStrategyMask(bit(Strategy::NoConversion) | bit(Strategy::NegRiskLong));
        QCOMPARE(shownIds(m_proxy), QStringLiteral("c1"));
    }

    void nearMissesIgnoreTheProfitMinimum()
    {
        ui::RefusalTableModel refusals;
        refusals.setSnapshot(summaryOf({}, {refusal("r1", RefusalReason::StaleBook, "-0.5")}),
                             kNow);
        OpportunityFilterProxy proxy;
        proxy.setSourceModel(&refusals);
        proxy.setMinNetProfit(d("100"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setStrategyMask(bit(Strategy::NegRiskLong));
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_MAIN(TestOpportunityFilterProxy)
#include "tst_opportunityfilterproxy.moc"
