#include "core/sim/SimServer.h"
#include "core/sim/UniverseGenerator.h"
#include "tests/core/sim/SimHttpClient.h"
#include "tests/core/sim/SimTestSupport.h"
#include "tests/support/TestPrinters.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTcpSocket>
#include <QTest>

#include <map>

using namespace polaris;
using namespace polaris::sim;
using test::Reply;

class TestSimServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimServer> m_server;
    QNetworkAccessManager m_nam;

    QUrl url(const QString& pathAndQuery) const { return QUrl(m_server->httpUrl() + pathAndQuery); }
    Reply get(const QString& pathAndQuery) { return test::send(m_nam, "GET", url(pathAndQuery)); }
    Reply post(const QString& path, const QByteArray& body)
    {
        return test::send(m_nam, "POST", url(path), body);
    }
    SimUniverse& universe() { return m_server->universe(); }
    QString tokenId(int token)
    {
        return QString::fromStdString(universe().tokens[static_cast<std::size_t>(token)].id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        GenerateSpec spec;
        spec.events = 4;
        spec.outcomes = 4;
        spec.binaries = 6;
        spec.seed = 7;
        SimServerOptions options;
        options.tickMs = 0; // the tests step the walk themselves
        options.changesPerTick = 20;
        options.seed = 7;
        m_server = std::make_unique<SimServer>(UniverseGenerator::generate(spec), options);
        QVERIFY(m_server->listen().ok());
        QVERIFY(m_server->port() != 0);
    }

    void cleanup()
    {
        QVERIFY(m_server->setFaults(QJsonObject{{QLatin1String("http_error_rate"), 0},
                                                {QLatin1String("http_error_next"), 0},
                                                {QLatin1String("http_delay_ms"), 0},
                                                {QLatin1String("ws_malformed_next"), 0}})
                        .ok());
    }

    void eventsPagingReturnsEveryEventOnce()
    {
        QStringList seen;
        for (int offset = 0; offset < 40; offset += 3) {
            const Reply r = get(
                    QStringLiteral("/events?limit=3&offset=%1&active=true&closed=false&order=id")
                            .arg(offset));
            QCOMPARE(r.status, 200);
            const QJsonArray page = QJsonDocument::fromJson(r.body).array();
            QVERIFY(page.size() <= 3);
            for (const QJsonValue& e : page) {
                seen << e.toObject().value(QLatin1String("id")).toString();
                QVERIFY(e.toObject().value(QLatin1String("markets")).toArray().size() >= 1);
            }
            if (page.size() < 3) {
                break;
            }
        }
        QCOMPARE(seen.size(), 10);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 10);
        QCOMPARE(get(QStringLiteral("/events?closed=true")).body, QByteArray("[]"));
        QCOMPARE(get(QStringLiteral("/events?limit=-1")).status, 422);
    }

    void marketsFilterByConditionAndToken()
    {
        const SimMarket& a = universe().markets[2];
        const SimMarket& b = universe().markets[9];
        const Reply r = get(QStringLiteral("/markets?condition_ids=%1&condition_ids=%2")
                                    .arg(QString::fromStdString(b.conditionId),
                                         QString::fromStdString(a.conditionId)));
        QCOMPARE(r.status, 200);
        const QJsonArray markets = QJsonDocument::fromJson(r.body).array();
        QCOMPARE(markets.size(), 2);
        QCOMPARE(markets[0].toObject().value(QLatin1String("conditionId")).toString().toStdString(),
                 a.conditionId);
        QCOMPARE(markets[1].toObject().value(QLatin1String("conditionId")).toString().toStdString(),
                 b.conditionId);
        const Reply byToken =
                get(QStringLiteral("/markets?clob_token_ids=%1").arg(tokenId(b.tokens[1])));
        QCOMPARE(QJsonDocument::fromJson(byToken.body).array().size(), 1);
        QCOMPARE(QJsonDocument::fromJson(get(QStringLiteral("/markets?limit=1000")).body)
                         .array()
                         .size(),
                 static_cast<qsizetype>(universe().markets.size()));
    }

    void bookHasVenueShapeWithBestLast()
    {
        const int token = universe().markets[0].tokens[0];
        const Reply r = get(QStringLiteral("/book?token_id=") + tokenId(token));
        QCOMPARE(r.status, 200);
        const QJsonObject book = QJsonDocument::fromJson(r.body).object();
        const OrderBook& held = universe().tokens[static_cast<std::size_t>(token)].book;
        QCOMPARE(book.value(QLatin1String("asset_id")).toString(), tokenId(token));
        QCOMPARE(book.value(QLatin1String("market")).toString().toStdString(),
                 universe().markets[0].conditionId);
        QCOMPARE(book.value(QLatin1String("hash")).toString().size(), 40);
        QVERIFY(book.value(QLatin1String("timestamp")).isString());
        QCOMPARE(book.value(QLatin1String("tick_size")).toString().toStdString(),
                 held.tickSize().toString());
        QCOMPARE(book.value(QLatin1String("min_order_size")).toString(), QStringLiteral("5"));
        QCOMPARE(book.value(QLatin1String("neg_risk")).toBool(), true);
        const auto bids = test::jsonLevels(book.value(QLatin1String("bids")).toArray());
        const auto asks = test::jsonLevels(book.value(QLatin1String("asks")).toArray());
        QCOMPARE(bids.back(), *held.bestBid()); // best LAST, like the real venue
        QCOMPARE(asks.back(), *held.bestAsk());
        QVERIFY(std::is_sorted(bids.begin(), bids.end(),
                               [](auto& x, auto& y) { return x.price < y.price; }));
        QVERIFY(std::is_sorted(asks.begin(), asks.end(),
                               [](auto& x, auto& y) { return x.price > y.price; }));

        const Reply missing = get(QStringLiteral("/book?token_id=123456789"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.body,
                 QByteArray("{\"error\":\"No orderbook exists for the requested token id\"}"));
        const Reply bad = get(QStringLiteral("/book?token_id=abc"));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.body, QByteArray("{\"error\":\"Invalid token id\"}"));
        QCOMPARE(get(QStringLiteral("/no/such/path")).status, 404);
    }

    void smallEndpoints()
    {
        const SimMarket& m = universe().markets[0];
        const QString id = tokenId(m.tokens[0]);
        const OrderBook& book = universe().tokens[static_cast<std::size_t>(m.tokens[0])].book;
        QCOMPARE(get(QStringLiteral("/tick-size?token_id=") + id).body,
                 QByteArray("{\"minimum_tick_size\":")
                         + QByteArray::fromStdString(m.tickSize.toString()) + "}");
        QCOMPARE(get(QStringLiteral("/neg-risk?token_id=") + id).body,
                 QByteArray("{\"neg_risk\":true}"));
        QCOMPARE(get(QStringLiteral("/fee-rate?token_id=") + id).body,
                 QByteArray("{\"base_fee\":0}"));
        QCOMPARE(get(QStringLiteral("/version")).body, QByteArray("{\"version\":2}"));
        QCOMPARE(get(QStringLiteral("/ok")).status, 200);
        QVERIFY(get(QStringLiteral("/time")).body.toLongLong() > 1'700'000'000);
        const QJsonObject price =
                QJsonDocument::fromJson(get(QStringLiteral("/price?side=SELL&token_id=") + id).body)
                        .object();
        QCOMPARE(*Decimal::fromJsonNumber(price.value(QLatin1String("price")).toDouble()),
                 book.bestAsk()->price);
        const QJsonObject mid =
                QJsonDocument::fromJson(get(QStringLiteral("/midpoint?token_id=") + id).body)
                        .object();
        QCOMPARE(*Decimal::parse(mid.value(QLatin1String("mid")).toString().toStdString()),
                 Decimal::div(book.bestAsk()->price + book.bestBid()->price, Decimal::fromInt(2),
                              Rounding::Nearest));
        const QJsonObject compact =
                QJsonDocument::fromJson(get(QStringLiteral("/clob-markets/")
                                            + QString::fromStdString(m.conditionId))
                                                .body)
                        .object();
        QCOMPARE(compact.value(QLatin1String("c")).toString().toStdString(), m.conditionId);
        QCOMPARE(compact.value(QLatin1String("t"))
                         .toArray()[0]
                         .toObject()
                         .value(QLatin1String("t"))
                         .toString(),
                 id);
        QCOMPARE(compact.value(QLatin1String("nr")).toBool(), true);
        QCOMPARE(get(QStringLiteral("/clob-markets/0xdead")).status, 404);
    }

    void postBooksReturnsExactlyTheAskedBooks()
    {
        const QList<int> tokens{universe().markets[3].tokens[1], universe().markets[0].tokens[0],
                                universe().markets[20].tokens[0]};
        QJsonArray body;
        for (const int t : tokens) {
            body.append(QJsonObject{{QLatin1String("token_id"), tokenId(t)}});
        }
        body.append(QJsonObject{
                {QLatin1String("token_id"), QStringLiteral("999")}}); // unknown: left out
        const Reply r =
                post(QStringLiteral("/books"), QJsonDocument(body).toJson(QJsonDocument::Compact));
        QCOMPARE(r.status, 200);
        const QJsonArray books = QJsonDocument::fromJson(r.body).array();
        QCOMPARE(books.size(), 3);
        for (qsizetype i = 0; i < books.size(); ++i) {
            const QJsonObject book = books[i].toObject();
            QCOMPARE(book.value(QLatin1String("asset_id")).toString(), tokenId(tokens[i]));
            const OrderBook& held = universe().tokens[static_cast<std::size_t>(tokens[i])].book;
            QCOMPARE(test::jsonLevels(book.value(QLatin1String("asks")).toArray()).back(),
                     *held.bestAsk());
            QCOMPARE(test::jsonLevels(book.value(QLatin1String("bids")).toArray()).back(),
                     *held.bestBid());
        }
        QJsonArray tooMany;
        for (int i = 0; i < 501; ++i) {
            tooMany.append(QJsonObject{{QLatin1String("token_id"), tokenId(0)}});
        }
        const Reply over = post(QStringLiteral("/books"), QJsonDocument(tooMany).toJson());
        QCOMPARE(over.status, 400);
        QCOMPARE(over.body, QByteArray("{\"error\":\"Payload exceeds the limit\"}"));
        QCOMPARE(post(QStringLiteral("/books"), "{not json").status, 400);
    }

    void rawHttpKeepAlivePipeliningAndBounds()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(3'000));
        socket.write("GET /version HTTP/1.1\r\nHost: x\r\n\r\nGET /ok HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray in;
        QVERIFY(QTest::qWaitFor(
                [&] {
                    in += socket.readAll();
                    return in.count("HTTP/1.1 200 OK") == 2;
                },
                3'000));
        QVERIFY(in.indexOf("{\"version\":2}") < in.indexOf("\"OK\""));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState); // keep-alive
        socket.write("BROKEN\r\n\r\n");
        QVERIFY(QTest::qWaitFor(
                [&] {
                    in += socket.readAll();
                    return in.contains("400 Bad Request");
                },
                3'000));
        QVERIFY(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; },
                                3'000));

        QTcpSocket big;
        big.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(big.waitForConnected(3'000));
        big.write("GET /ok HTTP/1.1\r\nX-Big: " + QByteArray(20'000, 'a') + "\r\n\r\n");
        QByteArray bigIn;
        QVERIFY(QTest::qWaitFor(
                [&] {
                    bigIn += big.readAll();
                    return bigIn.contains("431");
                },
                3'000));
    }

    void wsSnapshotThenChangesReproduceTheServerBooks()
    {
        test::WsClient client;
        QVERIFY(client.open(m_server->wsUrl()));
        QJsonArray ids;
        for (const SimToken& t : universe().tokens) {
            if (t.hasBook) {
                ids.append(QString::fromStdString(t.id));
            }
        }
        const QJsonObject subscribe{{QLatin1String("assets_ids"), ids},
                                    {QLatin1String("type"), QStringLiteral("market")}};
        client.socket.sendTextMessage(
                QString::fromUtf8(QJsonDocument(subscribe).toJson(QJsonDocument::Compact)));
        QVERIFY(client.sync());
        QVERIFY(!client.messages.isEmpty());
        const QJsonArray dump = QJsonDocument::fromJson(client.messages.first().toUtf8()).array();
        QCOMPARE(dump.size(), ids.size());

        std::map<QString, OrderBook> books;
        for (const QJsonValue& v : dump) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QLatin1String("event_type")).toString(), QStringLiteral("book"));
            OrderBook& b = books[o.value(QLatin1String("asset_id")).toString()];
            QVERIFY(b.applySnapshot(test::jsonLevels(o.value(QLatin1String("bids")).toArray()),
                                    test::jsonLevels(o.value(QLatin1String("asks")).toArray()), 1,
                                    1)
                            .ok());
        }
        const qsizetype firstChange = client.messages.size();
        for (int i = 0; i < 60; ++i) {
            m_server->tick();
        }
        QVERIFY(m_server->injectMispricing(MarketWalker::MispricingKind::NegRisk) >= 0);
        QVERIFY(m_server->injectMispricing(MarketWalker::MispricingKind::Binary) >= 0);
        QVERIFY(client.sync());

        int changes = 0;
        std::map<QString, QString> lastHash;
        for (qsizetype i = firstChange; i < client.messages.size(); ++i) {
            const QJsonObject msg = QJsonDocument::fromJson(client.messages[i].toUtf8()).object();
            const QString type = msg.value(QLatin1String("event_type")).toString();
            if (type != QLatin1String("price_change")) {
                QVERIFY(type == QLatin1String("last_trade_price")
                        || client.messages[i] == QLatin1String("PONG"));
                continue;
            }
            QVERIFY(msg.value(QLatin1String("market")).toString().startsWith(QLatin1String("0x")));
            std::map<QString, std::vector<LevelChange>> byAsset;
            for (const QJsonValue& v : msg.value(QLatin1String("price_changes")).toArray()) {
                const QJsonObject c = v.toObject();
                const QString asset = c.value(QLatin1String("asset_id")).toString();
                byAsset[asset].push_back(
                        {c.value(QLatin1String("side")).toString() == QLatin1String("BUY")
                                 ? BookSide::Bid
                                 : BookSide::Ask,
                         *Decimal::parse(c.value(QLatin1String("price")).toString().toStdString()),
                         *Decimal::parse(c.value(QLatin1String("size")).toString().toStdString())});
                lastHash[asset] = c.value(QLatin1String("hash")).toString();
                ++changes;
            }
            for (auto& [asset, list] : byAsset) {
                OrderBook& b = books[asset];
                QVERIFY(b.applyChanges(list, 2, 2).ok());
                // best_bid/best_ask are the post-update top of book
                for (const QJsonValue& v : msg.value(QLatin1String("price_changes")).toArray()) {
                    const QJsonObject c = v.toObject();
                    if (c.value(QLatin1String("asset_id")).toString() == asset) {
                        QCOMPARE(c.value(QLatin1String("best_ask")).toString().toStdString(),
                                 b.bestAsk()->price.toString());
                    }
                }
            }
        }
        QVERIFY(changes > 500);
        // The walk is stopped (no timer); every replayed book equals GET /book.
        for (const auto& [asset, replayed] : books) {
            const QJsonObject rest =
                    QJsonDocument::fromJson(get(QStringLiteral("/book?token_id=") + asset).body)
                            .object();
            auto bids = test::jsonLevels(rest.value(QLatin1String("bids")).toArray());
            auto asks = test::jsonLevels(rest.value(QLatin1String("asks")).toArray());
            std::reverse(bids.begin(), bids.end());
            std::reverse(asks.begin(), asks.end());
            QVERIFY2(std::ranges::equal(bids, replayed.bids()), qPrintable(asset));
            QVERIFY2(std::ranges::equal(asks, replayed.asks()), qPrintable(asset));
            if (lastHash.count(asset)) {
                QCOMPARE(lastHash.at(asset), rest.value(QLatin1String("hash")).toString());
            }
        }
        // Dynamic unsubscribe: no more changes for that asset.
        const QString gone = ids[0].toString();
        client.socket.sendTextMessage(
                QStringLiteral("{\"operation\":\"unsubscribe\",\"assets_ids\":[\"%1\"]}")
                        .arg(gone));
        QVERIFY(client.sync());
        const qsizetype afterUnsub = client.messages.size();
        for (int i = 0; i < 200; ++i) {
            m_server->tick();
        }
        QVERIFY(client.sync());
        for (qsizetype i = afterUnsub; i < client.messages.size(); ++i) {
            QVERIFY(!client.messages[i].contains(gone));
        }
    }

    void pingPong()
    {
        test::WsClient client;
        QVERIFY(client.open(m_server->wsUrl()));
        QVERIFY(client.sync());
        QCOMPARE(client.messages, QStringList{QStringLiteral("PONG")});
    }

    void faultHttp429WithRetryAfterThen500()
    {
        const Reply set = post(QStringLiteral("/sim/faults"),
                               "{\"http_error_next\":2,\"http_error_status\":429}");
        QCOMPARE(set.status, 200);
        const Reply first = get(QStringLiteral("/version"));
        QCOMPARE(first.status, 429);
        QCOMPARE(first.retryAfter, QByteArray("1"));
        QCOMPARE(get(QStringLiteral("/version")).status, 429);
        QCOMPARE(get(QStringLiteral("/version")).status, 200);

        QCOMPARE(post(QStringLiteral("/sim/faults"),
                      "{\"http_error_rate\":1,\"http_error_status\":500}")
                         .status,
                 200);
        const Reply failed = get(QStringLiteral("/version"));
        QCOMPARE(failed.status, 500);
        QVERIFY(failed.retryAfter.isEmpty());
        QCOMPARE(get(QStringLiteral("/sim/status")).status, 200); // control plane is never faulted
        QCOMPARE(post(QStringLiteral("/sim/faults"), "{\"http_error_rate\":0}").status, 200);
        QCOMPARE(get(QStringLiteral("/version")).status, 200);
        QCOMPARE(post(QStringLiteral("/sim/faults"), "{\"http_error_rate\":7}").status, 400);
        QCOMPARE(post(QStringLiteral("/sim/faults"), "{\"no_such_fault\":1}").status, 400);
    }

    void faultHttpDelay()
    {
        QCOMPARE(post(QStringLiteral("/sim/faults"), "{\"http_delay_ms\":300}").status, 200);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(get(QStringLiteral("/version")).status, 200);
        QVERIFY(clock.elapsed() >= 290);
    }

    void faultDropWebSockets()
    {
        test::WsClient client;
        QVERIFY(client.open(m_server->wsUrl()));
        QSignalSpy disconnected(&client.socket, &QWebSocket::disconnected);
        QCOMPARE(post(QStringLiteral("/sim/faults"), "{\"ws_drop_now\":true}").status, 200);
        QVERIFY(disconnected.wait(5'000) || disconnected.count() == 1);
    }

    void faultMalformedFrames()
    {
        test::WsClient client;
        QVERIFY(client.open(m_server->wsUrl()));
        QVERIFY(client.sync());
        QCOMPARE(post(QStringLiteral("/sim/faults"), "{\"ws_malformed_next\":2}").status, 200);
        m_server->tick(false);
        m_server->tick(false);
        QVERIFY(client.sync());
        QCOMPARE(client.messages.size(), 4); // PONG, two malformed frames, PONG
        int truncated = 0;
        int unknown = 0;
        for (const QString& frame : {client.messages[1], client.messages[2]}) {
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(frame.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError) {
                ++truncated;
            } else if (doc.object().value(QLatin1String("event_type")).toString()
                       == QLatin1String("sim_unknown_event")) {
                ++unknown;
            }
        }
        QCOMPARE(truncated, 1);
        QCOMPARE(unknown, 1);
    }

    void mispricingMakesYesAsksSumBelowOneOverRest()
    {
        const Reply r =
                post(QStringLiteral("/sim/walk"),
                     "{\"running\":false,\"clear_mispricings\":true,\"mispricing\":\"negrisk\"}");
        QCOMPARE(r.status, 200);
        const QString eventId = QJsonDocument::fromJson(r.body)
                                        .object()
                                        .value(QLatin1String("mispricing_event_id"))
                                        .toString();
        QVERIFY(!eventId.isEmpty());
        const QJsonArray events =
                QJsonDocument::fromJson(get(QStringLiteral("/events?id=") + eventId).body).array();
        QCOMPARE(events.size(), 1);
        Decimal sum;
        int legs = 0;
        for (const QJsonValue& m : events[0].toObject().value(QLatin1String("markets")).toArray()) {
            const QJsonObject market = m.toObject();
            if (!market.value(QLatin1String("enableOrderBook")).toBool()) {
                continue;
            }
            const QString yes =
                    QJsonDocument::fromJson(
                            market.value(QLatin1String("clobTokenIds")).toString().toUtf8())
                            .array()[0]
                            .toString();
            const QJsonObject book =
                    QJsonDocument::fromJson(get(QStringLiteral("/book?token_id=") + yes).body)
                            .object();
            sum += test::jsonLevels(book.value(QLatin1String("asks")).toArray()).back().price;
            ++legs;
        }
        QVERIFY(legs >= 4);
        QVERIFY2(sum < Decimal::fromInt(1), sum.toString().c_str());
        QCOMPARE(post(QStringLiteral("/sim/walk"), "{\"clear_mispricings\":true}").status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSimServer)
#include "tst_simserver.moc"
