#include "core/execution/PaperGateway.h"
#include "tests/core/execution/ExecutionFixture.h"
#include "tests/support/TestPrinters.h"

#include <QTest>

using namespace polaris;
using namespace polaris::test;

namespace {

OrderIntent order(const char* id,
                  const char* token,
                  TradeSide side,
                  const char* price,
                  const char* shares,
                  OrderType type = OrderType::Fok)
{
    OrderIntent intent;
    intent.clientOrderId = id;
    intent.tokenId = token;
    intent.conditionId = std::string("0xc") + (token + 1);
    intent.side = side;
    intent.limitPrice = dec(price);
    intent.shares = dec(shares);
    intent.type = type;
    return intent;
}

/// A venue with one neg-risk event of two outcomes (fee 0.05) and a paper gateway on it; the
/// gateway's "sleep" moves the clock and runs `duringLatency` (the market moving meanwhile).
struct Paper
{
    explicit Paper(const char* balance = "1000")
        : venue({negRiskEvent(2)})
        , gateway(
                  *venue.quotes,
                  venue.clock,
                  [this](std::string_view token) { return venue.quotes->feeOf(token); },
                  PaperGateway::Options{250, dec(balance)},
                  [this](std::int64_t ms) {
                      sleeps.push_back(ms);
                      venue.clock.advanceMs(ms);
                      if (duringLatency) {
                          duringLatency();
                      }
                  })
    {
        venue.setBook("y1", {{"0.27", "30"}, {"0.25", "40"}}, {{"0.29", "60"}, {"0.31", "60"}});
    }

    std::vector<OrderStatusReport> place(std::vector<OrderIntent> intents)
    {
        auto placed = gateway.place(intents);
        if (!placed.ok()) {
            return {};
        }
        return *placed;
    }

    Venue venue;
    PaperGateway gateway;
    std::vector<std::int64_t> sleeps;
    std::function<void()> duringLatency;
};

} // namespace

