#include "core/sim/SimWsHub.h"

#include "core/sim/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QWebSocket>

#include <algorithm>

namespace polaris::sim {

namespace {

Q_LOGGING_CATEGORY(lcWs, "polaris.sim.ws")

QByteArray sv(const std::string& s)
{
    return QByteArray::fromStdString(s);
}

/// The REST book JSON as a market-channel `book` event.
QByteArray wsBook(const QByteArray& restJson)
{
    if (restJson.contains("\"event_type\"")) {
        return restJson;
    }
    return "{\"event_type\":\"book\"," + restJson.mid(1);
}

} // namespace

SimWsHub::SimWsHub(SimUniverse& universe, QObject* parent)
    : QObject(parent)
    , m_universe(universe)
    , m_server(QStringLiteral("polaris-sim"), QWebSocketServer::NonSecureMode)
{
    connect(&m_server, &QWebSocketServer::newConnection, this, &SimWsHub::onNewConnection);
    connect(&m_server, &QWebSocketServer::serverError, this,
            [](QWebSocketProtocol::CloseCode code) {
                qCWarning(lcWs) << "handshake failed:" << code;
            });
}

SimWsHub::~SimWsHub()
{
    for (auto& client : m_clients) {
        client->socket->disconnect(this);
        client->socket->abort();
        client->socket->deleteLater();
    }
}

void SimWsHub::handleConnection(QTcpSocket* socket)
{
    m_server.handleConnection(socket);
}

void SimWsHub::onNewConnection()
{
    while (QWebSocket* socket = m_server.nextPendingConnection()) {
        auto client = std::make_unique<Client>();
        client->socket = socket;
        Client* raw = client.get();
        m_clients.push_back(std::move(client));
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, raw](const QString& m) { onText(raw, m); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] { removeClient(socket); });
        Q_EMIT connectionCountChanged(connectionCount());
    }
}

void SimWsHub::removeClient(QWebSocket* socket)
{
    const auto it = std::find_if(m_clients.begin(), m_clients.end(),
                                 [socket](const auto& c) { return c->socket == socket; });
    if (it != m_clients.end()) {
        m_clients.erase(it);
        socket->deleteLater();
        Q_EMIT connectionCountChanged(connectionCount());
    }
}

void SimWsHub::onText(Client* client, const QString& message)
{
    if (message == QLatin1String("PING")) {
        client->socket->sendTextMessage(QStringLiteral("PONG"));
        return;
    }
    QJsonParseError error{};
    const QJsonObject frame = QJsonDocument::fromJson(message.toUtf8(), &error).object();
    if (error.error != QJsonParseError::NoError) {
        qCDebug(lcWs) << "ignoring non-JSON frame" << message.left(80);
        return;
    }
    const QJsonArray ids = frame.value(QLatin1String("assets_ids")).toArray();
    const QString operation = frame.value(QLatin1String("operation")).toString();
    if (frame.value(QLatin1String("custom_feature_enabled")).toBool()) {
        client->customFeatures = true;
    }
    if (operation == QLatin1String("unsubscribe")) {
        for (const QJsonValue& id : ids) {
            client->assets.erase(m_universe.findToken(id.toString().toStdString()));
        }
        return;
    }
    if (operation == QLatin1String("subscribe")
        || frame.value(QLatin1String("type")).toString().toLower() == QLatin1String("market")) {
        subscribe(client, ids);
        return;
    }
    qCDebug(lcWs) << "ignoring frame without a known operation" << message.left(80);
}

void SimWsHub::subscribe(Client* client, const QJsonArray& ids)
{
    QByteArray frame = "[";
    for (const QJsonValue& id : ids) {
        if (static_cast<int>(client->assets.size()) >= kMaxAssetsPerConnection) {
            qCDebug(lcWs) << "asset cap reached; ignoring further ids";
            break;
        }
        const int token = m_universe.findToken(id.toString().toStdString());
        if (token < 0 || !m_universe.tokens[static_cast<std::size_t>(token)].hasBook) {
            continue;
        }
        if (client->assets.insert(token).second) {
            frame += wsBook(m_universe.bookJson(token));
            frame += ',';
        }
    }
    if (frame.size() > 1) {
        json::close(frame, ']');
        client->socket->sendTextMessage(QString::fromUtf8(frame));
    }
}

