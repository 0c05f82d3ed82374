#pragma once

#include "core/sim/SimAccounts.h"

#include <QObject>
#include <QWebSocketServer>

#include <memory>
#include <set>
#include <string>
#include <vector>

class QTcpSocket;
class QWebSocket;

namespace polaris::sim {

/// The CLOB user channel (/ws/user, spec §5.1/5.3). The first frame must be a subscribe frame
/// {"auth":{"apiKey","secret","passphrase"},"type":"user","markets":[condition ids]} with
/// credentials of a SimAccounts key; anything else closes the socket (close code 1008, reason
/// "Unauthorized/Invalid api key"). An empty or absent `markets` means every market; later
/// {"operation":"subscribe"|"unsubscribe","markets":[...]} frames add or remove markets. Text PING
/// is answered PONG. The events of a user (an address) go to each of its sockets whose filter
/// admits the event's market. Owns the QWebSocketServer and the sockets; SimServer's thread.
class SimUserHub : public QObject
{
    Q_OBJECT

public:
    explicit SimUserHub(const SimAccounts& accounts, QObject* parent = nullptr);
    ~SimUserHub() override;

    /// Takes a TCP socket whose (unread) first request is a WebSocket upgrade to /ws/user.
    void handleConnection(QTcpSocket* socket);
    void
    publish(const signing::Address& user, const std::string& conditionId, const QByteArray& event);
    /// Aborts every connection (no close handshake: a network drop).
    void dropAll();
    int connectionCount() const { return static_cast<int>(m_clients.size()); }

Q_SIGNALS:
    void connectionCountChanged(int count);

private:
    struct Client
    {
        QWebSocket* socket = nullptr;
        bool authenticated = false;
        signing::Address user;
        bool allMarkets = false; ///< the subscribe frame named no market
        std::set<std::string> markets;
    };

    void onNewConnection();
    void onText(Client* client, const QString& message);
    void removeClient(QWebSocket* socket);

    const SimAccounts& m_accounts;
    QWebSocketServer m_server;
    std::vector<std::unique_ptr<Client>> m_clients;
};

} // namespace polaris::sim