/// PaperGateway against crafted books: depth walks, FOK/FAK/GTC, exact fees, consumed liquidity,
/// latency, balances and the venue's refusals.
class TstPaperGateway : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullFillWalksTheLevels()
    {
        Paper paper;
        const auto reports = paper.place({order("o1", "y1", TradeSide::Buy, "0.31", "100")});
        QCOMPARE(reports.size(), std::size_t(1));
        const OrderStatusReport& report = reports.front();
        QCOMPARE(report.clientOrderId, std::string("o1"));
        QCOMPARE(report.venueOrderId, std::string("paper-1"));
        QCOMPARE(report.state, OrderState::Filled);
        QCOMPARE(report.filledShares, dec("100"));
        QCOMPARE(report.createdAtMs, kNow + 250);
        QCOMPARE(report.fills.size(), std::size_t(2));
        // 60 at 0.29: fee 60 x 0.05 x 0.29 x 0.71 = 0.6177; 40 at 0.31: 0.4278.
        QCOMPARE(report.fills[0].fillId, std::string("paper-fill-1"));
        QCOMPARE(report.fills[0].price, dec("0.29"));
        QCOMPARE(report.fills[0].shares, dec("60"));
        QCOMPARE(report.fills[0].fee, dec("0.6177"));
        QCOMPARE(report.fills[1].price, dec("0.31"));
        QCOMPARE(report.fills[1].shares, dec("40"));
        QCOMPARE(report.fills[1].fee, dec("0.4278"));
        QCOMPARE(report.fills[1].timeMs, kNow + 250);
        // 1000 - 17.4 - 0.6177 - 12.4 - 0.4278
        QCOMPARE(*paper.gateway.collateralBalance(), dec("969.1545"));
        QCOMPARE(paper.gateway.shares("y1"), dec("100"));
        QCOMPARE(paper.sleeps, std::vector<std::int64_t>{250});
        QCOMPARE(paper.gateway.lastLatencyMs(), std::int64_t(250));
        QCOMPARE(paper.gateway.fillsSince(0)->size(), std::size_t(2));
        QCOMPARE(paper.gateway.status("paper-1")->state, OrderState::Filled);
        QVERIFY(!paper.gateway.status("paper-9").ok());
    }

    void idsCarryThePrefix()
    {
        Venue venue({negRiskEvent(2)});
        venue.setBook("y1", {{"0.27", "30"}}, {{"0.29", "60"}});
        PaperGateway gateway(*venue.quotes, venue.clock, {},
                             PaperGateway::Options{0, dec("100"), "paper-run7-"},
                             [](std::int64_t) {});
        const OrderIntent intent = order("o1", "y1", TradeSide::Buy, "0.29", "10");
        const auto reports = gateway.place(std::span(&intent, 1));
        QCOMPARE(reports->front().venueOrderId, std::string("paper-run7-1"));
        QCOMPARE(reports->front().fills.front().fillId, std::string("paper-run7-fill-1"));
        QCOMPARE(reports->front().fills.front().fee, dec("0")); // no fee lookup: no fee
        QVERIFY(gateway.status("paper-run7-1").ok());
        QVERIFY(!gateway.status("paper-1").ok());
        QVERIFY(!gateway.status("paper-run7-").ok());
    }

    void fokIsKilledWhenTheLimitCannotFillIt()
    {
        Paper paper;
        const auto reports = paper.place({order("o1", "y1", TradeSide::Buy, "0.31", "130"),
                                          order("o2", "y1", TradeSide::Buy, "0.30", "100")});
        for (const OrderStatusReport& report : reports) {
            QCOMPARE(report.state, OrderState::Cancelled);
            QCOMPARE(report.error, TradingError::FokNotFilled);
            QCOMPARE(report.filledShares, dec("0"));
            QVERIFY(report.fills.empty());
            QCOMPARE(tradingErrorFromMessage(report.message), TradingError::FokNotFilled);
        }
        QCOMPARE(reports[1].venueOrderId, std::string("paper-2"));
        QCOMPARE(*paper.gateway.collateralBalance(), dec("1000"));
        QCOMPARE(paper.sleeps.size(), std::size_t(1)); // one round trip per batch
    }

    void fakFillsWhatIsThere()
    {
        Paper paper;
        const auto reports =
                paper.place({order("o1", "y1", TradeSide::Buy, "0.30", "100", OrderType::Fak)});
        QCOMPARE(reports.front().state, OrderState::Cancelled);
        QCOMPARE(reports.front().error, TradingError::None);
        QCOMPARE(reports.front().filledShares, dec("60"));
        QCOMPARE(reports.front().fills.size(), std::size_t(1));
        QCOMPARE(*paper.gateway.collateralBalance(), dec("981.9823")); // 1000 - 17.4 - 0.6177
    }

    void twoLegsOnOneBookNeverShareLiquidity()
    {
        Paper paper;
        auto reports = paper.place({order("o1", "y1", TradeSide::Buy, "0.31", "50"),
                                    order("o2", "y1", TradeSide::Buy, "0.31", "50")});
        QCOMPARE(reports[0].fills.size(), std::size_t(1));
        QCOMPARE(reports[0].fills[0].price, dec("0.29"));
        QCOMPARE(reports[1].state, OrderState::Filled);
        QCOMPARE(reports[1].fills.size(), std::size_t(2));
        QCOMPARE(reports[1].fills[0].shares, dec("10")); // what o1 left at 0.29
        QCOMPARE(reports[1].fills[1].price, dec("0.31"));
        QCOMPARE(reports[1].fills[1].shares, dec("40"));
        // A later order on the same (unchanged) book sees only the 20 left.
        reports = paper.place({order("o3", "y1", TradeSide::Buy, "0.31", "30")});
        QCOMPARE(reports[0].state, OrderState::Cancelled);
        QCOMPARE(reports[0].error, TradingError::FokNotFilled);
        reports = paper.place({order("o4", "y1", TradeSide::Buy, "0.31", "20")});
        QCOMPARE(reports[0].state, OrderState::Filled);
        // A new book from the feed is the truth again.
        paper.venue.setBook("y1", {{"0.27", "30"}}, {{"0.29", "60"}});
        reports = paper.place({order("o5", "y1", TradeSide::Buy, "0.29", "60")});
        QCOMPARE(reports[0].state, OrderState::Filled);
        QCOMPARE(paper.gateway.shares("y1"), dec("180"));
    }

    void booksAreReadAfterTheLatency()
    {
        Paper paper;
        paper.duringLatency = [&] {
            paper.venue.setBook("y1", {{"0.27", "30"}}, {{"0.35", "500"}});
        };
        const auto reports = paper.place({order("o1", "y1", TradeSide::Buy, "0.31", "100")});
        QCOMPARE(reports.front().state, OrderState::Cancelled);
        QCOMPARE(reports.front().error, TradingError::FokNotFilled);
    }

    void sellsNeedSharesAndPayTheFee()
    {
        Paper paper;
        auto reports =
                paper.place({order("s1", "y1", TradeSide::Sell, "0.25", "50", OrderType::Fak)});
        QCOMPARE(reports[0].state, OrderState::Rejected);
        QCOMPARE(reports[0].error, TradingError::NotEnoughBalance);
        QCOMPARE(tradingErrorFromMessage(reports[0].message), TradingError::NotEnoughBalance);
        paper.gateway.creditShares("y1", dec("50"));
        reports = paper.place({order("s2", "y1", TradeSide::Sell, "0.25", "50", OrderType::Fak)});
        QCOMPARE(reports[0].state, OrderState::Filled);
        QCOMPARE(reports[0].fills.size(), std::size_t(2));
        // 30 at 0.27 (fee 0.29565) and 20 at 0.25 (fee 0.1875): 8.1 + 5 - 0.48315.
        QCOMPARE(reports[0].fills[0].fee, dec("0.29565"));
        QCOMPARE(reports[0].fills[1].fee, dec("0.1875"));
        QCOMPARE(*paper.gateway.collateralBalance(), dec("1012.61685"));
        QCOMPARE(paper.gateway.shares("y1"), dec("0"));
    }

    void buysNeedCollateral()
    {
        Paper paper("30");
        // 100 x 0.31 = 31 reserved > 30.
        const auto reports = paper.place({order("o1", "y1", TradeSide::Buy, "0.31", "100")});
        QCOMPARE(reports[0].state, OrderState::Rejected);
        QCOMPARE(reports[0].error, TradingError::NotEnoughBalance);
        QCOMPARE(*paper.gateway.collateralBalance(), dec("30"));
    }

    void refusesWhatTheVenueRefuses_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("shares");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("error");
        QTest::newRow("off the tick")
                << "y1"
                << "0.305"
                << "10" << int(OrderType::Fok) << int(TradingError::MinTickSize);
        QTest::newRow("price 1") << "y1"
                                 << "1"
                                 << "10" << int(OrderType::Fok) << int(TradingError::MinTickSize);
        QTest::newRow("size off 0.01")
                << "y1"
                << "0.31"
                << "10.005" << int(OrderType::Fok) << int(TradingError::InsertFailed);
        QTest::newRow("marketable under $1")
                << "y1"
                << "0.31"
                << "3" << int(OrderType::Fak) << int(TradingError::MinSize);
        QTest::newRow("resting under min size")
                << "y1"
                << "0.2"
                << "4" << int(OrderType::Gtc) << int(TradingError::MinSize);
        QTest::newRow("no book") << "y2"
                                 << "0.31"
                                 << "10" << int(OrderType::Fok)
                                 << int(TradingError::MarketNotReady);
    }

    void refusesWhatTheVenueRefuses()
    {
        QFETCH(QString, token);
        QFETCH(QString, price);
        QFETCH(QString, shares);
        QFETCH(int, type);
        QFETCH(int, error);
        Paper paper;
        const QByteArray t = token.toLatin1(), p = price.toLatin1(), s = shares.toLatin1();
        const auto reports = paper.place({order("o1", t.constData(), TradeSide::Buy, p.constData(),
                                                s.constData(), OrderType(type))});
        QCOMPARE(reports[0].state, OrderState::Rejected);
        QCOMPARE(int(reports[0].error), error);
        if (!QByteArray::fromStdString(reports[0].message).startsWith("invalid amount")) {
            // The venue's own words (the $1 minimum's text is not in the §4.4 table).
            QCOMPARE(tradingErrorFromMessage(reports[0].message), TradingError(error));
        }
        QCOMPARE(*paper.gateway.collateralBalance(), dec("1000"));
    }

    void gtcRestsAndFillsWhenTheBookCrosses()
    {
        Paper paper;
        auto reports =
                paper.place({order("g1", "y1", TradeSide::Buy, "0.28", "50", OrderType::Gtc)});
        QCOMPARE(reports[0].state, OrderState::Live);
        QCOMPARE(*paper.gateway.collateralBalance(), dec("986")); // 14 reserved
        QCOMPARE(paper.gateway.openOrders()->size(), std::size_t(1));
        QVERIFY(paper.gateway.waitForUpdates(100).empty());
        QCOMPARE(paper.sleeps.back(), std::int64_t(100));
        // Someone sells 30 at 0.27 into our bid: we fill at our price, as the maker (no fee).
        paper.venue.setBook("y1", {{"0.25", "40"}}, {{"0.27", "30"}, {"0.29", "60"}});
        const auto updates = paper.gateway.waitForUpdates(100);
        QCOMPARE(updates.size(), std::size_t(1));
        QCOMPARE(updates[0].clientOrderId, std::string("g1"));
        QCOMPARE(updates[0].state, OrderState::Live);
        QCOMPARE(updates[0].filledShares, dec("30"));
        QCOMPARE(updates[0].fills.back().price, dec("0.28"));
        QCOMPARE(updates[0].fills.back().fee, dec("0"));
        // 1000 - 8.4 paid - 5.6 still reserved for the 20 left.
        QCOMPARE(*paper.gateway.collateralBalance(), dec("986"));
        QCOMPARE(paper.gateway.status("paper-1")->filledShares, dec("30")); // nothing new
        const std::string id = "paper-1";
        QCOMPARE(*paper.gateway.cancel(std::span(&id, 1)), std::vector<std::string>{id});
        QCOMPARE(paper.gateway.status(id)->state, OrderState::Cancelled);
        QCOMPARE(*paper.gateway.collateralBalance(), dec("991.6"));
        QVERIFY(paper.gateway.cancel(std::span(&id, 1))->empty()); // not open any more
        QVERIFY(paper.gateway.openOrders()->empty());
        QVERIFY(paper.gateway.waitForUpdates(100).empty());
        QCOMPARE(paper.sleeps.back(), std::int64_t(100)); // no resting order: no wait
        QCOMPARE(paper.sleeps.size(), std::size_t(3));
    }
};

QTEST_APPLESS_MAIN(TstPaperGateway)
#include "tst_papergateway.moc"
