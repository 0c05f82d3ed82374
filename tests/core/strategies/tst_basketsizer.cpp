#include "core/strategies/BasketSizer.h"
#include "tests/core/strategies/BasketTestSupport.h"
#include "tests/support/TestPrinters.h"

#include <QRandomGenerator>
#include <QTest>

using namespace polaris;
using polaris::test::dec;

namespace {

/// A book with the given asks (and bids), fresh at t = 0.
OrderBook book(std::vector<BookLevel> asks, std::vector<BookLevel> bids = {})
{
    OrderBook b("t");
    const Status status = b.applySnapshot(bids, asks, 0, 0);
    Q_ASSERT(status.ok());
    return b;
}

BookLevel lvl(const char* price, const char* size)
{
    return BookLevel{dec(price), dec(size)};
}

BasketLegSpec
buy(const OrderBook& b, std::optional<LegFee> fee = std::nullopt, const char* minOrder = "5")
{
    return BasketLegSpec{&b, TradeSide::Buy, dec(minOrder), fee};
}

} // namespace

class TestBasketSizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walksDepthUntilABookRunsOut()
    {
        // Leg 1: 0.40 x 100, 0.45 x 200; leg 2: 0.50 x 150, 0.52 x 300. Marginal cost 0.90, 0.95,
        // 0.97 (all < 1); leg 1 runs out at 300. q* = 300: cost = (40 + 0.45*200) + (75 + 0.52*150)
        // = 130 + 153 = 283, net = 300 - 283 = 17 (6.0 %).
        const OrderBook a = book({lvl("0.40", "100"), lvl("0.45", "200")});
        const OrderBook b = book({lvl("0.50", "150"), lvl("0.52", "300")});
        const BasketSpec spec{{buy(a), buy(b)}, 1, 0, Decimal()};
        const BasketSizing sizing = BasketSizer::size(spec, ArbConfig{});
        QVERIFY(sizing.basket);
        const SizedBasket& s = *sizing.basket;
        QCOMPARE(s.shares, dec("300"));
        QCOMPARE(s.cost, dec("283"));
        QCOMPARE(s.payout, dec("300"));
        QCOMPARE(s.netProfit, dec("17"));
        QCOMPARE(s.legs[0].limitPrice, dec("0.45"));
        QCOMPARE(s.legs[0].vwap, dec("0.433334")); // 130 / 300 rounded up
        QCOMPARE(s.legs[1].limitPrice, dec("0.52"));
        QCOMPARE(s.legs[1].vwap, dec("0.51"));
        QCOMPARE(s.legs[0].notional, a.askCost(dec("300")).notional);
        QCOMPARE(sizing.topEdgePerShare, dec("0.1")); // 1 - 0.40 - 0.50
    }

    void stopsWhereTheDiscountFallsBelowTheMinimum()
    {
        // Leg 1: 0.40 x 100, 0.49 x 1000; leg 2: 0.50 x 1000. Past 100: cost = 0.99 q - 9, net =
        // 0.01 q + 9. net >= 0.03 cost  <=>  q <= 9.27 / 0.0197 = 470.558...  ->  q* = 470.55: cost
        // = 465.8445 - 9 = 456.8445, net = 13.7055 >= 13.705335. At 470.56: 13.7056 < 13.705632.
        const OrderBook a = book({lvl("0.40", "100"), lvl("0.49", "1000")});
        const OrderBook b = book({lvl("0.50", "1000")});
        const BasketSpec spec{{buy(a), buy(b)}, 1, 0, Decimal()};
        const BasketSizing sizing = BasketSizer::size(spec, ArbConfig{});
        QVERIFY(sizing.basket);
        QCOMPARE(sizing.basket->shares, dec("470.55"));
        QCOMPARE(sizing.basket->cost, dec("456.8445"));
        QCOMPARE(sizing.basket->netProfit, dec("13.7055"));
        const SizedBasket next = BasketSizer::evaluate(spec, dec("470.56"), dec("0.01"));
        QVERIFY(!BasketSizer::passes(spec, next, ArbConfig{}));
    }

    void stopsWhereTheMarginalShareLosesMoney()
    {
        // Past 100 shares leg 1 costs 0.55: 0.55 + 0.50 >= 1. q* = 100: cost 90, net 10.
        const OrderBook a = book({lvl("0.40", "100"), lvl("0.55", "1000")});
        const OrderBook b = book({lvl("0.50", "1000")});
        const BasketSizing sizing =
                BasketSizer::size(BasketSpec{{buy(a), buy(b)}, 1, 0, Decimal()}, ArbConfig{});
        QVERIFY(sizing.basket);
        QCOMPARE(sizing.basket->shares, dec("100"));
        QCOMPARE(sizing.basket->cost, dec("90"));
        QCOMPARE(sizing.basket->netProfit, dec("10"));
    }

    void capsAtMaxShares()
    {
        // Deep books at 0.40 + 0.50: the cap (500) binds. cost 450, net 50.
        const OrderBook a = book({lvl("0.40", "1000")});
        const OrderBook b = book({lvl("0.50", "1000")});
        ArbConfig config;
        QCOMPARE(BasketSizer::size(BasketSpec{{buy(a), buy(b)}, 1, 0, Decimal()}, config)
                         .basket->shares,
                 dec("500"));
        config.maxShares = dec("123.456"); // rounded down to the share grid
        const BasketSizing capped =
                BasketSizer::size(BasketSpec{{buy(a), buy(b)}, 1, 0, Decimal()}, config);
        QCOMPARE(capped.basket->shares, dec("123.45"));
        QCOMPARE(capped.basket->netProfit, dec("12.345"));
    }

    void chargesTheMarketsFeePerLevel()
    {
        // Leg 1 rate 0.05 exponent 1: fee = 100*0.05*0.40*0.60 + 200*0.05*0.45*0.55 = 1.2 + 2.475
        // = 3.675. Leg 2 fee-free. q* = 300 (depth): cost 130 + 150 = 280, net = 300 - 280 - 3.675
        // = 16.325.
        const OrderBook a = book({lvl("0.40", "100"), lvl("0.45", "200")});
        const OrderBook b = book({lvl("0.50", "300")});
        const BasketSpec spec{{buy(a, LegFee{dec("0.05"), 1}), buy(b)}, 1, 0, Decimal()};
        const BasketSizing sizing = BasketSizer::size(spec, ArbConfig{});
        QVERIFY(sizing.basket);
        QCOMPARE(sizing.basket->shares, dec("300"));
        QCOMPARE(sizing.basket->legs[0].fee, dec("3.675"));
        QCOMPARE(sizing.basket->legs[1].fee, Decimal());
        QCOMPARE(sizing.basket->fees, dec("3.675"));
        QCOMPARE(sizing.basket->netProfit, dec("16.325"));
        // Top edge: 1 - (0.40 + ceil(0.05*0.24)) - 0.50 = 1 - 0.412 - 0.5 = 0.088.
        QCOMPARE(sizing.topEdgePerShare, dec("0.088"));
    }

    void handlesTickSizeOneThousandthAndFeeFloors()
    {
        // Tick 0.001. Leg 1 (rate 0.05): 0.437 x 33.33, 0.441 x 500; leg 2: 0.512 x 1000. Cap 500.
        // cost1 = 0.437*33.33 + 0.441*466.67 = 14.56521 + 205.80147 = 220.36668; cost2 = 256.
        // fee1 = floor5(33.33*0.05*0.437*0.563 = 0.41001066) + floor5(466.67*0.05*0.441*0.559
        // = 5.7521510)
        //      = 0.41001 + 5.75215 = 6.16216.  net = 500 - 476.36668 - 6.16216 = 17.47116 (3.67 %).
        const OrderBook a = book({lvl("0.437", "33.33"), lvl("0.441", "500")});
        const OrderBook b = book({lvl("0.512", "1000")});
        const BasketSpec spec{{buy(a, LegFee{dec("0.05"), 1}), buy(b)}, 1, 0, Decimal()};
        const BasketSizing sizing = BasketSizer::size(spec, ArbConfig{});
        QVERIFY(sizing.basket);
        QCOMPARE(sizing.basket->shares, dec("500"));
        QCOMPARE(sizing.basket->legs[0].notional, dec("220.36668"));
        QCOMPARE(sizing.basket->legs[0].vwap, dec("0.440734"));
        QCOMPARE(sizing.basket->legs[0].limitPrice, dec("0.441"));
        QCOMPARE(sizing.basket->fees, dec("6.16216"));
        QCOMPARE(sizing.basket->netProfit, dec("17.47116"));
    }

    void marginalFeePerShareRoundsUp()
    {
        // 0.05 * 0.437 * 0.563 = 0.01230155 -> 0.012302; 0.25 * (0.5*0.5)^2 = 0.015625 exactly.
        QCOMPARE(BasketSizer::marginalFeePerShare(dec("0.437"), LegFee{dec("0.05"), 1}),
                 dec("0.012302"));
        QCOMPARE(BasketSizer::marginalFeePerShare(dec("0.5"), LegFee{dec("0.25"), 2}),
                 dec("0.015625"));
        QCOMPARE(BasketSizer::marginalFeePerShare(dec("0.5"), LegFee{Decimal(), 1}), Decimal());
    }

    void sellLegsTradeTheConvertedSharesAfterTheConversionFee()
    {
        // C-like: buy NO1 @0.60, NO2 @0.55, convert (k = 2, units 1, fee 100 bips), sell YES3
        // @0.20. Marginal: (1 + 0.20) * 0.99 = 1.188 > 1.15. q* = 500: out = 500 - 5 = 495, payout
        // = 495 + 0.20*495 = 594, cost = 300 + 275 = 575, net = 594 - 575 - 0.02 = 18.98.
        const OrderBook no1 = book({lvl("0.60", "1000")});
        const OrderBook no2 = book({lvl("0.55", "1000")});
        const OrderBook yes3 = book({lvl("0.30", "1000")}, {lvl("0.20", "1000")});
        BasketSpec spec{
                {buy(no1), buy(no2), BasketLegSpec{&yes3, TradeSide::Sell, dec("5"), std::nullopt}},
                1,
                100,
                dec("0.02")};
        const BasketSizing sizing = BasketSizer::size(spec, ArbConfig{});
        QVERIFY(sizing.basket);
        QCOMPARE(sizing.basket->shares, dec("500"));
        QCOMPARE(sizing.basket->converted, dec("495"));
        QCOMPARE(sizing.basket->legs[2].shares, dec("495"));
        QCOMPARE(sizing.basket->sellProceeds, dec("99"));
        QCOMPARE(sizing.basket->payout, dec("594"));
        QCOMPARE(sizing.basket->netProfit, dec("18.98"));
        // out(123.45) = 123.45 - floor(1.2345 micro-exact) = 122.2155; the sell leg sells 122.21.
        const SizedBasket odd = BasketSizer::evaluate(spec, dec("123.45"), dec("0.01"));
        QCOMPARE(odd.converted, dec("122.2155"));
        QCOMPARE(odd.legs[2].shares, dec("122.21"));
        QCOMPARE(odd.collateral, dec("122.2155"));
    }

    void refusesWhenThereIsNoEdge()
    {
        // 0.55 + 0.50 > 1: top edge -0.05, no size passes.
        const OrderBook a = book({lvl("0.55", "1000")});
        const OrderBook b = book({lvl("0.50", "1000")});
        const BasketSizing sizing =
                BasketSizer::size(BasketSpec{{buy(a), buy(b)}, 1, 0, Decimal()}, ArbConfig{});
        QVERIFY(!sizing.basket);
        QCOMPARE(sizing.reason, RefusalReason::BelowMinDiscount);
        QCOMPARE(sizing.topEdgePerShare, dec("-0.05"));
        QVERIFY(sizing.netProfitPctAtMin && *sizing.netProfitPctAtMin < 0);
    }

    void refusesThinBooksAndMinOrderSizes()
    {
        // Only 40 shares on leg 1: below minShares 50.
        const OrderBook thin = book({lvl("0.40", "40")});
        const OrderBook deep = book({lvl("0.50", "1000")});
        BasketSizing sizing =
                BasketSizer::size(BasketSpec{{buy(thin), buy(deep)}, 1, 0, Decimal()}, ArbConfig{});
        QVERIFY(!sizing.basket);
        QCOMPARE(sizing.reason, RefusalReason::BelowMinShares);

        // 55 shares available but the market's minimum order is 60.
        const OrderBook fiftyFive = book({lvl("0.40", "55")});
        sizing = BasketSizer::size(
                BasketSpec{{buy(fiftyFive, std::nullopt, "60"), buy(deep)}, 1, 0, Decimal()},
                ArbConfig{});
        QVERIFY(!sizing.basket);
        QCOMPARE(sizing.reason, RefusalReason::BelowMinOrderSize);

        // Profitable only up to 55 shares (then 0.60 + 0.50 > 1) and the minimum order is 60.
        const OrderBook steep = book({lvl("0.40", "55"), lvl("0.60", "1000")});
        sizing = BasketSizer::size(
                BasketSpec{{buy(steep, std::nullopt, "60"), buy(deep)}, 1, 0, Decimal()},
                ArbConfig{});
        QVERIFY(!sizing.basket);
        QCOMPARE(sizing.reason, RefusalReason::BelowMinOrderSize);
        // With a minimum order of 5 the same books size to 55: cost 22 + 27.5, net 5.5.
        sizing = BasketSizer::size(BasketSpec{{buy(steep), buy(deep)}, 1, 0, Decimal()},
                                   ArbConfig{});
        QCOMPARE(sizing.basket->shares, dec("55"));
        QCOMPARE(sizing.basket->netProfit, dec("5.5"));
        // With minShares 60 as well: the profitable depth ends below the minimum size.
        ArbConfig config;
        config.minShares = dec("60");
        sizing = BasketSizer::size(BasketSpec{{buy(steep), buy(deep)}, 1, 0, Decimal()}, config);
        QCOMPARE(sizing.reason, RefusalReason::BelowMinShares);
    }

    void matchesBruteForceOnRandomBaskets()
    {
        // Random ladders, fees and conversion fees; the sizer's q* must be the largest grid size
        // the naive evaluator accepts (and none when it accepts none).
        QRandomGenerator rng(77001);
        ArbConfig config;
        config.minShares = dec("5");
        config.maxShares = dec("90");
        config.minDiscount = dec("0.01");
        int sized = 0;
        for (int round = 0; round < 150; ++round) {
            const int legCount = 2 + rng.bounded(3);
            const bool withSell = rng.bounded(3) == 0;
            std::vector<OrderBook> books;
            books.reserve(legCount + 1);
            test::NaiveBasket naive;
            BasketSpec spec;
            spec.collateralUnits = 1 + (withSell ? 0 : rng.bounded(2));
            spec.conversionFeeBips = withSell && rng.bounded(2) ? 50 : 0;
            spec.gas = Decimal::fromMicros(rng.bounded(50'000));
            const int total = legCount + (withSell ? 1 : 0);
            for (int i = 0; i < total; ++i) {
                const bool isBuy = i < legCount;
                const std::int64_t tick = rng.bounded(2) ? 10'000 : 1'000;
                const std::int64_t target =
                        (spec.collateralUnits * 1'000'000 * 97 / 100) / legCount;
                std::int64_t price =
                        isBuy ? target - static_cast<std::int64_t>(rng.bounded(60'000)) + 20'000
                              : 100'000 + static_cast<std::int64_t>(rng.bounded(200'000));
                std::vector<BookLevel> levels;
                for (int l = 0; l < 1 + static_cast<int>(rng.bounded(4)); ++l) {
                    price = std::clamp<std::int64_t>(price / tick * tick, tick, 1'000'000 - tick);
                    const bool known =
                            std::any_of(levels.begin(), levels.end(), [&](const BookLevel& x) {
                                return x.price.micros() == price;
                            });
                    if (!known) {
                        levels.push_back(BookLevel{
                                Decimal::fromMicros(price),
                                Decimal::fromMicros(1'000'000 + rng.bounded(40'000'000))});
                    }
                    price += (isBuy ? 1 : -1) * tick * (1 + rng.bounded(5));
                }
                books.push_back(isBuy ? book(levels) : book({lvl("0.999", "1")}, levels));
                std::optional<LegFee> fee;
                if (rng.bounded(2)) {
                    fee = rng.bounded(2) ? LegFee{dec("0.05"), 1} : LegFee{dec("0.25"), 2};
                }
                const Decimal minOrder = Decimal::fromInt(rng.bounded(2) ? 5 : 15);
                spec.legs.push_back(BasketLegSpec{
                        &books.back(), isBuy ? TradeSide::Buy : TradeSide::Sell, minOrder, fee});
                naive.legs.push_back(test::NaiveLeg{&books.back(), isBuy, minOrder, fee.has_value(),
                                                    fee ? fee->rate : Decimal(),
                                                    fee ? fee->exponent : 0});
            }
            naive.units = spec.collateralUnits;
            naive.bips = spec.conversionFeeBips;
            naive.gas = spec.gas;
            std::optional<Decimal> expected;
            for (Decimal q = config.maxShares; q >= config.minShares; q -= config.shareStep) {
                if (naive.passes(q, config)) {
                    expected = q;
                    break;
                }
            }
            const BasketSizing sizing = BasketSizer::size(spec, config);
            QCOMPARE(sizing.basket.has_value(), expected.has_value());
            if (expected) {
                ++sized;
                QCOMPARE(sizing.basket->shares, *expected);
                const test::NaiveResult r = naive.at(*expected, config.shareStep);
                QCOMPARE(sizing.basket->cost, r.cost);
                QCOMPARE(sizing.basket->fees, r.fees);
                QCOMPARE(sizing.basket->netProfit, r.net);
            }
        }
        QVERIFY2(sized > 20, qPrintable(QString::number(sized)));
    }
};

QTEST_APPLESS_MAIN(TestBasketSizer)
#include "tst_basketsizer.moc"
