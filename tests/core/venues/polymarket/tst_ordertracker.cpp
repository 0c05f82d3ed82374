#include "core/venues/polymarket/OrderTracker.h"
#include "core/venues/polymarket/UserEventParser.h"
#include "tests/support/SharedFixtures.h"
#include "tests/support/TestPrinters.h"

#include <QElapsedTimer>
#include <QTest>

#include <thread>

using namespace polaris;
using namespace polaris::polymarket;

namespace {
Decimal dec(const char* text)
{
    return Decimal::parse(text).value();
}

const std::string kOrder = "0x5b605a0e8e40f3402d3cb3bc19edad6733ed23fbc079d2a09ee399c3487ace81";

OrderIntent intent(const char* shares)
{
    OrderIntent i;
    i.clientOrderId = "basket-7/leg-0";
    i.tokenId = "21742633143463906290569050155826241533067272736897614950488156847949938836455";
    i.side = TradeSide::Buy;
    i.limitPrice = dec("0.52");
    i.shares = dec(shares);
    i.type = OrderType::Gtc;
    return i;
}

std::optional<ClobTrade> trade(const char* name)
{
    QByteArray bytes;
    if (!test::readFixture(QStringLiteral("polymarket/ws-2024/%1").arg(QLatin1String(name)),
                           &bytes)) {
        return std::nullopt;
    }
    auto frame =
            parseUserFrame(std::string_view(bytes.constData(), std::size_t(bytes.size())), nullptr);
    return frame && frame->trades.size() == 1 ? std::optional(frame->trades[0]) : std::nullopt;
}
} // namespace

class TestOrderTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tradeStepsReportEachFillOnce()
    {
        // user_trade2 is our taker order 0x5b60... filling 5 @ 0.52 (real capture).
        auto matched = trade("user_trade2.json");
        if (!matched) {
            QSKIP("fixture user_trade2.json not available");
        }
        OrderTracker tracker;
        tracker.setAccount({"someone-else", {}});
        tracker.track(kOrder, intent("10"));
        QVERIFY(tracker.isOurOrder(kOrder));
        tracker.push(*matched);
        ClobTrade mined = *matched;
        mined.status = "MINED";
        tracker.push(mined);
        const auto reports = tracker.waitForUpdates(0);
        QCOMPARE(reports.size(), std::size_t(1)); // the MINED repeat adds nothing
        const OrderStatusReport& r = reports[0];
        QCOMPARE(r.clientOrderId, std::string("basket-7/leg-0"));
        QCOMPARE(r.venueOrderId, kOrder);
        QCOMPARE(r.filledShares, dec("5"));
        QCOMPARE(r.originalShares, dec("10"));
        QCOMPARE(r.state, OrderState::Live); // half filled, still working
        QCOMPARE(r.fills.size(), std::size_t(1));
        QCOMPARE(r.fills[0].fillId, std::string("f50e8ab2-652d-4dc8-9c82-8e46197fe98d"));
        QCOMPARE(r.fills[0].price, dec("0.52"));
        QCOMPARE(r.message, std::string("trade f50e8ab2-652d-4dc8-9c82-8e46197fe98d MATCHED"));
        QCOMPARE(tracker.openOrderIds(), std::vector<std::string>{kOrder});

        // The trade then fails on chain: the engine must re-read the order.
        ClobTrade failed = *matched;
        failed.status = "FAILED";
        tracker.push(failed);
        const auto after = tracker.waitForUpdates(0);
        QCOMPARE(after.size(), std::size_t(1));
        QCOMPARE(after[0].state, OrderState::Unknown);
        QCOMPARE(after[0].clientOrderId, std::string("basket-7/leg-0"));
        QVERIFY(after[0].message.starts_with("trade f50e8ab2-652d-4dc8-9c82-8e46197fe98d FAILED"));
    }

    void orderEventsAndFillsDoNotDoubleCount()
    {
        auto matched = trade("user_trade2.json");
        if (!matched) {
            QSKIP("fixture user_trade2.json not available");
        }
        OrderTracker tracker;
        tracker.track(kOrder, intent("5"));
        // The order event says 5 matched before the trade event arrives.
        UserOrderEvent update;
        update.type = "UPDATE";
        update.order.id = kOrder;
        update.order.status = "MATCHED";
        update.order.originalSize = dec("5");
        update.order.sizeMatched = dec("5");
        update.order.price = dec("0.52");
        tracker.push(update);
        tracker.push(*matched);
        const auto reports = tracker.waitForUpdates(0);
        QCOMPARE(reports.size(), std::size_t(2));
        QCOMPARE(reports[0].state, OrderState::Filled);
        QCOMPARE(reports[0].clientOrderId, std::string("basket-7/leg-0"));
        QCOMPARE(reports[1].filledShares, dec("5")); // not 10
        QCOMPARE(reports[1].state, OrderState::Filled);
        QVERIFY(tracker.openOrderIds().empty());
    }

    void untrackedOrdersByAccount()
    {
        auto maker = trade("user_trade1.json");
        if (!maker) {
            QSKIP("fixture user_trade1.json not available");
        }
        OrderTracker tracker;
        tracker.setAccount({"3e2c94ca-8124-c4c1-c7ea-be1ea21b71fe", {}});
        tracker.push(*maker);
        const auto reports = tracker.waitForUpdates(0);
        QCOMPARE(reports.size(), std::size_t(1));
        QVERIFY(reports[0].clientOrderId.empty()); // not placed by this session
        QCOMPARE(reports[0].state, OrderState::Unknown);
        QCOMPARE(reports[0].filledShares, dec("5"));
        QCOMPARE(reports[0].fills.at(0).side, TradeSide::Sell);
    }

    void waitIsBoundedAndWakesUp()
    {
        OrderTracker tracker;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(tracker.waitForUpdates(60).empty());
        QVERIFY(timer.elapsed() >= 50);
        QVERIFY(timer.elapsed() < 2'000);

        std::thread producer([&tracker] {
            std::this_thread::sleep_for(std::chrono::milliseconds(30));
            OrderStatusReport report;
            report.venueOrderId = "0x9";
            report.state = OrderState::Cancelled;
            tracker.push(report);
        });
        timer.restart();
        const auto reports = tracker.waitForUpdates(5'000);
        producer.join();
        QCOMPARE(reports.size(), std::size_t(1));
        QVERIFY(timer.elapsed() < 4'000); // woken by the push, not by the timeout
    }

    void queueIsBounded()
    {
        OrderTracker tracker(3);
        for (int i = 0; i < 5; ++i) {
            OrderStatusReport report;
            report.venueOrderId = "0x" + std::to_string(i);
            tracker.push(report);
        }
        QCOMPARE(tracker.queued(), std::size_t(3));
        QCOMPARE(tracker.dropped(), std::size_t(2));
        const auto reports = tracker.waitForUpdates(0);
        QCOMPARE(reports.front().venueOrderId, std::string("0x2")); // the newest are kept
    }

    void aliasAndAnnotate()
    {
        OrderTracker tracker;
        tracker.track("0xhash", intent("7"));
        tracker.alias("0xvenue", "0xhash");
        OrderStatusReport report;
        report.venueOrderId = "0xvenue";
        report.state = OrderState::Cancelled;
        tracker.annotate(report);
        QCOMPARE(report.clientOrderId, std::string("basket-7/leg-0"));
        QCOMPARE(report.originalShares, dec("7"));
        QCOMPARE(report.limitPrice, dec("0.52"));
        QCOMPARE(tracker.openOrderIds(), std::vector<std::string>{"0xhash"});
    }
};

QTEST_GUILESS_MAIN(TestOrderTracker)
#include "tst_ordertracker.moc"
