#include "core/sim/SimUserHub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QWebSocket>

#include <algorithm>

namespace polaris::sim {

namespace {

Q_LOGGING_CATEGORY(lcUser, "polaris.sim.user")

std::set<std::string> marketSet(const QJsonArray& markets)
{
    std::set<std::string> out;
    for (const QJsonValue& m : markets) {
        if (!m.toString().isEmpty()) {
            out.insert(m.toString().toStdString());
        }
    }
    return out;
}

} // namespace

SimUserHub::SimUserHub(const SimAccounts& accounts, QObject* parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_server(QStringLiteral("polaris-sim-user"), QWebSocketServer::NonSecureMode)
{
    connect(&m_server, &QWebSocketServer::newConnection, this, &SimUserHub::onNewConnection);
}

SimUserHub::~SimUserHub()
{
    for (auto& client : m_clients) {
        client->socket->disconnect(this);
        client->socket->abort();
        client->socket->deleteLater();
    }
}

void SimUserHub::handleConnection(QTcpSocket* socket)
{
    m_server.handleConnection(socket);
}

void SimUserHub::onNewConnection()
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

void SimUserHub::removeClient(QWebSocket* socket)
{
    const auto it = std::find_if(m_clients.begin(), m_clients.end(),
                                 [socket](const auto& c) { return c->socket == socket; });
    if (it != m_clients.end()) {
        m_clients.erase(it);
        socket->deleteLater();
        Q_EMIT connectionCountChanged(connectionCount());
    }
}

void SimUserHub::onText(Client* client, const QString& message)
{
    if (message == QLatin1String("PING")) {
        client->socket->sendTextMessage(QStringLiteral("PONG"));
        return;
    }
    QJsonParseError error{};
    const QJsonObject frame = QJsonDocument::fromJson(message.toUtf8(), &error).object();
    if (!client->authenticated) {
        const QJsonObject auth = frame.value(QLatin1String("auth")).toObject();
        const SimApiKey* key =
                m_accounts.find(auth.value(QLatin1String("apiKey")).toString().toStdString());
        if (error.error != QJsonParseError::NoError || !key
            || auth.value(QLatin1String("secret")).toString().toStdString() != key->secret
            || auth.value(QLatin1String("passphrase")).toString().toStdString()
                       != key->passphrase) {
            qCDebug(lcUser) << "refusing user-channel subscription";
            client->socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                                  QStringLiteral("Unauthorized/Invalid api key"));
            return;
        }
        client->authenticated = true;
        client->user = key->address;
        client->markets = marketSet(frame.value(QLatin1String("markets")).toArray());
        client->allMarkets = client->markets.empty();
        return;
    }
    if (error.error != QJsonParseError::NoError) {
        qCDebug(lcUser) << "ignoring non-JSON frame" << message.left(80);
        return;
    }
    const QString operation = frame.value(QLatin1String("operation")).toString();
    const std::set<std::string> markets =
            marketSet(frame.value(QLatin1String("markets")).toArray());
    if (operation == QLatin1String("subscribe")) {
        client->markets.insert(markets.begin(), markets.end());
    } else if (operation == QLatin1String("unsubscribe")) {
        for (const std::string& m : markets) {
            client->markets.erase(m);
        }
    }
}

void SimUserHub::publish(const signing::Address& user,
                         const std::string& conditionId,
                         const QByteArray& event)
{
    QString text;
    for (const auto& client : m_clients) {
        if (!client->authenticated || client->user != user
            || (!client->allMarkets && client->markets.count(conditionId) == 0)) {
            continue;
        }
        if (text.isEmpty()) {
            text = QString::fromUtf8(event);
        }
        client->socket->sendTextMessage(text);
    }
}

void SimUserHub::dropAll()
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
