#include "core/execution/AutoPaperPolicy.h"
#include "tests/support/TestPrinters.h"

#include <QTest>

using namespace polaris;

namespace {

Opportunity opportunity(const std::string& id, const char* netProfit)
{
    Opportunity o;
    o.id = id;
    o.netProfit = *Decimal::parse(netProfit);
    o.legs.resize(2);
    return o;
}

std::vector<std::string> ids(const std::vector<Opportunity>& picked)
{
    std::vector<std::string> out;
    for (const Opportunity& o : picked) {
        out.push_back(o.id);
    }
    return out;
}

} // namespace

class TestAutoPaperPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offByDefault()
    {
        AutoPaperPolicy policy(std::nullopt);
        QVERIFY(!policy.enabled());
        QVERIFY(!policy.qualifies(opportunity("a", "1000")));
        QVERIFY(policy.pick({opportunity("a", "1000")}, 0).empty());
    }

    void thresholdIsInclusiveAndNeedsLegs()
    {
        AutoPaperPolicy policy(*Decimal::parse("2.5"));
        QVERIFY(policy.qualifies(opportunity("a", "2.5")));
        QVERIFY(!policy.qualifies(opportunity("a", "2.499999")));
        Opportunity noLegs = opportunity("b", "9");
        noLegs.legs.clear();
        QVERIFY(!policy.qualifies(noLegs));
    }

    void picksTheBestFewOncePerCooldown()
    {
        AutoPaperPolicy policy(*Decimal::parse("1"), 2, 60'000);
        const std::vector<Opportunity> summary{opportunity("low", "1"), opportunity("none", "0.5"),
                                               opportunity("top", "5"), opportunity("mid", "3")};
        QCOMPARE(ids(policy.pick(summary, 1'000)), (std::vector<std::string>{"top", "mid"}));
        // The next summary: the two already executed wait for their cooldown.
        QCOMPARE(ids(policy.pick(summary, 2'000)), (std::vector<std::string>{"low"}));
        QVERIFY(policy.pick(summary, 60'999).empty());
        QCOMPARE(ids(policy.pick(summary, 61'000)), (std::vector<std::string>{"top", "mid"}));
    }
};

QTEST_MAIN(TestAutoPaperPolicy)
#include "tst_autopaperpolicy.moc"
