#include "core/execution/PartialFillPlanner.h"
#include "tests/support/TestPrinters.h"

#include <QTest>

using namespace polaris;

namespace {

Decimal dec(const char* text)
{
    return Decimal::parse(text).value();
}

PartialLeg leg(const char* token,
               const char* filled,
               const char* limit,
               const char* best,
               const char* target = "100",
               const char* tick = "0.01")
{
    PartialLeg out;
    out.tokenId = token;
    out.conditionId = std::string("cond-") + token;
    out.targetShares = dec(target);
    out.filledShares = dec(filled);
    out.limitPrice = dec(limit);
    out.bestPrice = dec(best);
    out.tickSize = dec(tick);
    return out;
}

bool contains(const std::string& text, const char* part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

/// planPartialFill: every threshold, price rounding and the profitability check, computed by hand.
class TstPartialFillPlanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nothingToDo()
    {
        const PartialFillPolicy policy;
        PartialPlan plan =
                planPartialFill({leg("a", "100", "0.3", "0.3"), leg("b", "100", "0.3", "0.3")},
                                policy, dec("1"), dec("60"));
        QCOMPARE(plan.action, PartialAction::None);
        QCOMPARE(plan.hedgedShares, dec("100"));
        QCOMPARE(plan.fillRatio, dec("1"));
        plan = planPartialFill({leg("a", "0", "0.3", "0.3"), leg("b", "0", "0.3", "0.3")}, policy,
                               dec("1"), dec("0"));
        QCOMPARE(plan.action, PartialAction::None);
        QCOMPARE(plan.reason, std::string("nothing filled"));
        // Evenly filled at 60 %: hedged, no exposure, nothing to do.
        plan = planPartialFill({leg("a", "60", "0.3", "0.3"), leg("b", "60", "0.3", "0.3")}, policy,
                               dec("1"), dec("36"));
        QCOMPARE(plan.action, PartialAction::None);
        QCOMPARE(plan.hedgedShares, dec("60"));
        QCOMPARE(plan.fillRatio, dec("0.6"));
        QVERIFY(plan.orders.empty());
    }

    void patchesTheShortLegWithinSlippage()
    {
        // 100, 100, 90 of 100: ratio 0.9 > 0.8. Cap = 0.30 x 1.05 = 0.315, down to the tick: 0.31.
        // Cost so far 87; patch 10 x 0.31 = 3.1 (no fee); 90.1 < payout 100.
        const PartialPlan plan =
                planPartialFill({leg("a", "100", "0.30", "0.30"), leg("b", "100", "0.30", "0.30"),
                                 leg("c", "90", "0.30", "0.31")},
                                PartialFillPolicy{}, dec("1"), dec("87"));
        QCOMPARE(plan.action, PartialAction::Patch);
        QCOMPARE(plan.hedgedShares, dec("100"));
        QCOMPARE(plan.fillRatio, dec("0.9"));
        QCOMPARE(plan.orders.size(), std::size_t(1));
        const OrderIntent& order = plan.orders.front();
        QCOMPARE(order.tokenId, std::string("c"));
        QCOMPARE(order.conditionId, std::string("cond-c"));
        QCOMPARE(order.side, TradeSide::Buy);
        QCOMPARE(order.limitPrice, dec("0.31"));
        QCOMPARE(order.shares, dec("10"));
        QCOMPARE(order.type, OrderType::Fak);
        QVERIFY(order.clientOrderId.empty());
        QVERIFY(contains(plan.reason, "at most 3.1"));
    }

    void patchCountsTheFeeExactly()
    {
        // The same patch on a market with a 0.05 fee: 10 x 0.05 x 0.31 x 0.69 = 0.10695.
        // 96.79305 + 3.1 + 0.10695 = 100: not below the payout -> hold; one micro less -> patch.
        PartialLeg shortLeg = leg("c", "90", "0.30", "0.31");
        shortLeg.feeRate = dec("0.05");
        shortLeg.feeExponent = 1;
        const std::vector<PartialLeg> legs{leg("a", "100", "0.30", "0.30"), shortLeg};
        PartialPlan plan = planPartialFill(legs, PartialFillPolicy{}, dec("1"), dec("96.79305"));
        QCOMPARE(plan.action, PartialAction::Hold);
        QVERIFY(contains(plan.reason, "patch at most 3.20695 >= payout 100"));
        QVERIFY(plan.orders.empty());
        QCOMPARE(plan.hedgedShares, dec("90"));
        plan = planPartialFill(legs, PartialFillPolicy{}, dec("1"), dec("96.793049"));
        QCOMPARE(plan.action, PartialAction::Patch);
        // A' with three legs pays 2 per share: the same costs patch easily.
        plan = planPartialFill(legs, PartialFillPolicy{}, dec("2"), dec("150"));
        QCOMPARE(plan.action, PartialAction::Patch);
    }

    void patchRefusedAboveTheSlippageLimit()
    {
        // Best ask 0.32 > cap 0.31: hold.
        const PartialPlan plan =
                planPartialFill({leg("a", "100", "0.30", "0.30"), leg("c", "90", "0.30", "0.32")},
                                PartialFillPolicy{}, dec("1"), dec("57"));
        QCOMPARE(plan.action, PartialAction::Hold);
        QVERIFY(contains(plan.reason, "best ask 0.32"));
        QVERIFY(contains(plan.reason, "patch limit 0.31"));
        // No ask at all: hold.
        const PartialPlan empty =
                planPartialFill({leg("a", "100", "0.30", "0.30"), leg("c", "90", "0.30", "0")},
                                PartialFillPolicy{}, dec("1"), dec("57"));
        QCOMPARE(empty.action, PartialAction::Hold);
        QVERIFY(contains(empty.reason, "no ask"));
    }

    void patchCapRoundsToTheTickAndStaysBelowOne()
    {
        // Tick 0.001: 0.283 x 1.05 = 0.29715 -> 0.297.
        PartialPlan plan = planPartialFill({leg("a", "100", "0.5", "0.5", "100", "0.001"),
                                            leg("c", "85", "0.283", "0.29", "100", "0.001")},
                                           PartialFillPolicy{}, dec("1"), dec("74"));
        QCOMPARE(plan.action, PartialAction::Patch);
        QCOMPARE(plan.orders.front().limitPrice, dec("0.297"));
        QCOMPARE(plan.orders.front().shares, dec("15"));
        // 0.97 x 1.05 = 1.0185: capped at 1 - tick = 0.99.
        plan = planPartialFill({leg("a", "100", "0.01", "0.01"), leg("c", "90", "0.97", "0.98")},
                               PartialFillPolicy{}, dec("2"), dec("90"));
        QCOMPARE(plan.action, PartialAction::Patch);
        QCOMPARE(plan.orders.front().limitPrice, dec("0.99"));
    }

    void unwindsTheExcessBelowTheBid()
    {
        // 100, 40, 30 of 100: ratio 0.3 < 0.5. Sell down to 30: a sells 70 at 0.28 x 0.95 = 0.266
        // -> up to 0.27; b sells 10 at 0.20 x 0.95 = 0.19.
        const PartialPlan plan =
                planPartialFill({leg("a", "100", "0.30", "0.28"), leg("b", "40", "0.30", "0.20"),
                                 leg("c", "30", "0.30", "0.25")},
                                PartialFillPolicy{}, dec("1"), dec("51"));
        QCOMPARE(plan.action, PartialAction::Unwind);
        QCOMPARE(plan.hedgedShares, dec("30"));
        QCOMPARE(plan.fillRatio, dec("0.3"));
        QCOMPARE(plan.orders.size(), std::size_t(2));
        QCOMPARE(plan.orders[0].tokenId, std::string("a"));
        QCOMPARE(plan.orders[0].side, TradeSide::Sell);
        QCOMPARE(plan.orders[0].limitPrice, dec("0.27"));
        QCOMPARE(plan.orders[0].shares, dec("70"));
        QCOMPARE(plan.orders[0].type, OrderType::Fak);
        QCOMPARE(plan.orders[1].tokenId, std::string("b"));
        QCOMPARE(plan.orders[1].limitPrice, dec("0.19"));
        QCOMPARE(plan.orders[1].shares, dec("10"));
    }

    void unwindFloorsAtTheTick()
    {
        // Tick 0.001: 0.283 x 0.95 = 0.26885 -> up to 0.269. A 0.01 bid: 0.0095 -> 0.01 (one tick).
        const PartialPlan plan =
                planPartialFill({leg("a", "100", "0.3", "0.283", "100", "0.001"),
                                 leg("b", "60", "0.3", "0.01"), leg("c", "0", "0.3", "0.2")},
                                PartialFillPolicy{}, dec("1"), dec("48"));
        QCOMPARE(plan.action, PartialAction::Unwind);
        QCOMPARE(plan.hedgedShares, dec("0"));
        QCOMPARE(plan.orders.size(), std::size_t(2));
        QCOMPARE(plan.orders[0].limitPrice, dec("0.269"));
        QCOMPARE(plan.orders[0].shares, dec("100"));
        QCOMPARE(plan.orders[1].limitPrice, dec("0.01"));
        QCOMPARE(plan.orders[1].shares, dec("60"));
    }

    void unwindSkipsLegsWithoutBids()
    {
        PartialPlan plan =
                planPartialFill({leg("a", "100", "0.3", "0"), leg("b", "100", "0.3", "0.25"),
                                 leg("c", "0", "0.3", "0.2")},
                                PartialFillPolicy{}, dec("1"), dec("60"));
        QCOMPARE(plan.action, PartialAction::Unwind);
        QCOMPARE(plan.orders.size(), std::size_t(1));
        QCOMPARE(plan.orders[0].tokenId, std::string("b"));
        QVERIFY(contains(plan.reason, "no bid to unwind token a"));
        plan = planPartialFill({leg("a", "100", "0.3", "0"), leg("c", "0", "0.3", "0.2")},
                               PartialFillPolicy{}, dec("1"), dec("30"));
        QCOMPARE(plan.action, PartialAction::Hold);
        QVERIFY(contains(plan.reason, "cannot unwind: no bid for token a"));
    }

    void holdsBetweenTheRatios_data()
    {
        QTest::addColumn<QString>("filled");
        QTest::addColumn<int>("action");
        QTest::newRow("0.6: hold") << "60" << int(PartialAction::Hold);
        QTest::newRow("0.8 exactly: not above, hold") << "80" << int(PartialAction::Hold);
        QTest::newRow("0.5 exactly: not below, hold") << "50" << int(PartialAction::Hold);
        QTest::newRow("80.01 of 100: patch") << "80.01" << int(PartialAction::Patch);
        QTest::newRow("49.99 of 100: unwind") << "49.99" << int(PartialAction::Unwind);
    }

    void holdsBetweenTheRatios()
    {
        QFETCH(QString, filled);
        const QByteArray text = filled.toLatin1();
        const PartialPlan plan = planPartialFill(
                {leg("a", "100", "0.30", "0.30"), leg("b", text.constData(), "0.30", "0.30")},
                PartialFillPolicy{}, dec("1"), dec("40"));
        QFETCH(int, action);
        QCOMPARE(int(plan.action), action);
        QCOMPARE(plan.hedgedShares,
                 action == int(PartialAction::Patch) ? dec("100") : dec(text.constData()));
    }

    void patchesTheMissingShares()
    {
        // 95 of 100 on the short leg: ratio 0.95, patch the 5 missing shares.
        const PartialPlan plan =
                planPartialFill({leg("a", "100", "0.3", "0.3"), leg("b", "95", "0.3", "0.3")},
                                PartialFillPolicy{}, dec("1"), dec("58.5"));
        QCOMPARE(plan.fillRatio, dec("0.95"));
        QCOMPARE(plan.action, PartialAction::Patch);
        QCOMPARE(plan.orders.front().shares, dec("5"));
        QCOMPARE(std::string(partialActionName(plan.action)), std::string("PATCH"));
    }
};

QTEST_APPLESS_MAIN(TstPartialFillPlanner)
#include "tst_partialfillplanner.moc"
