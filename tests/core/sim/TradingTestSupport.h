#pragma once

#include "core/signing/ClobAuth.h"
#include "core/signing/L2Auth.h"
#include "core/signing/OrderBuilder.h"
#include "core/signing/OrderJson.h"
#include "core/sim/SimServer.h"
#include "core/sim/UniverseGenerator.h"
#include "tests/core/signing/SigningVectors.h"
#include "tests/core/sim/SimHttpClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include <memory>
#include <optional>
#include <vector>

namespace polaris {
/// Lets QCOMPARE print book levels as "0.5x10 0.51x20".
inline char* toString(const BookLevel& level)
{
    return qstrdup((level.price.toString() + "x" + level.size.toString()).c_str());
}
inline char* toString(const std::vector<BookLevel>& levels)
{
    std::string text;
    for (const BookLevel& level : levels) {
        text += (text.empty() ? "" : " ") + level.price.toString() + "x" + level.size.toString();
    }
    return qstrdup(text.c_str());
}
} // namespace polaris

/// Helpers shared by the trading tests of the simulator: a generated universe with books the
/// tests set themselves, an HTTP client that signs L1/L2 with our core/signing code and the
/// spec §8 test key, and order building with OrderBuilder/OrderJson. Real sockets, bounded waits.
namespace polaris::sim::test {

inline Decimal dec(const char* text)
{
    return *Decimal::parse(text);
}

inline std::vector<BookLevel>
levels(std::initializer_list<std::pair<const char*, const char*>> items)
{
    std::vector<BookLevel> out;
    for (const auto& [price, size] : items) {
        out.push_back({dec(price), dec(size)});
    }
    return out;
}

/// Replaces the YES book of a market and makes the NO book its mirror (NO bid at 1-p for each YES
/// ask at p, and the other way round), as the generator lays them out.
inline void setMirroredBook(SimUniverse& u,
                            int market,
                            const std::vector<BookLevel>& yesBids,
                            const std::vector<BookLevel>& yesAsks)
{
    const SimMarket& m = u.markets[static_cast<std::size_t>(market)];
    std::vector<BookLevel> noBids;
    std::vector<BookLevel> noAsks;
    for (const BookLevel& level : yesAsks) {
        noBids.push_back({Decimal::fromInt(1) - level.price, level.size});
    }
    for (const BookLevel& level : yesBids) {
        noAsks.push_back({Decimal::fromInt(1) - level.price, level.size});
    }
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(u.tokens[static_cast<std::size_t>(m.tokens[0])]
                    .book.applySnapshot(yesBids, yesAsks, now, now)
                    .ok());
    QVERIFY(u.tokens[static_cast<std::size_t>(m.tokens[1])]
                    .book.applySnapshot(noBids, noAsks, now, now)
                    .ok());
    u.touchBook(m.tokens[0], now);
    u.touchBook(m.tokens[1], now);
}

inline std::vector<BookLevel> sideOf(const SimUniverse& u, int token, BookSide side)
{
    const OrderBook& book = u.tokens[static_cast<std::size_t>(token)].book;
    const auto span = side == BookSide::Bid ? book.bids() : book.asks();
    return {span.begin(), span.end()};
}

/// Whether both token ids of a market fit in a uint256: the generator draws 76-78 random digits,
/// and a 78-digit draw can exceed 2^256 - 1, which no client can sign.
inline bool signable(const SimUniverse& u, const SimMarket& m)
{
    for (const int token : m.tokens) {
        if (token < 0 || !UInt256::fromDecimal(u.tokens[static_cast<std::size_t>(token)].id)) {
            return false;
        }
    }
    return true;
}

/// The first binary (non-negRisk) market with the given tick and fee setting.
inline int findBinary(const SimUniverse& u, bool feesEnabled, const char* tick = "0.01")
{
    for (std::size_t i = 0; i < u.markets.size(); ++i) {
        const SimMarket& m = u.markets[i];
        if (!m.negRisk && m.feesEnabled == feesEnabled && m.tickSize == dec(tick)
            && signable(u, m)) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

inline std::unique_ptr<SimServer> startServer(std::uint64_t seed = 11, int pageSize = 100)
{
    GenerateSpec spec;
    spec.events = 3;
    spec.outcomes = 3;
    spec.binaries = 12;
    spec.seed = seed;
    SimServerOptions options;
    options.tickMs = 0; // the tests move the books themselves
    options.seed = seed;
    options.exchange.minedAfterMs = 150;
    options.exchange.confirmedAfterMs = 300;
    options.exchange.seed = seed;
    options.exchange.pageSize = pageSize;
    auto server = std::make_unique<SimServer>(UniverseGenerator::generate(spec), options);
    if (!server->listen().ok()) {
        return nullptr;
    }
    return server;
}

/// Hardhat account #1: a second trader.
inline constexpr char kSecondKeyHex[] =
        "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

inline QJsonObject object(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object();
}

inline QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

/// One API account of the simulator driven over HTTP with the spec's test key (or another key).
class TradingClient
{
public:
    explicit TradingClient(QString baseUrl, const char* keyHex = signing_vectors::kKeyHex)
        : m_base(std::move(baseUrl))
        , m_key(std::move(signing::PrivateKey::fromHex(keyHex)).value())
    {}

    const signing::PrivateKey& key() const { return m_key; }
    signing::Address address() const { return m_key.address(); }
    const signing::ApiCredentials& credentials() const { return m_credentials; }
    void setCredentials(signing::ApiCredentials c) { m_credentials = std::move(c); }

    Reply send(const QByteArray& method,
               const QString& pathAndQuery,
               const signing::HeaderList& headers,
               const QByteArray& body = {})
    {
        QNetworkRequest request(QUrl(m_base + pathAndQuery));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        for (const auto& [name, value] : headers) {
            request.setRawHeader(name, value);
        }
        QNetworkReply* reply = method == "GET" && body.isEmpty()
                                       ? m_nam.get(request)
                                       : m_nam.sendCustomRequest(request, method, body);
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &QNetworkReply::finished);
            spy.wait(10'000);
        }
        Reply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        reply->deleteLater();
        return out;
    }

    /// L1 with a fresh timestamp; stores the credentials when the answer has them.
    Reply l1(const QByteArray& method, const QString& path, std::uint64_t nonce = 0)
    {
        auto headers = signing::l1Headers(m_key, signing::kPolygonChainId,
                                          QDateTime::currentSecsSinceEpoch(), UInt256(nonce));
        Reply r = send(method, path, *headers);
        const QJsonObject o = object(r.body);
        if (r.status == 200 && o.contains(QLatin1String("apiKey"))) {
            m_credentials = {str(o, "apiKey").toStdString(), str(o, "secret").toStdString(),
                             str(o, "passphrase").toStdString()};
        }
        return r;
    }
    Reply login(std::uint64_t nonce = 0)
    {
        return l1("POST", QStringLiteral("/auth/api-key"), nonce);
    }

    /// L2-signed request; the signature covers the path without the query (spec §3.2).
    Reply l2(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {})
    {
        const QString path = pathAndQuery.section(QLatin1Char('?'), 0, 0);
        auto headers = signing::l2Headers(m_credentials, m_key.address(),
                                          QDateTime::currentSecsSinceEpoch(), method.toStdString(),
                                          path.toStdString(), body);
        return send(method, pathAndQuery, *headers, body);
    }

    signing::SignedOrder order(const SimUniverse& u,
                               int token,
                               TradeSide side,
                               const char* price,
                               const char* shares,
                               signing::ProtocolVersion version = signing::ProtocolVersion::V2)
    {
        const SimToken& t = u.tokens[static_cast<std::size_t>(token)];
        signing::OrderRequest request;
        request.tokenId = t.id;
        request.side = side;
        request.price = dec(price);
        request.quantity = dec(shares);
        request.tickSize = t.book.tickSize();
        request.negRisk = t.negRisk;
        request.salt = ++m_salt;
        request.timestampMs = QDateTime::currentMSecsSinceEpoch();
        auto signedOrder = signing::buildSignedOrder(request, m_key,
                                                     signing::ExchangeConfig::polygon(version));
        if (!signedOrder) {
            qWarning("buildSignedOrder: %s", signedOrder.error().detail.c_str());
        }
        return *signedOrder;
    }

    QByteArray body(const signing::SignedOrder& order, signing::OrderType type)
    {
        return *signing::orderRequestBody(order, m_credentials, type);
    }

    /// Signs and posts one order; returns the parsed answer (status 200 expected by callers).
    Reply post(const SimUniverse& u,
               int token,
               TradeSide side,
               const char* price,
               const char* shares,
               signing::OrderType type)
    {
        return l2("POST", QStringLiteral("/order"),
                  body(order(u, token, side, price, shares), type));
    }

    Decimal collateral()
    {
        return micros(l2("GET", QStringLiteral("/balance-allowance?asset_type=COLLATERAL")).body);
    }
    Decimal shares(const SimUniverse& u, int token)
    {
        return micros(
                l2("GET",
                   QStringLiteral("/balance-allowance?asset_type=CONDITIONAL&token_id=")
                           + QString::fromStdString(u.tokens[static_cast<std::size_t>(token)].id))
                        .body);
    }

private:
    static Decimal micros(const QByteArray& body)
    {
        return Decimal::fromMicros(str(object(body), "balance").toLongLong());
    }

    QString m_base;
    signing::PrivateKey m_key;
    signing::ApiCredentials m_credentials;
    QNetworkAccessManager m_nam;
    std::uint64_t m_salt = 1000;
};

/// A user-channel client that records every text frame.
class UserWs : public QObject
{
public:
    UserWs()
    {
        connect(&socket, &QWebSocket::textMessageReceived, this,
                [this](const QString& m) { messages << m; });
    }
    bool open(const QString& url, const signing::ApiCredentials& c, const QJsonArray& markets = {})
    {
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(QUrl(url));
        if (!connected.wait(5'000)) {
            return false;
        }
        const QJsonObject auth{{QLatin1String("apiKey"), QString::fromStdString(c.apiKey)},
                               {QLatin1String("secret"), QString::fromStdString(c.secret)},
                               {QLatin1String("passphrase"), QString::fromStdString(c.passphrase)}};
        socket.sendTextMessage(QString::fromUtf8(
                QJsonDocument(QJsonObject{{QLatin1String("auth"), auth},
                                          {QLatin1String("type"), QLatin1String("user")},
                                          {QLatin1String("markets"), markets}})
                        .toJson(QJsonDocument::Compact)));
        return sync();
    }
    /// PING/PONG round trip: everything the server sent before is in `messages`.
    bool sync()
    {
        const qsizetype before = messages.count(QStringLiteral("PONG"));
        socket.sendTextMessage(QStringLiteral("PING"));
        return QTest::qWaitFor([&] { return messages.count(QStringLiteral("PONG")) > before; },
                               5'000);
    }
    /// Parsed JSON events so far (PONGs skipped).
    std::vector<QJsonObject> events() const
    {
        std::vector<QJsonObject> out;
        for (const QString& m : messages) {
            if (m != QLatin1String("PONG")) {
                out.push_back(QJsonDocument::fromJson(m.toUtf8()).object());
            }
        }
        return out;
    }

    QWebSocket socket;
    QStringList messages;
};

/// The common state of the order tests: a server (page size 2), two accounts (the §8 test key
/// and Hardhat #1) and a fee-free binary whose YES book resetFixture() sets to
/// bids 0.47x100, 0.46x200 / asks 0.5x10, 0.51x20, 0.53x100 (NO mirrored).
class OrderFixture
{
protected:
    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<TradingClient> m_a;
    std::unique_ptr<TradingClient> m_b;
    int m_market = -1; ///< fee-free binary, tick 0.01
    int m_yes = -1;
    int m_no = -1;

    SimUniverse& u() { return m_server->universe(); }
    SimWallet& wallet(const TradingClient& c)
    {
        return m_server->exchange().accounts().wallet(c.address());
    }
    QJsonObject place(TradingClient& c,
                      TradeSide side,
                      const char* price,
                      const char* shares,
                      signing::OrderType type,
                      int token = -1)
    {
        const Reply r = c.post(u(), token < 0 ? m_yes : token, side, price, shares, type);
        if (r.status != 200) {
            qWarning("POST /order answered %d %s", r.status, r.body.constData());
        }
        return object(r.body);
    }
    QJsonObject getOrder(TradingClient& c, const QString& id)
    {
        return object(c.l2("GET", QStringLiteral("/data/order/") + id).body);
    }

    void startFixture(std::uint64_t seed)
    {
        m_server = startServer(seed, 2);
        QVERIFY(m_server);
        m_market = findBinary(u(), false);
        QVERIFY(m_market >= 0);
        m_yes = u().markets[static_cast<std::size_t>(m_market)].tokens[0];
        m_no = u().markets[static_cast<std::size_t>(m_market)].tokens[1];
        m_a = std::make_unique<TradingClient>(m_server->httpUrl());
        m_b = std::make_unique<TradingClient>(m_server->httpUrl(), kSecondKeyHex);
        QCOMPARE(m_a->login().status, 200);
        QCOMPARE(m_b->login().status, 200);
    }

    /// Every test starts from the same book and fresh wallets.
    void resetFixture()
    {
        for (TradingClient* c : {m_a.get(), m_b.get()}) {
            QCOMPARE(c->l2("DELETE", QStringLiteral("/cancel-all")).status, 200);
            wallet(*c) = SimWallet{};
            wallet(*c).collateral = Decimal::fromInt(10'000);
            m_server->exchange().accounts().noteFunder(c->address(), c->address());
        }
        setMirroredBook(u(), m_market, levels({{"0.47", "100"}, {"0.46", "200"}}),
                        levels({{"0.5", "10"}, {"0.51", "20"}, {"0.53", "100"}}));
    }
};

} // namespace polaris::sim::test
