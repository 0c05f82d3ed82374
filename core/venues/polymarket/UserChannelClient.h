#pragma once

#include "core/signing/L2Auth.h"
#include "core/util/Result.h"
#include "core/venues/polymarket/Backoff.h"
#include "core/venues/polymarket/TradingTypes.h"

#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <optional>

class QTimer;
class QWebSocket;

namespace polaris::polymarket {

struct UserChannelOptions
{
    QUrl url = QUrl(QStringLiteral("wss://ws-subscriptions-clob.polymarket.com/ws/user"));
    int pingIntervalMs = 10'000; ///< text "PING" (spec §5.1)
    int deadAfterMs = 30'000;    ///< no PONG / no message for this long: the socket is dead
    int reconnectBaseMs = 1'000;
    int reconnectCapMs = 60'000;
    qint64 maxMessageBytes = 16LL * 1024 * 1024;
};

/// The CLOB user channel (spec §5.1, §5.3): our order and trade events. Subscribes with the API
/// credentials and a list of condition ids (empty = every market of the account), keeps the
/// socket alive with PING every pingIntervalMs, notices dead sockets, reconnects with backoff
/// and subscribes again. Emits parsed events; bad events are logged and skipped.
///
/// Lives on a venue worker thread; each connection creates a fresh QWebSocket there. Use it
/// only from that thread (QMetaObject::invokeMethod). The credentials travel only in the
/// subscription frames and are never logged.
class UserChannelClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Open, Waiting, Stopped };
    Q_ENUM(State)

    explicit UserChannelClient(UserChannelOptions options = {}, QObject* parent = nullptr);
    ~UserChannelClient() override;

    /// wss://host/ws/market -> wss://host/ws/user (the market URL of VenueEndpoints).
    static QUrl userUrlFromMarketUrl(const QUrl& marketUrl);
    /// {"auth":{"apiKey","secret","passphrase"},"type":"user","markets":[…],"assets_ids":[],
    ///  "initial_dump":true}
    static QByteArray subscribeFrame(const signing::ApiCredentials& credentials,
                                     const QStringList& markets);
    /// {"operation":"subscribe","type":"user","markets":[…],"auth":{…}} for an open socket.
    static QByteArray addMarketsFrame(const signing::ApiCredentials& credentials,
                                      const QStringList& markets);

    /// Connects (or reconnects) with these credentials and markets; no markets = every market of
    /// the account (then addMarkets() has nothing to add).
    void start(signing::ApiCredentials credentials, QStringList markets);
    /// Adds condition ids: subscribes on the open socket, and in every later first frame.
    void addMarkets(const QStringList& markets);
    /// Closes for good (no reconnect).
    void stop();

    State state() const { return m_state; }
    const QStringList& markets() const { return m_markets; }
    int reconnects() const { return m_reconnects; }

Q_SIGNALS:
    void orderEvent(polaris::polymarket::UserOrderEvent event);
    void tradeEvent(polaris::polymarket::ClobTrade trade);
    /// Subscribed (first connection and after every reconnect): events may have been missed
    /// while down, so owners reconcile through REST.
    void connected(bool reconnect);
    void disconnected(QString reason);

private:
    void connectSocket();
    void onConnected();
    void onText(const QString& text);
    void onWatchdog();
    void dropConnection(const QString& reason);
    void sendText(const QByteArray& utf8);

    UserChannelOptions m_options;
    std::optional<signing::ApiCredentials> m_credentials;
    QStringList m_markets;
    State m_state = State::Idle;
    QWebSocket* m_socket = nullptr; // current connection (child); replaced on every attempt
    QTimer* m_pingTimer;
    QTimer* m_watchdog;
    QTimer* m_reconnectTimer;
    QElapsedTimer m_lastActivity;
    Backoff m_backoff;
    bool m_allMarkets = false;
    bool m_everConnected = false;
    bool m_healthy = false;
    int m_reconnects = 0;
};

} // namespace polaris::polymarket

Q_DECLARE_METATYPE(polaris::polymarket::UserOrderEvent)
Q_DECLARE_METATYPE(polaris::polymarket::ClobTrade)
