#include "core/venues/polymarket/UserEventParser.h"
#include "tests/support/SharedFixtures.h"
#include "tests/support/TestPrinters.h"

#include <QTest>

using namespace polaris;
using namespace polaris::polymarket;

namespace {
Decimal dec(const char* text)
{
    return Decimal::parse(text).value();
}

std::string_view view(const QByteArray& bytes)
{
    return std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

const char* const kYes =
        "21742633143463906290569050155826241533067272736897614950488156847949938836455";
} // namespace

class TestUserEventParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orderPlacement()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/order_placement.json", bytes);
        std::vector<Error> warnings;
        const auto frame = parseUserFrame(view(bytes), &warnings);
        QVERIFY(frame.ok());
        QVERIFY(warnings.empty());
        QCOMPARE(frame->orders.size(), std::size_t(1));
        QVERIFY(frame->trades.empty());
        const UserOrderEvent& e = frame->orders[0];
        QCOMPARE(e.type, std::string("PLACEMENT"));
        QCOMPARE(e.timestampMs, std::int64_t(1725842520990));
        QCOMPARE(e.order.id,
                 std::string("0x0f76f4dc6eaf3332f4100f2e8a0b4a927351dd64646b7bb12f37df775c657a78"));
        QCOMPARE(e.order.status, std::string("LIVE"));
        QCOMPARE(e.order.assetId, std::string(kYes));
        QCOMPARE(e.order.side, TradeSide::Buy);
        QCOMPARE(e.order.price, dec("0.513"));
        QCOMPARE(e.order.originalSize, dec("5"));
        QCOMPARE(e.order.sizeMatched, Decimal());
    }

    void orderCancel()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/order_cancel.json", bytes);
        const auto frame = parseUserFrame(view(bytes), nullptr);
        QVERIFY(frame.ok());
        QCOMPARE(frame->orders.size(), std::size_t(1));
        const UserOrderEvent& e = frame->orders[0];
        QCOMPARE(e.type, std::string("CANCELLATION"));
        QCOMPARE(e.order.status, std::string("CANCELED"));
        QCOMPARE(e.order.side, TradeSide::Sell);
        QCOMPARE(e.order.sizeMatched, dec("5"));
        QCOMPARE(e.order.createdAtMs, std::int64_t(1725841741000));
        QCOMPARE(e.timestampMs, std::int64_t(1725841743272));
    }

    void tradeWithSixMakers()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/user_trade1.json", bytes);
        const auto frame = parseUserFrame(view(bytes), nullptr);
        QVERIFY(frame.ok());
        QCOMPARE(frame->trades.size(), std::size_t(1));
        const ClobTrade& t = frame->trades[0];
        QCOMPARE(t.id, std::string("83b5c849-620e-4c23-b63b-2e779c04a6e7"));
        QCOMPARE(t.status, std::string("MINED"));
        QCOMPARE(t.traderSide, std::string("MAKER"));
        QCOMPARE(t.size, dec("1096.87"));
        QCOMPARE(t.price, dec("0.518"));
        QCOMPARE(t.matchTimeMs, std::int64_t(1725868859000));
        QCOMPARE(t.timestampMs, std::int64_t(1725868885871));
        QCOMPARE(t.tradeOwner, std::string("092dab0c-74fa-5ba7-4b67-572daeace198"));
        QCOMPARE(t.makerOrders.size(), std::size_t(6));
        QCOMPARE(t.makerOrders[0].outcome, std::string("No"));
        QCOMPARE(t.makerOrders[0].price, dec("0.482"));
        QCOMPARE(t.makerOrders[1].matchedAmount, dec("247.68"));
        QCOMPARE(t.makerOrders[3].owner, std::string("3e2c94ca-8124-c4c1-c7ea-be1ea21b71fe"));
        Decimal total;
        for (const MakerFill& m : t.makerOrders) {
            total += m.matchedAmount;
        }
        QCOMPARE(total, dec("1096.87")); // the makers add up to the taker's size
    }

    void tradesWithMakerSides()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/user_trade4.json", bytes);
        const auto frame = parseUserFrame(view(bytes), nullptr);
        QVERIFY(frame.ok());
        const ClobTrade& t = frame->trades.at(0);
        QCOMPARE(t.side, TradeSide::Sell);
        QCOMPARE(t.size, dec("15"));
        QCOMPARE(t.status, std::string("CONFIRMED"));
        QCOMPARE(t.makerOrders.size(), std::size_t(3));
        QCOMPARE(t.makerOrders[1].price, dec("0.35"));
        QCOMPARE(t.makerOrders[2].side, std::optional<TradeSide>(TradeSide::Buy));
    }

    void arrayFrameKeepsGoodEvents()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/order_placement.json", order);
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/user_trade2.json", trade);
        const QByteArray text =
                "[" + order + R"(,{"event_type":"heartbeat"},{"type":"TRADE"},)" + trade
                + R"(,{"event_type":"trade","id":"t","asset_id":"1","side":"BUY","size":"5","price":"2"}])";
        std::vector<Error> warnings;
        const auto frame = parseUserFrame(view(text), &warnings);
        QVERIFY(frame.ok());
        QCOMPARE(frame->orders.size(), std::size_t(1));
        QCOMPARE(frame->trades.size(), std::size_t(1));
        QCOMPARE(frame->trades[0].id, std::string("f50e8ab2-652d-4dc8-9c82-8e46197fe98d"));
        QCOMPARE(frame->sequence.size(), std::size_t(2));
        QVERIFY(!frame->sequence[0].first);
        QVERIFY(frame->sequence[1].first);
        QCOMPARE(warnings.size(), std::size_t(3));
        QCOMPARE(warnings[0].code, ErrorCode::UnknownMessage);
        QCOMPARE(warnings[0].detail, std::string("event #1.event_type: unknown 'heartbeat'"));
        QCOMPARE(warnings[1].code, ErrorCode::MissingField);
        QCOMPARE(warnings[1].detail, std::string("event #2.event_type: missing"));
        QCOMPARE(warnings[2].code, ErrorCode::OutOfRange);
        QCOMPARE(warnings[2].detail, std::string("event #4 (trade).price: 2 outside (0,1)"));
    }

    void pongAndBadFrames()
    {
        const auto pong = parseUserFrame("PONG", nullptr);
        QVERIFY(pong.ok());
        QVERIFY(pong->pong);
        QVERIFY(pong->empty());

        const auto truncated = parseUserFrame("{\"event_type\":\"order\",\"id\":\"0x", nullptr);
        QVERIFY(!truncated.ok());
        QCOMPARE(truncated.error().code, ErrorCode::InvalidFormat);
        QVERIFY(truncated.error().detail.starts_with("user frame: not JSON"));

        const auto scalar = parseUserFrame("42", nullptr);
        QVERIFY(!scalar.ok());
        QCOMPARE(scalar.error().detail,
                 std::string("user frame: expected an event object or array, got 42"));

        std::vector<Error> warnings;
        const auto missing = parseUserFrame(
                R"({"event_type":"order","type":"UPDATE","asset_id":"1","side":"BUY","price":"0.5","original_size":"5"})",
                &warnings);
        QVERIFY(missing.ok());
        QVERIFY(missing->empty());
        QCOMPARE(warnings.size(), std::size_t(1));
        QCOMPARE(warnings[0].detail, std::string("event #0 (order).id: missing"));
    }
};

QTEST_GUILESS_MAIN(TestUserEventParser)
#include "tst_usereventparser.moc"
