#include "core/market/Event.h"

#include <QTest>

using polaris::Event;
using polaris::Market;

namespace {

Market leg(const char* conditionId, const char* title, bool active, bool otherFlag = false)
{
    Market m;
    m.conditionId = conditionId;
    m.groupItemTitle = title;
    m.negRisk = true;
    m.negRiskOther = otherFlag;
    m.active = active;
    m.acceptingOrders = active;
    m.enableOrderBook = true;
    return m;
}

} // namespace

/// Event's neg-risk views: augmentation and the legs a strategy may trade.
class TestEvent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void augmentedNeedsBothFlags()
    {
        Event e;
        QVERIFY(!e.isAugmented());
        e.enableNegRisk = true;
        QVERIFY(!e.isAugmented());
        e.negRiskAugmented = true;
        QVERIFY(e.isAugmented());
        e.enableNegRisk = false;
        QVERIFY(!e.isAugmented());
    }

    void namedTradableOutcomesSkipPlaceholdersAndOther()
    {
        // Modelled on the augmented neg-risk layout described in spec §1.4.
        Event e;
        e.negRisk = e.enableNegRisk = e.negRiskAugmented = true;
        e.markets = {leg("0xa", "Gretchen Whitmer", true), leg("0xb", "Candidate A", false),
                     leg("0xc", "Other", true, true), leg("0xd", "Stephen A. Smith", true)};
        Market closedLeg = leg("0xe", "Pete Buttigieg", true);
        closedLeg.closed = true;
        e.markets.push_back(closedLeg);
        const auto legs = e.namedTradableOutcomes();
        QCOMPARE(legs.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(legs[0]->conditionId), QStringLiteral("0xa"));
        QCOMPARE(QString::fromStdString(legs[1]->conditionId), QStringLiteral("0xd"));
        QVERIFY(e.findMarketByConditionId("0xc") == &e.markets[2]);
        QVERIFY(e.findMarketByConditionId("0xz") == nullptr);
    }
};

QTEST_APPLESS_MAIN(TestEvent)
#include "tst_event.moc"