void SimWsHub::publishChanges(const MarketChangeSet& set, std::int64_t nowMs)
{
    if (m_clients.empty() || set.changes.empty()) {
        return;
    }
    // One fragment per change, built once, with the post-update hash and top of book.
    std::vector<QByteArray> fragments;
    fragments.reserve(set.changes.size());
    for (const AssetChange& change : set.changes) {
        const SimToken& token = m_universe.tokens[static_cast<std::size_t>(change.token)];
        const auto bid = token.book.bestBid();
        const auto ask = token.book.bestAsk();
        QByteArray f = "{\"asset_id\":\"" + sv(token.id) + "\",\"price\":\""
                       + sv(change.price.toString()) + "\",\"size\":\"" + sv(change.size.toString())
                       + "\",\"side\":\"" + (change.side == BookSide::Bid ? "BUY" : "SELL")
                       + "\",\"hash\":\"" + token.hash + "\",\"best_bid\":\""
                       + sv(bid ? bid->price.toString() : "0") + "\",\"best_ask\":\""
                       + sv(ask ? ask->price.toString() : "1") + "\"}";
        fragments.push_back(std::move(f));
    }
    const SimToken& first = m_universe.tokens[static_cast<std::size_t>(set.changes.front().token)];
    const QByteArray head = "{\"event_type\":\"price_change\",\"market\":\""
                            + sv(first.book.market()) + "\",\"price_changes\":[";
    const QByteArray tail = "],\"timestamp\":\"" + QByteArray::number(nowMs) + "\"}";
    for (const auto& client : m_clients) {
        QByteArray message;
        std::vector<int> tops;
        for (std::size_t i = 0; i < set.changes.size(); ++i) {
            const int token = set.changes[i].token;
            if (client->assets.count(token) == 0) {
                continue;
            }
            message += message.isEmpty() ? head : QByteArray(",");
            message += fragments[i];
            if (client->customFeatures
                && std::find(tops.begin(), tops.end(), token) == tops.end()) {
                tops.push_back(token);
            }
        }
        if (message.isEmpty()) {
            continue;
        }
        message += tail;
        client->socket->sendTextMessage(QString::fromUtf8(message));
        for (const int token : tops) {
            const SimToken& t = m_universe.tokens[static_cast<std::size_t>(token)];
            const auto bid = t.book.bestBid();
            const auto ask = t.book.bestAsk();
            if (!bid || !ask) {
                continue;
            }
            client->socket->sendTextMessage(QString::fromUtf8(
                    "{\"event_type\":\"best_bid_ask\",\"market\":\"" + sv(t.book.market())
                    + "\",\"asset_id\":\"" + sv(t.id) + "\",\"best_bid\":\""
                    + sv(bid->price.toString()) + "\",\"best_ask\":\"" + sv(ask->price.toString())
                    + "\",\"spread\":\"" + sv((ask->price - bid->price).toString())
                    + "\",\"timestamp\":\"" + QByteArray::number(nowMs) + "\"}"));
        }
    }
}

void SimWsHub::publishTrade(const TradePrint& trade, std::int64_t nowMs)
{
    const SimToken& token = m_universe.tokens[static_cast<std::size_t>(trade.token)];
    QByteArray message;
    for (const auto& client : m_clients) {
        if (client->assets.count(trade.token) == 0) {
            continue;
        }
        if (message.isEmpty()) {
            message = "{\"asset_id\":\"" + sv(token.id)
                      + "\",\"event_type\":\"last_trade_price\",\"fee_rate_bps\":\"0\","
                        "\"market\":\""
                      + sv(token.book.market()) + "\",\"price\":\"" + sv(trade.price.toString())
                      + "\",\"side\":\"" + (trade.buy ? "BUY" : "SELL") + "\",\"size\":\""
                      + sv(trade.size.toString()) + "\",\"timestamp\":\""
                      + QByteArray::number(nowMs) + "\"}";
        }
        client->socket->sendTextMessage(QString::fromUtf8(message));
    }
}

void SimWsHub::sendMalformed(double rate, const std::function<double()>& roll)
{
    for (const auto& client : m_clients) {
        if (rate < 1.0 && roll() >= rate) {
            continue;
        }
        const bool truncated = (m_malformedCounter++ % 2) == 0;
        client->socket->sendTextMessage(
                truncated ? QStringLiteral("{\"event_type\":\"price_change\",\"market\":\"0x12")
                          : QStringLiteral(
                                  "{\"event_type\":\"sim_unknown_event\",\"timestamp\":\"0\"}"));
    }
}

void SimWsHub::dropAll()
{
    // Copy: aborting emits disconnected, which edits m_clients.
    std::vector<QWebSocket*> sockets;
    for (const auto& client : m_clients) {
        sockets.push_back(client->socket);
    }
    for (QWebSocket* socket : sockets) {
        socket->abort();
    }
}

} // namespace polaris::sim
