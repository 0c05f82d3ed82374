#include "tests/ui/UiTestData.h"
#include "ui/OpportunityNotifier.h"

#include <QTest>

using namespace polaris;
using namespace polaris::test;
using polaris::ui::OpportunityNotifier;

namespace {

std::vector<std::string> ids(const std::vector<Opportunity>& opportunities)
{
    std::vector<std::string> result;
    for (const Opportunity& o : opportunities) {
        result.push_back(o.id);
    }
    return result;
}

OpportunityNotifier::Options options()
{
    OpportunityNotifier::Options o;
    o.minNetProfit = d("5");
    o.minIntervalMs = 10'000;
    o.forgetAfterMs = 60'000;
    return o;
}

using Ids = std::vector<std::string>;

} // namespace

/// OpportunityNotifier: which opportunities become notifications, and when.
class TestOpportunityNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thresholdIsInclusiveAndBestComesFirst()
    {
        OpportunityNotifier notifier(options());
        const auto announced = notifier.update(
                summaryOf({negRiskLong("small", "Small", "4.999999"),
                           negRiskLong("exact", "Exact", "5"), negRiskLong("big", "Big", "12.5")}),
                1'000);
        QCOMPARE(ids(announced), (Ids{"big", "exact"}));
        QCOMPARE(announced.front().eventTitle, std::string("Big"));
    }

    void eachIdIsAnnouncedOnce()
    {
        OpportunityNotifier notifier(options());
        const ScanSummary first = summaryOf({negRiskLong("a", "A", "6")});
        QCOMPARE(ids(notifier.update(first, 1'000)), (Ids{"a"}));
        // Same id, better profit, much later: still not news.
        ScanSummary again = summaryOf({negRiskLong("a", "A", "60")});
        QVERIFY(notifier.update(again, 30'000).empty());
        QVERIFY(notifier.update(again, 50'000).empty());
        // A new id is.
        again.opportunities.push_back(negRiskLong("b", "B", "7"));
        QCOMPARE(ids(notifier.update(again, 60'000)), (Ids{"b"}));
    }

    void crossingTheThresholdLaterCountsAsNew()
    {
        OpportunityNotifier notifier(options());
        QVERIFY(notifier.update(summaryOf({negRiskLong("a", "A", "3")}), 1'000).empty());
        QCOMPARE(ids(notifier.update(summaryOf({negRiskLong("a", "A", "5.5")}), 2'000)),
                 (Ids{"a"}));
    }

    void rateLimitHoldsBackButDoesNotDrop()
    {
        OpportunityNotifier notifier(options());
        QCOMPARE(ids(notifier.update(summaryOf({negRiskLong("a", "A", "6")}), 1'000)), (Ids{"a"}));
        ScanSummary more = summaryOf({negRiskLong("a", "A", "6"), negRiskLong("b", "B", "8")});
        QVERIFY(notifier.update(more, 5'000).empty()); // 4 s after the last one
        more.opportunities.push_back(negRiskLong("c", "C", "9"));
        QVERIFY(notifier.update(more, 10'999).empty()); // 9.999 s
        // Both held-back ids come together once the interval has passed.
        QCOMPARE(ids(notifier.update(more, 11'000)), (Ids{"c", "b"}));
        QVERIFY(notifier.update(more, 30'000).empty());
        // One that vanished while held back is not announced afterwards.
        QVERIFY(notifier.update(summaryOf({negRiskLong("d", "D", "9")}), 31'000).size() == 1);
        QVERIFY(notifier.update(summaryOf({negRiskLong("e", "E", "9")}), 32'000).empty());
        QVERIFY(notifier.update(summaryOf({}), 50'000).empty());
    }

    void idsGoneLongEnoughAreNewAgain()
    {
        OpportunityNotifier notifier(options());
        const ScanSummary withA = summaryOf({negRiskLong("a", "A", "6")});
        QCOMPARE(notifier.update(withA, 0).size(), std::size_t(1));
        QCOMPARE(notifier.rememberedCount(), std::size_t(1));
        QVERIFY(notifier.update(summaryOf({}), 30'000).empty());
        QVERIFY(notifier.update(withA, 59'000).empty());          // back within a minute: same news
        QVERIFY(notifier.update(summaryOf({}), 119'001).empty()); // gone > 60 s since 59 s
        QCOMPARE(notifier.rememberedCount(), std::size_t(0));
        QCOMPARE(ids(notifier.update(withA, 120'000)), (Ids{"a"}));
    }

    void disabledTakesEverythingAsKnown()
    {
        OpportunityNotifier notifier(options());
        notifier.setEnabled(false);
        QVERIFY(notifier.update(summaryOf({negRiskLong("a", "A", "6")}), 1'000).empty());
        notifier.setEnabled(true);
        QVERIFY(notifier.update(summaryOf({negRiskLong("a", "A", "6")}), 2'000).empty());
        QCOMPARE(ids(notifier.update(
                         summaryOf({negRiskLong("a", "A", "6"), negRiskLong("b", "B", "6")}),
                         3'000)),
                 (Ids{"b"}));
    }

    void thresholdChangesApplyToTheNextUpdate()
    {
        OpportunityNotifier notifier(options());
        const ScanSummary summary = summaryOf({negRiskLong("a", "A", "2")});
        QVERIFY(notifier.update(summary, 1'000).empty());
        notifier.setMinNetProfit(d("1.5"));
        QCOMPARE(notifier.minNetProfit(), d("1.5"));
        QCOMPARE(ids(notifier.update(summary, 2'000)), (Ids{"a"}));
    }
};

QTEST_GUILESS_MAIN(TestOpportunityNotifier)
#include "tst_opportunitynotifier.moc"
