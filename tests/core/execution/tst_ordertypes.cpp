#include "core/execution/ExecutionMode.h"
#include "core/execution/OrderTypes.h"

#include <QTest>

using namespace polaris;

/// The venue's error messages (spec §4.4) map to stable codes; names round-trip.
class TestOrderTypes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void documentedMessagesMapToCodes_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("expected");
        const auto row = [](const char* message, TradingError error) {
            QTest::newRow(message) << QString::fromUtf8(message) << static_cast<int>(error);
        };
        row("order is invalid. Price breaks minimum tick size rules", TradingError::MinTickSize);
        row("order is invalid. Size lower than the minimum", TradingError::MinSize);
        row("order is invalid. Duplicated. Same order has already been placed, can't be placed "
            "again",
            TradingError::Duplicated);
        row("not enough balance / allowance", TradingError::NotEnoughBalance);
        row("not enough balance / allowance: the balance is not enough",
            TradingError::NotEnoughBalance);
        row("invalid expiration", TradingError::InvalidExpiration);
        row("could not insert order", TradingError::InsertFailed);
        row("invalid post-only order: only GTC and GTD order types are allowed",
            TradingError::PostOnlyType);
        row("invalid post-only order: order crosses book", TradingError::PostOnlyCrosses);
        row("invalid post-only order: unsupported tick size", TradingError::PostOnlyCrosses);
        row("could not run the execution", TradingError::ExecutionFailed);
        row("order match delayed due to market conditions", TradingError::Delayed);
        row("error delaying the order", TradingError::DelayingFailed);
        row("order couldn't be fully filled, FOK orders are fully filled/killed",
            TradingError::FokNotFilled);
        row("CANCELED_order couldn't be fully filled. FOK orders are fully filled or killed.",
            TradingError::FokNotFilled);
        row("the market is not yet ready to process new orders", TradingError::MarketNotReady);
        row("order_version_mismatch", TradingError::VersionMismatch);
        row("Unauthorized/Invalid api key", TradingError::Unauthorized);
        row("Invalid L1 Request headers", TradingError::InvalidL1Headers);
        row("Trading is currently disabled. Check polymarket.com for updates",
            TradingError::TradingDisabled);
        row("Too Many Requests", TradingError::RateLimited);
        row("FOK_ORDER_NOT_FILLED_ERROR", TradingError::FokNotFilled);
        row("something new the venue says", TradingError::Unknown);
        row("", TradingError::None);
    }
    void documentedMessagesMapToCodes()
    {
        QFETCH(QString, message);
        QFETCH(int, expected);
        const std::string text = message.toStdString();
        QCOMPARE(static_cast<int>(tradingErrorFromMessage(text)), expected);
    }

    void namesRoundTrip()
    {
        QCOMPARE(tradingErrorName(TradingError::FokNotFilled), "FOK_ORDER_NOT_FILLED_ERROR");
        QCOMPARE(tradingErrorName(TradingError::Transport), "TRANSPORT");
        for (OrderState state : {OrderState::Intent, OrderState::Sent, OrderState::Live,
                                 OrderState::Delayed, OrderState::Filled, OrderState::Cancelled,
                                 OrderState::Rejected, OrderState::Unknown}) {
            QCOMPARE(orderStateFromName(orderStateName(state)), std::optional<OrderState>(state));
        }
        QCOMPARE(orderTypeFromName("FAK"), std::optional<OrderType>(OrderType::Fak));
        QVERIFY(!orderTypeFromName("fak").has_value());
        QCOMPARE(executionModeFromName("LIVE"), std::optional<ExecutionMode>(ExecutionMode::Live));
        QVERIFY(!executionModeFromName("live").has_value());
        QVERIFY(isTerminal(OrderState::Cancelled));
        QVERIFY(!isTerminal(OrderState::Unknown));
        QVERIFY(!isTerminal(OrderState::Live));
    }
};

QTEST_GUILESS_MAIN(TestOrderTypes)
#include "tst_ordertypes.moc"
