#include "core/execution/Portfolio.h"
#include "tests/support/TestPrinters.h"

#include <QTest>

#include <map>

using namespace polaris;

namespace {

Decimal dec(const char* text)
{
    return Decimal::parse(text).value();
}

FillReport fill(const char* token,
                TradeSide side,
                const char* price,
                const char* shares,
                const char* fee = "0")
{
    FillReport out;
    out.fillId = std::string("f-") + token;
    out.tokenId = token;
    out.side = side;
    out.price = dec(price);
    out.shares = dec(shares);
    out.fee = dec(fee);
    return out;
}

PositionTag tag(const char* condition, const char* event, Strategy strategy)
{
    return PositionTag{condition, event, strategy};
}

Portfolio::BidLookup bids(std::map<std::string, Decimal> prices)
{
    return [prices](std::string_view token) -> std::optional<Decimal> {
        const auto it = prices.find(std::string(token));
        return it == prices.end() ? std::nullopt : std::optional<Decimal>(it->second);
    };
}

} // namespace

/// Portfolio accounting by hand: cash, cost basis with fees, average-cost sells, locked-in
/// baskets marked at their guarantee, settlement, exposure and per-strategy PnL points.
class TstPortfolio : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hedgedBasketFromBuyToSettlement()
    {
        Portfolio portfolio(ExecutionMode::Paper, dec("1000"));
        QCOMPARE(portfolio.mode(), ExecutionMode::Paper);
        // A: YES of two outcomes. 100 x 0.30 + fee 1.05 and 100 x 0.60 + fee 0.
        QCOMPARE(portfolio.applyFill(fill("y1", TradeSide::Buy, "0.30", "100", "1.05"),
                                     tag("c1", "e1", Strategy::NegRiskLong)),
                 dec("0"));
        portfolio.applyFill(fill("y2", TradeSide::Buy, "0.60", "100"),
                            tag("c2", "e1", Strategy::NegRiskLong));
        QCOMPARE(portfolio.cash(), dec("908.95"));
        const Position* y1 = portfolio.find("y1", Strategy::NegRiskLong);
        QVERIFY(y1 != nullptr);
        QCOMPARE(y1->shares, dec("100"));
        QCOMPARE(y1->costBasis, dec("31.05"));
        QCOMPARE(y1->eventId, std::string("e1"));
        QCOMPARE(y1->mode, ExecutionMode::Paper);

        HedgedBasket basket;
        basket.executionId = "x1";
        basket.strategy = Strategy::NegRiskLong;
        basket.eventId = "e1";
        basket.tokenIds = {"y1", "y2"};
        basket.shares = dec("100");
        basket.payoutPerShare = dec("1");
        basket.cost = dec("91.05");
        portfolio.addHedgedBasket(basket);
        QCOMPARE(portfolio.lockedPnl(), dec("8.95"));
        // Locked in, not realised; marked at the guarantee whatever the bids say.
        QCOMPARE(portfolio.realizedPnl(), dec("0"));
        QCOMPARE(portfolio.unrealizedPnl(bids({{"y1", dec("0.2")}, {"y2", dec("0.5")}})),
                 dec("8.95"));
        const CapitalState capital = portfolio.capitalState();
        QCOMPARE(capital.balance, dec("908.95"));
        QCOMPARE(capital.openExposure, dec("91.05"));
        QCOMPARE(capital.perEvent.at("e1"), dec("91.05"));

        // Outcome 1 wins: its market pays 100; the basket is no longer marked as a whole.
        QCOMPARE(portfolio.settle("c1", "y1"), dec("68.95"));
        QCOMPARE(portfolio.cash(), dec("1008.95"));
        QVERIFY(portfolio.baskets().empty());
        QCOMPARE(portfolio.lockedPnl(), dec("0"));
        // y2 (a loser) is marked at its bid now: 100 x 0.01 - 60.
        QCOMPARE(portfolio.unrealizedPnl(bids({{"y2", dec("0.01")}})), dec("-59"));
        QCOMPARE(portfolio.settle("c2", "n2"), dec("-60"));
        QCOMPARE(portfolio.realizedPnl(), dec("8.95")); // exactly what was locked in
        QCOMPARE(portfolio.realizedPnl(Strategy::NegRiskLong), dec("8.95"));
        QVERIFY(portfolio.positions().empty());
        QCOMPARE(portfolio.capitalState().openExposure, dec("0"));
    }

    void sellsRealiseAgainstAverageCost()
    {
        Portfolio portfolio(ExecutionMode::Live, dec("100"));
        const PositionTag b = tag("c3", "e3", Strategy::BinaryComplement);
        portfolio.applyFill(fill("y3", TradeSide::Buy, "0.40", "30"), b);
        portfolio.applyFill(fill("y3", TradeSide::Buy, "0.45", "20", "0.02"), b);
        // Basis 12 + 9.02 = 21.02 for 50 shares. Sell 20 at 0.35, fee 0.01: proceeds 6.99,
        // basis out 21.02 x 20 / 50 = 8.408, realised -1.418.
        QCOMPARE(portfolio.applyFill(fill("y3", TradeSide::Sell, "0.35", "20", "0.01"), b),
                 dec("-1.418"));
        const Position* y3 = portfolio.find("y3", Strategy::BinaryComplement);
        QCOMPARE(y3->shares, dec("30"));
        QCOMPARE(y3->costBasis, dec("12.612"));
        QCOMPARE(portfolio.cash(), dec("85.97")); // 100 - 12 - 9.02 + 6.99
        // Unhedged: marked at the bid, 30 x 0.33 = 9.9.
        QCOMPARE(portfolio.unrealizedPnl(bids({{"y3", dec("0.33")}})), dec("-2.712"));
        QCOMPARE(portfolio.unrealizedPnl(bids({})), dec("-12.612")); // no bid: worth 0
        // The last share takes what is left of the basis, whatever the rounding.
        QCOMPARE(portfolio.applyFill(fill("y3", TradeSide::Sell, "0.5", "30"), b), dec("2.388"));
        QVERIFY(portfolio.positions().empty());
        QCOMPARE(portfolio.realizedPnl(), dec("0.97"));
        QCOMPARE(portfolio.cash(), dec("100.97"));
    }

    void oddRoundingOnThirds()
    {
        Portfolio portfolio(ExecutionMode::Paper, dec("10"));
        const PositionTag g = tag("c4", "e4", Strategy::TailEnd);
        portfolio.applyFill(fill("y4", TradeSide::Buy, "0.333", "3"), g); // 0.999
        portfolio.applyFill(fill("y4", TradeSide::Buy, "0.001", "0.01"),
                            g); // 0.00001 -> up 0.00001
        QCOMPARE(portfolio.find("y4", Strategy::TailEnd)->costBasis, dec("0.99901"));
        // Sell 1 of 3.01: basis 0.99901 / 3.01 = 0.331897 (nearest).
        QCOMPARE(portfolio.applyFill(fill("y4", TradeSide::Sell, "0.5", "1"), g), dec("0.168103"));
        QCOMPARE(portfolio.find("y4", Strategy::TailEnd)->costBasis, dec("0.667113"));
    }

    void partialBasketMarksTheExcessAtTheBid()
    {
        Portfolio portfolio(ExecutionMode::Paper, dec("1000"));
        const PositionTag a1 = tag("c1", "e1", Strategy::NegRiskLong);
        const PositionTag a2 = tag("c2", "e1", Strategy::NegRiskLong);
        portfolio.applyFill(fill("y1", TradeSide::Buy, "0.30", "100"), a1);
        portfolio.applyFill(fill("y2", TradeSide::Buy, "0.60", "70"), a2);
        HedgedBasket basket;
        basket.strategy = Strategy::NegRiskLong;
        basket.eventId = "e1";
        basket.tokenIds = {"y1", "y2"};
        basket.shares = dec("70");
        basket.payoutPerShare = dec("1");
        basket.cost = dec("63");
        portfolio.addHedgedBasket(basket);
        // Value: 70 (the baskets) + 30 loose y1 x 0.25 = 77.5; basis 72 -> 5.5.
        QCOMPARE(portfolio.unrealizedPnl(bids({{"y1", dec("0.25")}, {"y2", dec("0.55")}})),
                 dec("5.5"));
        QCOMPARE(portfolio.lockedPnl(), dec("7"));
        // Another strategy's position on the same event counts in the event's exposure.
        portfolio.applyFill(fill("n1", TradeSide::Buy, "0.5", "10"),
                            tag("c1", "e1", Strategy::Bond));
        const CapitalState capital = portfolio.capitalState();
        QCOMPARE(capital.openExposure, dec("77"));
        QCOMPARE(capital.perEvent.at("e1"), dec("77"));
        QCOMPARE(portfolio.openExposure(Strategy::Bond), dec("5"));

        const std::vector<PnlPointRecord> points =
                portfolio.pnlPoints(1234, bids({{"y1", dec("0.25")}, {"n1", dec("0.4")}}));
        QCOMPARE(points.size(), std::size_t(3));
        QCOMPARE(points[0].strategy, std::string("ALL"));
        QCOMPARE(points[0].mode, std::string("PAPER"));
        QCOMPARE(points[0].takenAtMs, std::int64_t(1234));
        QCOMPARE(points[0].unrealizedPnl, dec("4.5")); // 5.5 + (4 - 5)
        QCOMPARE(points[0].openExposure, dec("77"));
        QCOMPARE(points[1].strategy, std::string("A"));
        QCOMPARE(points[1].unrealizedPnl, dec("5.5"));
        QCOMPARE(points[1].openExposure, dec("72"));
        QCOMPARE(points[2].strategy, std::string("F"));
        QCOMPARE(points[2].unrealizedPnl, dec("-1"));
        QCOMPARE(points[2].realizedPnl, dec("0"));
    }
};

QTEST_APPLESS_MAIN(TstPortfolio)
#include "tst_portfolio.moc"
