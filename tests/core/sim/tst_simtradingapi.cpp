#include "core/signing/OrderSigner.h"
#include "tests/core/sim/TradingTestSupport.h"
#include "tests/support/TestPrinters.h"

#include <QTest>

using namespace polaris;
using namespace polaris::sim;
using namespace polaris::sim::test;
using signing::OrderType;

namespace {
const char kFokMsg[] = "order couldn't be fully filled, FOK orders are fully filled/killed";
} // namespace

/// The trading endpoints' edges: batches, refusals with the venue's texts, signature domains,
/// cancels by market and paging, through real sockets with orders signed by our signing code.
class TestSimTradingApi : public QObject, public OrderFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startFixture(11); }
    void init() { resetFixture(); }

    void batchOfThreeLegs()
    {
        const auto leg = [&](const char* price, const char* shares, OrderType type) {
            return m_a->body(m_a->order(u(), m_yes, TradeSide::Buy, price, shares), type);
        };
        const QByteArray body = '[' + leg("0.5", "10", OrderType::Fok) + ','
                                + leg("0.45", "5", OrderType::Gtc) + ','
                                + leg("0.53", "1000", OrderType::Fok) + ']';
        const Reply r = m_a->l2("POST", QStringLiteral("/orders"), body);
        QCOMPARE(r.status, 200);
        const QJsonArray answers = QJsonDocument::fromJson(r.body).array();
        QCOMPARE(answers.size(), 3);
        QCOMPARE(str(answers[0].toObject(), "status"), QLatin1String("matched"));
        QCOMPARE(str(answers[0].toObject(), "makingAmount"), QLatin1String("5"));
        QCOMPARE(str(answers[1].toObject(), "status"), QLatin1String("live"));
        QCOMPARE(str(answers[2].toObject(), "status"), QLatin1String("unmatched"));
        QCOMPARE(str(answers[2].toObject(), "errorMsg"), QLatin1String(kFokMsg));
        QCOMPARE(sideOf(u(), m_yes, BookSide::Ask), levels({{"0.51", "20"}, {"0.53", "100"}}));

        QByteArray tooMany = "[";
        for (int i = 0; i < 16; ++i) {
            tooMany += (i ? "," : "") + leg("0.4", "5", OrderType::Gtc);
        }
        tooMany += ']';
        QCOMPARE(m_a->l2("POST", QStringLiteral("/orders"), tooMany).status, 400);
    }

    void badSignaturesAndOwnersAreRefused()
    {
        signing::SignedOrder order = m_a->order(u(), m_yes, TradeSide::Buy, "0.5", "10");
        QByteArray body = m_a->body(order, OrderType::Fok);
        QByteArray tampered = body;
        tampered.replace("\"makerAmount\":\"5000000\"", "\"makerAmount\":\"4000000\"");
        QVERIFY(tampered != body);
        Reply r = m_a->l2("POST", QStringLiteral("/order"), tampered);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, QByteArray("{\"error\":\"invalid signature\"}"));
        // Signed for the neg-risk exchange although the market is not neg-risk.
        signing::OrderRequest request;
        const SimToken& t = u().tokens[static_cast<std::size_t>(m_yes)];
        request.tokenId = t.id;
        request.price = dec("0.5");
        request.quantity = dec("10");
        request.tickSize = dec("0.01");
        request.negRisk = true;
        auto negRisk = signing::buildSignedOrder(
                request, m_a->key(),
                signing::ExchangeConfig::polygon(signing::ProtocolVersion::V2));
        QCOMPARE(m_a->l2("POST", QStringLiteral("/order"), m_a->body(*negRisk, OrderType::Fok))
                         .status,
                 400);
        // B's order posted with A's key: signer is not the key's address.
        QCOMPARE(m_a->l2("POST", QStringLiteral("/order"),
                         m_a->body(m_b->order(u(), m_yes, TradeSide::Buy, "0.5", "10"),
                                   OrderType::Fok))
                         .status,
                 400);
        // Owner field naming another key.
        signing::ApiCredentials other = m_a->credentials();
        other.apiKey = m_b->credentials().apiKey;
        r = m_a->l2("POST", QStringLiteral("/order"),
                    *signing::orderRequestBody(order, other, OrderType::Fok));
        QCOMPARE(r.status, 401);
        QCOMPARE(m_a->l2("POST", QStringLiteral("/order"), "{\"order\":{}}").status, 400);
        QCOMPARE(sideOf(u(), m_yes, BookSide::Ask).front(), (BookLevel{dec("0.5"), dec("10")}));
    }

    void venueValidationTexts()
    {
        // Price between ticks: signed by hand, the builder refuses such prices.
        signing::OrderStruct raw;
        raw.salt = UInt256(99);
        raw.maker = m_a->address();
        raw.signer = m_a->address();
        raw.tokenId = *UInt256::fromDecimal(u().tokens[static_cast<std::size_t>(m_yes)].id);
        raw.makerAmount = UInt256(5'050'000);
        raw.takerAmount = UInt256(10'000'000); // 0.505
        raw.timestamp = UInt256(1'700'000'000'000ULL);
        const auto domain =
                signing::ExchangeConfig::polygon(signing::ProtocolVersion::V2).domain(false);
        auto signature = signing::signOrder(raw, signing::ProtocolVersion::V2, domain, m_a->key());
        signing::SignedOrder offTick{raw, signing::ProtocolVersion::V2,
                                     signing::toHex(signature->bytes), signature->orderHash};
        QCOMPARE(str(object(m_a->l2("POST", QStringLiteral("/order"),
                                    m_a->body(offTick, OrderType::Gtc))
                                    .body),
                     "errorMsg"),
                 QLatin1String("order is invalid. Price breaks minimum tick size rules"));

        QCOMPARE(str(place(*m_a, TradeSide::Buy, "0.4", "4", OrderType::Gtc), "errorMsg"),
                 QLatin1String("order is invalid. Size lower than the minimum"));
        QCOMPARE(str(place(*m_a, TradeSide::Buy, "0.5", "1", OrderType::Fok), "errorMsg"),
                 QLatin1String("order is invalid. Size lower than the minimum")); // $0.50 < $1

        const QByteArray resting =
                m_a->body(m_a->order(u(), m_yes, TradeSide::Buy, "0.4", "5"), OrderType::Gtc);
        QCOMPARE(str(object(m_a->l2("POST", QStringLiteral("/order"), resting).body), "status"),
                 QLatin1String("live"));
        QCOMPARE(str(object(m_a->l2("POST", QStringLiteral("/order"), resting).body), "errorMsg"),
                 QLatin1String("order is invalid. Duplicated. Same order has already been placed, "
                               "can't be placed again"));

        signing::PostOptions postOnly;
        postOnly.postOnly = true;
        const auto crossing =
                signing::orderRequestBody(m_a->order(u(), m_yes, TradeSide::Buy, "0.5", "5"),
                                          m_a->credentials(), OrderType::Gtc, postOnly);
        QCOMPARE(str(object(m_a->l2("POST", QStringLiteral("/order"), *crossing).body), "errorMsg"),
                 QLatin1String("invalid post-only order: order crosses book"));

        signing::OrderRequest gtd;
        gtd.tokenId = u().tokens[static_cast<std::size_t>(m_yes)].id;
        gtd.price = dec("0.4");
        gtd.quantity = dec("5");
        gtd.tickSize = dec("0.01");
        gtd.expiration = static_cast<std::uint64_t>(QDateTime::currentSecsSinceEpoch() + 30);
        auto soon = signing::buildSignedOrder(
                gtd, m_a->key(), signing::ExchangeConfig::polygon(signing::ProtocolVersion::V2));
        QCOMPARE(str(object(m_a->l2("POST", QStringLiteral("/order"),
                                    m_a->body(*soon, OrderType::Gtd))
                                    .body),
                     "errorMsg"),
                 QLatin1String("invalid expiration")); // inside the one-minute threshold

        SimMarket& market = u().markets[static_cast<std::size_t>(m_market)];
        market.acceptingOrders = false;
        const QJsonObject closed = place(*m_a, TradeSide::Buy, "0.5", "10", OrderType::Fok);
        market.acceptingOrders = true;
        QCOMPARE(closed.value(QLatin1String("success")).toBool(), false);
        QCOMPARE(str(closed, "errorMsg"),
                 QLatin1String("the market is not yet ready to process new orders"));
    }

    void negRiskAndV1OrdersUseTheirDomains()
    {
        int negRiskMarket = -1;
        for (std::size_t i = 0; i < u().markets.size() && negRiskMarket < 0; ++i) {
            const SimMarket& m = u().markets[i];
            if (m.negRisk && m.enableOrderBook && m.tickSize == dec("0.01") && signable(u(), m)) {
                negRiskMarket = static_cast<int>(i);
            }
        }
        QVERIFY(negRiskMarket >= 0);
        const int token = u().markets[static_cast<std::size_t>(negRiskMarket)].tokens[0];
        QVERIFY(u().tokens[static_cast<std::size_t>(token)].negRisk);
        setMirroredBook(u(), negRiskMarket, levels({{"0.2", "50"}}), levels({{"0.25", "40"}}));
        const QJsonObject negRisk = place(*m_a, TradeSide::Buy, "0.25", "8", OrderType::Fok, token);
        QCOMPARE(str(negRisk, "takingAmount"), QLatin1String("8"));

        const Reply v1 = m_a->l2("POST", QStringLiteral("/order"),
                                 m_a->body(m_a->order(u(), m_yes, TradeSide::Buy, "0.5", "4",
                                                      signing::ProtocolVersion::V1),
                                           OrderType::Fak));
        QCOMPARE(str(object(v1.body), "makingAmount"), QLatin1String("2"));
    }

    void cancelByMarketAndCancelAll()
    {
        const QString first =
                str(place(*m_a, TradeSide::Buy, "0.4", "5", OrderType::Gtc), "orderID");
        const QString second =
                str(place(*m_a, TradeSide::Buy, "0.41", "5", OrderType::Gtc), "orderID");
        const int other = findBinary(u(), true);
        const QString third = str(place(*m_a, TradeSide::Buy, "0.01", "100", OrderType::Gtc,
                                        u().markets[static_cast<std::size_t>(other)].tokens[0]),
                                  "orderID");
        QVERIFY(!first.isEmpty() && !second.isEmpty() && !third.isEmpty());
        // Paging: two per page here.
        const QJsonObject page1 = object(m_a->l2("GET", QStringLiteral("/data/orders")).body);
        QCOMPARE(page1.value(QLatin1String("data")).toArray().size(), 2);
        QCOMPARE(str(page1, "next_cursor"), QLatin1String("Mg=="));
        const QJsonObject page2 =
                object(m_a->l2("GET", QStringLiteral("/data/orders?next_cursor=Mg==")).body);
        QCOMPARE(page2.value(QLatin1String("data")).toArray().size(), 1);
        QCOMPARE(str(page2, "next_cursor"), QLatin1String("LTE="));

        const QByteArray byMarket =
                "{\"market\":\""
                + QByteArray::fromStdString(
                        u().markets[static_cast<std::size_t>(m_market)].conditionId)
                + "\"}";
        const QJsonObject cancelled =
                object(m_a->l2("DELETE", QStringLiteral("/cancel-market-orders"), byMarket).body);
        QCOMPARE(cancelled.value(QLatin1String("canceled")).toArray(), (QJsonArray{first, second}));
        const QJsonObject rest = object(m_a->l2("DELETE", QStringLiteral("/cancel-all")).body);
        QCOMPARE(rest.value(QLatin1String("canceled")).toArray(), QJsonArray{third});
        QCOMPARE(wallet(*m_a).reservedCollateral, Decimal());
    }

    void proxyAndDepositWalletOrdersUseTheFundersWallet()
    {
        const auto orderFor = [&](signing::SignatureType type, const char* funder) {
            signing::OrderRequest request;
            request.tokenId = u().tokens[static_cast<std::size_t>(m_yes)].id;
            request.price = dec("0.5");
            request.quantity = dec("4");
            request.tickSize = dec("0.01");
            request.signatureType = type;
            request.funder = *signing::Address::fromHex(funder);
            auto order = signing::buildSignedOrder(
                    request, m_a->key(),
                    signing::ExchangeConfig::polygon(signing::ProtocolVersion::V2));
            return m_a->body(*order, OrderType::Fak);
        };
        const char proxy[] = "0x1111111111111111111111111111111111111111";
        const QJsonObject viaProxy =
                object(m_a->l2("POST", QStringLiteral("/order"),
                               orderFor(signing::SignatureType::PolyProxy, proxy))
                               .body);
        QCOMPARE(str(viaProxy, "makingAmount"), QLatin1String("2"));
        const SimWallet* proxyWallet =
                m_server->exchange().accounts().findWallet(*signing::Address::fromHex(proxy));
        QVERIFY(proxyWallet);
        QCOMPARE(proxyWallet->collateral, dec("9998"));
        QCOMPARE(m_a->collateral(), dec("9998")); // balance-allowance follows the funder
        QCOMPARE(wallet(*m_a).collateral, dec("10000"));

        const char deposit[] = "0x2222222222222222222222222222222222222222";
        const QJsonObject via1271 =
                object(m_a->l2("POST", QStringLiteral("/order"),
                               orderFor(signing::SignatureType::Poly1271, deposit))
                               .body);
        QCOMPARE(str(via1271, "makingAmount"), QLatin1String("2"));
        QCOMPARE(m_server->exchange()
                         .accounts()
                         .findWallet(*signing::Address::fromHex(deposit))
                         ->collateral,
                 dec("9998"));
        // Another key's wrapper does not pass for this key.
        QCOMPARE(m_b->l2("POST", QStringLiteral("/order"),
                         orderFor(signing::SignatureType::Poly1271, deposit))
                         .status,
                 400);
    }

    void simAccountControlSetsAndShowsWallets()
    {
        const QString address = QString::fromStdString(m_b->address().toChecksumHex());
        const QString yesId =
                QString::fromStdString(u().tokens[static_cast<std::size_t>(m_yes)].id);
        const QByteArray set = "{\"address\":\"" + address.toUtf8()
                               + "\",\"collateral\":\"12.5\","
                                 "\"positions\":{\""
                               + yesId.toUtf8() + "\":\"30\"}}";
        QCOMPARE(m_b->send("POST", QStringLiteral("/sim/account"), {}, set).status, 200);
        QCOMPARE(str(place(*m_b, TradeSide::Sell, "0.47", "30", OrderType::Fok), "takingAmount"),
                 QLatin1String("14.1"));
        const QJsonObject shown = object(
                m_b->send("GET", QStringLiteral("/sim/account?address=") + address, {}).body);
        QCOMPARE(str(shown, "collateral"), QLatin1String("26.6"));
        QCOMPARE(shown.value(QLatin1String("positions")).toObject(), QJsonObject());
        QCOMPARE(m_b->send("POST", QStringLiteral("/sim/account"), {},
                           "{\"address\":\"0x12\",\"collateral\":\"1\"}")
                         .status,
                 400);
        QCOMPARE(m_b->send("POST", QStringLiteral("/sim/account"), {},
                           "{\"address\":\"" + address.toUtf8() + "\",\"collateral\":\"-1\"}")
                         .status,
                 400);
    }
};

QTEST_GUILESS_MAIN(TestSimTradingApi)
#include "tst_simtradingapi.moc"
