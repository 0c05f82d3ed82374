#include "tests/ui/UiTestData.h"
#include "ui/SummaryCoalescer.h"

#include <QSignalSpy>
#include <QTest>

using namespace polaris;
using namespace polaris::test;
using polaris::ui::SummaryCoalescer;

/// SummaryCoalescer: a burst of publishes becomes one delivery of the newest, later.
class TestSummaryCoalescer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversOnlyTheNewestLater()
    {
        SummaryCoalescer coalescer;
        QSignalSpy ready(&coalescer, &SummaryCoalescer::ready);
        coalescer.post(summaryOf({negRiskLong("a", "A", "1")}));
        coalescer.post(summaryOf({negRiskLong("b", "B", "1")}));
        coalescer.post(summaryOf({negRiskLong("c", "C", "1")}));
        QCOMPARE(ready.count(), 0); // never from inside post()
        QVERIFY(coalescer.isPending());
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(ready.at(0).at(0).value<ScanSummary>().opportunities.front().id, std::string("c"));
        QVERIFY(!coalescer.isPending());
        QTest::qWait(20);
        QCOMPARE(ready.count(), 1);
        coalescer.post(summaryOf({}));
        QTRY_COMPARE(ready.count(), 2);
    }

    void waitsForEventsPostedBefore()
    {
        SummaryCoalescer coalescer;
        QStringList order;
        connect(&coalescer, &SummaryCoalescer::ready, this,
                [&order] { order << QStringLiteral("summary"); });
        QObject receiver;
        QMetaObject::invokeMethod(
                &receiver, [&order] { order << QStringLiteral("earlier"); }, Qt::QueuedConnection);
        coalescer.post(summaryOf({}));
        QTRY_COMPARE(order.size(), 2);
        QCOMPARE(order, (QStringList{QStringLiteral("earlier"), QStringLiteral("summary")}));
    }
};

QTEST_GUILESS_MAIN(TestSummaryCoalescer)
#include "tst_summarycoalescer.moc"
