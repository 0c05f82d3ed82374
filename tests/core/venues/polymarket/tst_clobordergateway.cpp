#include "core/execution/ClobOrderGateway.h"
#include "core/money/UInt256.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/sim/SimServer.h"
#include "core/sim/UniverseGenerator.h"
#include "tests/support/TestPrinters.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTest>

#include <chrono>
#include <future>

using namespace polaris;

namespace {

// The private key of spec §8 (a public test vector).
const QByteArray kKey = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

/// Runs a gateway call on another thread while this (the simulator's) thread keeps serving.
template <typename F> auto offMain(F f) -> decltype(f())
{
    auto future = std::async(std::launch::async, std::move(f));
    // The calls are bounded by the gateway's timeout, so get() cannot hang past the wait.
    static_cast<void>(QTest::qWaitFor(
            [&] {
                return future.wait_for(std::chrono::milliseconds(0)) == std::future_status::ready;
            },
            60'000));
    return future.get();
}

/// A standalone binary market's token with a two-sided book, no fees, tick 0.01.
struct Pick
{
    int token = -1;
    std::string tokenId;
    std::string conditionId;
    Decimal ask;
    Decimal bid;
    Decimal tick;
};

} // namespace

class TestClobOrderGateway : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::SimServer> m_server;
    std::unique_ptr<ClobOrderGateway> m_gateway;
    std::vector<Pick> m_picks;
    std::string m_gtcId;

    ClobGatewayConfig config() const
    {
        ClobGatewayConfig c;
        c.clobUrl = QUrl(m_server->httpUrl());
        c.userWsUrl = QUrl(m_server->userWsUrl());
        c.requestTimeoutMs = 10'000;
        c.client.http.timeoutMs = 5'000;
        return c;
    }

    OrderIntent
    intent(const Pick& p, const char* id, OrderType type, Decimal price, int shares) const
    {
        OrderIntent i;
        i.clientOrderId = id;
        i.tokenId = p.tokenId;
        i.conditionId = p.conditionId;
        i.side = TradeSide::Buy;
        i.limitPrice = price;
        i.shares = Decimal::fromInt(shares);
        i.type = type;
        i.tickSize = p.tick;
        return i;
    }

    std::vector<OrderStatusReport>
    collect(const std::function<bool(const OrderStatusReport&)>& until)
    {
        std::vector<OrderStatusReport> all;
        static_cast<void>(QTest::qWaitFor(
                [&] {
                    auto batch = offMain([this] { return m_gateway->waitForUpdates(50); });
                    for (auto& r : batch) {
                        const bool done = until(r);
                        all.push_back(std::move(r));
                        if (done) {
                            return true;
                        }
                    }
                    return false;
                },
                10'000));
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        sim::GenerateSpec spec;
        spec.events = 1;
        spec.outcomes = 3;
        spec.binaries = 40;
        spec.seed = 11;
        sim::SimServerOptions options;
        options.tickMs = 0; // the books stay put unless a test moves them
        options.seed = 11;
        m_server =
                std::make_unique<sim::SimServer>(sim::UniverseGenerator::generate(spec), options);
        QVERIFY(m_server->listen().ok());
        const sim::SimUniverse& u = m_server->universe();
        for (std::size_t t = 0; t < u.tokens.size(); ++t) {
            const sim::SimToken& token = u.tokens[t];
            if (!token.hasBook || token.negRisk || token.market < 0) {
                continue;
            }
            const sim::SimMarket& market = u.markets[std::size_t(token.market)];
            const auto ask = token.book.bestAsk();
            const auto bid = token.book.bestBid();
            // (The generator draws 78-digit ids, some above 2^256 - 1: those cannot be signed.)
            if (!UInt256::fromDecimal(token.id).ok() || market.feesEnabled
                || market.tickSize != Decimal::fromMicros(10'000) || !ask || !bid
                || ask->size < Decimal::fromInt(20) || ask->price < Decimal::fromMicros(200'000)
                || ask->price > Decimal::fromMicros(800'000)
                || bid->price < Decimal::fromMicros(100'000)) {
                continue;
            }
            m_picks.push_back({int(t), token.id, market.conditionId, ask->price, bid->price,
                               market.tickSize});
        }
        QVERIFY2(m_picks.size() >= 3, "the generated universe has too few plain binaries");
    }

    void createFailsWithoutKey()
    {
        secrets::MemorySecretStore store;
        std::optional<Result<std::unique_ptr<ClobOrderGateway>>> made;
        ClobOrderGateway::create(store, config(), [&](auto r) { made.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(made.has_value(), 5'000);
        QVERIFY(!made->ok());
        QVERIFY2(made->error().detail.find("'polymarket/private_key'") != std::string::npos,
                 made->error().detail.c_str());
    }

    void createDerivesAndStoresCredentials()
    {
        secrets::MemorySecretStore store;
        QVERIFY(store.write(secrets::keyName(secrets::kPrivateKey), kKey).ok());
        std::optional<Result<std::unique_ptr<ClobOrderGateway>>> made;
        ClobOrderGateway::create(store, config(), [&](auto r) { made.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(made.has_value(), 10'000);
        QVERIFY2(made->ok(), made->ok() ? "" : made->error().detail.c_str());
        QVERIFY((*made)->get()->hasApiCredentials());
        const QByteArray apiKey = store.read(secrets::keyName(secrets::kApiKey)).value();
        QVERIFY(!apiKey.isEmpty());
        QVERIFY(store.has(secrets::keyName(secrets::kApiSecret)));
        QCOMPARE((*made)->get()->funder().toChecksumHex(),
                 std::string("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));

        // Second start: the stored credentials are used as they are (no L1 round trip).
        std::optional<Result<std::unique_ptr<ClobOrderGateway>>> again;
        ClobOrderGateway::create(store, config(), [&](auto r) { again.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(again.has_value(), 10'000);
        QVERIFY(again->ok());
        m_gateway = std::move(*made).value();
        QCOMPARE(m_gateway->mode(), ExecutionMode::Live);
    }

    void fokFills()
    {
        const Pick& p = m_picks[0];
        const std::vector<OrderIntent> intents{intent(p, "fok-fill", OrderType::Fok, p.ask, 10)};
        auto placed = offMain([&] { return m_gateway->place(intents); });
        QVERIFY2(placed.ok(), placed.ok() ? "" : placed.error().detail.c_str());
        const OrderStatusReport& r = placed->at(0);
        QCOMPARE(r.clientOrderId, std::string("fok-fill"));
        QVERIFY2(r.state == OrderState::Filled, r.message.c_str());
        QCOMPARE(r.error, TradingError::None);
        QCOMPARE(r.filledShares, Decimal::fromInt(10));
        QCOMPARE(r.venueOrderId.size(), std::size_t(66));
        QVERIFY(m_gateway->lastLatencyMs() >= 0);

        auto status = offMain([&] { return m_gateway->status(r.venueOrderId); });
        QVERIFY2(status.ok(), status.ok() ? "" : status.error().detail.c_str());
        QCOMPARE(status->state, OrderState::Filled);
        QCOMPARE(status->clientOrderId, std::string("fok-fill"));
        QCOMPARE(status->filledShares, Decimal::fromInt(10));
        QVERIFY(!status->fills.empty());
        Decimal shares;
        for (const FillReport& f : status->fills) {
            shares += f.shares;
            QCOMPARE(f.venueOrderId, r.venueOrderId);
            QVERIFY(f.price <= p.ask);
        }
        QCOMPARE(shares, Decimal::fromInt(10));
    }

    void userChannelReportsTheFill()
    {
        const auto reports = collect([](const OrderStatusReport& r) {
            return r.clientOrderId == "fok-fill" && !r.fills.empty();
        });
        const auto it =
                std::find_if(reports.begin(), reports.end(), [](const OrderStatusReport& r) {
                    return r.clientOrderId == "fok-fill" && !r.fills.empty();
                });
        QVERIFY2(it != reports.end(), "no trade event for the FOK fill");
        QCOMPARE(it->fills.front().side, TradeSide::Buy);
        QCOMPARE(it->state, OrderState::Filled);
    }

    void fokKilled()
    {
        const Pick& p = m_picks[1];
        const Decimal below = p.ask - p.tick; // not marketable: the FOK is killed
        const std::vector<OrderIntent> intents{intent(p, "fok-kill", OrderType::Fok, below, 10)};
        auto placed = offMain([&] { return m_gateway->place(intents); });
        QVERIFY(placed.ok());
        const OrderStatusReport& r = placed->at(0);
        QCOMPARE(r.state, OrderState::Cancelled);
        QCOMPARE(r.error, TradingError::FokNotFilled);
        QCOMPARE(r.filledShares, Decimal());
        const auto reports =
                collect([](const OrderStatusReport& e) { return e.clientOrderId == "fok-kill"; });
        QVERIFY(!reports.empty());
        QCOMPARE(reports.back().state, OrderState::Cancelled);
        QCOMPARE(reports.back().error, TradingError::FokNotFilled); // CANCELED_<reason>
    }

    void batchOfThree()
    {
        const Pick& a = m_picks[1];
        const Pick& b = m_picks[2];
        OrderIntent offTick = intent(b, "off-tick", OrderType::Gtc, b.bid - b.tick, 5);
        offTick.limitPrice = offTick.limitPrice + Decimal::fromMicros(5'000); // half a tick
        const std::vector<OrderIntent> intents{
                intent(a, "batch-fok", OrderType::Fok, a.ask, 5),
                intent(b, "batch-gtc", OrderType::Gtc, b.bid - b.tick * 2, 6), offTick};
        auto placed = offMain([&] { return m_gateway->place(intents); });
        QVERIFY2(placed.ok(), placed.ok() ? "" : placed.error().detail.c_str());
        QCOMPARE(placed->size(), std::size_t(3));
        QCOMPARE(placed->at(0).state, OrderState::Filled);
        QCOMPARE(placed->at(1).state, OrderState::Live);
        QCOMPARE(placed->at(1).clientOrderId, std::string("batch-gtc"));
        QCOMPARE(placed->at(2).state, OrderState::Rejected); // never sent
        QVERIFY(placed->at(2).venueOrderId.empty());
        QVERIFY(placed->at(2).message.starts_with("not sent: "));
        m_gtcId = placed->at(1).venueOrderId;
    }

    void venueRefusals()
    {
        // A refused single order as HTTP 400 {"error"}, then one refused leg inside a batch.
        QVERIFY(m_server->setFaults(QJsonObject{{QLatin1String("order_reject_next"), 1},
                                                {QLatin1String("order_reject_message"),
                                                 QLatin1String("not enough balance / allowance")},
                                                {QLatin1String("reject_as_http_error"), true}})
                        .ok());
        const Pick& p = m_picks[2];
        const std::vector<OrderIntent> one{intent(p, "refused", OrderType::Fok, p.ask, 5)};
        auto placed = offMain([&] { return m_gateway->place(one); });
        QVERIFY(placed.ok());
        QCOMPARE(placed->at(0).state, OrderState::Rejected);
        QCOMPARE(placed->at(0).error, TradingError::NotEnoughBalance);
        QCOMPARE(placed->at(0).message, std::string("not enough balance / allowance"));

        QVERIFY(m_server->setFaults(QJsonObject{{QLatin1String("order_reject_next"), 1},
                                                {QLatin1String("order_reject_message"),
                                                 QLatin1String("order is invalid. Duplicated.")},
                                                {QLatin1String("reject_as_http_error"), false}})
                        .ok());
        const std::vector<OrderIntent> two{
                intent(p, "leg-refused", OrderType::Gtc, p.bid - p.tick * 4, 5),
                intent(p, "leg-rests", OrderType::Gtc, p.bid - p.tick * 4, 5)};
        auto batch = offMain([&] { return m_gateway->place(two); });
        QVERIFY(m_server->setFaults(QJsonObject{{QLatin1String("order_reject_next"), 0}}).ok());
        QVERIFY(batch.ok());
        QCOMPARE(batch->at(0).state, OrderState::Rejected);
        QCOMPARE(batch->at(0).error, TradingError::Duplicated);
        QCOMPARE(batch->at(1).state, OrderState::Live);
        auto cancelled = offMain([&] {
            return m_gateway->cancel(std::vector<std::string>{batch->at(1).venueOrderId});
        });
        QVERIFY(cancelled.ok());
        QCOMPARE(cancelled->size(), std::size_t(1));
    }

    void openOrdersAndCancel()
    {
        auto open = offMain([&] { return m_gateway->openOrders(); });
        QVERIFY2(open.ok(), open.ok() ? "" : open.error().detail.c_str());
        const auto it = std::find_if(open->begin(), open->end(), [&](const OrderStatusReport& r) {
            return r.venueOrderId == m_gtcId;
        });
        QVERIFY(it != open->end());
        QCOMPARE(it->clientOrderId, std::string("batch-gtc"));
        QCOMPARE(it->state, OrderState::Live);
        QCOMPARE(it->originalShares, Decimal::fromInt(6));

        const std::vector<std::string> ids{m_gtcId};
        auto cancelled = offMain([&] { return m_gateway->cancel(ids); });
        QVERIFY2(cancelled.ok(), cancelled.ok() ? "" : cancelled.error().detail.c_str());
        QCOMPARE(*cancelled, ids);
        auto status = offMain([&] { return m_gateway->status(m_gtcId); });
        QVERIFY(status.ok());
        QCOMPARE(status->state, OrderState::Cancelled);
        QCOMPARE(status->clientOrderId, std::string("batch-gtc"));
        auto again = offMain([&] { return m_gateway->cancel(ids); });
        QVERIFY(again.ok());
        QVERIFY(again->empty()); // not_canceled now
    }

    void fillsAndBalance()
    {
        auto fills = offMain([&] { return m_gateway->fillsSince(0); });
        QVERIFY2(fills.ok(), fills.ok() ? "" : fills.error().detail.c_str());
        Decimal shares;
        Decimal spent;
        for (const FillReport& f : *fills) {
            shares += f.shares;
            spent += Decimal::mul(f.price, f.shares, Rounding::Up);
            QCOMPARE(f.side, TradeSide::Buy);
        }
        QCOMPARE(shares, Decimal::fromInt(15)); // 10 (fok-fill) + 5 (batch-fok)
        auto balance = offMain([&] { return m_gateway->collateralBalance(); });
        QVERIFY2(balance.ok(), balance.ok() ? "" : balance.error().detail.c_str());
        QCOMPARE(*balance, Decimal::fromInt(10'000) - spent);
    }

    void unknownOutcomeIsReconciled()
    {
        // The answer comes after the client's timeout: the order is placed, the outcome unknown.
        ClobGatewayConfig c = config();
        c.client.http.timeoutMs = 300;
        c.userChannelEnabled = false;
        secrets::MemorySecretStore store;
        QVERIFY(store.write(secrets::keyName(secrets::kPrivateKey), kKey).ok());
        std::optional<Result<std::unique_ptr<ClobOrderGateway>>> made;
        ClobOrderGateway::create(store, c, [&](auto r) { made.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(made.has_value(), 10'000);
        QVERIFY(made->ok());
        std::unique_ptr<ClobOrderGateway> slow = std::move(*made).value();
        QVERIFY(m_server->setFaults(QJsonObject{{QLatin1String("order_delay_ms"), 1'000}}).ok());
        const Pick& p = m_picks[2];
        const std::vector<OrderIntent> intents{intent(p, "lost", OrderType::Fok, p.ask, 5)};
        auto placed = offMain([&] { return slow->place(intents); });
        QVERIFY(m_server->setFaults(QJsonObject{{QLatin1String("order_delay_ms"), 0}}).ok());
        QVERIFY(!placed.ok());
        QCOMPARE(placed.error().code, ErrorCode::Timeout);
        QVERIFY2(placed.error().detail.starts_with("TRANSPORT: outcome unknown for order(s) 0x"),
                 placed.error().detail.c_str());
        const std::string id = placed.error().detail.substr(placed.error().detail.find("0x"), 66);
        auto status = offMain([&] { return slow->status(id); });
        QVERIFY2(status.ok(), status.ok() ? "" : status.error().detail.c_str());
        QCOMPARE(status->clientOrderId, std::string("lost")); // tracked before sending
        QCOMPARE(status->state, OrderState::Filled);
    }

    void reconnectRereadsOpenOrders()
    {
        const Pick& p = m_picks[0];
        const std::vector<OrderIntent> intents{
                intent(p, "resting", OrderType::Gtc, p.bid - p.tick * 3, 5)};
        auto placed = offMain([&] { return m_gateway->place(intents); });
        QVERIFY(placed.ok());
        QCOMPARE(placed->at(0).state, OrderState::Live);
        collect([](const OrderStatusReport& r) {
            return r.clientOrderId == "resting";
        }); // PLACEMENT
        QVERIFY(m_server->setFaults(QJsonObject{{QLatin1String("user_ws_drop_now"), true}}).ok());
        QElapsedTimer sinceDrop;
        sinceDrop.start();
        const auto reports = collect([](const OrderStatusReport& r) {
            return r.clientOrderId == "resting" && r.message == "LIVE";
        });
        QVERIFY(!reports.empty());
        QVERIFY(sinceDrop.elapsed() >= 500); // after the reconnect (backoff >= 800 ms), not before
        QCOMPARE(reports.back().clientOrderId, std::string("resting"));
        QCOMPARE(reports.back().state, OrderState::Live);
    }

    void cleanupTestCase()
    {
        m_gateway.reset();
        m_server.reset();
    }
};

QTEST_GUILESS_MAIN(TestClobOrderGateway)
#include "tst_clobordergateway.moc"
