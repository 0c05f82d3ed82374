#include "core/venues/polymarket/MarketWsShard.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>

namespace polaris::polymarket {

namespace {
Q_LOGGING_CATEGORY(lcPmWs, "polaris.polymarket.ws")

const QByteArray kPong = QByteArrayLiteral("PONG");

/// Token ids are decimal strings, but escape anyway: an id must never break the frame.
void appendJsonString(QByteArray& out, const QString& text)
{
    out += '"';
    for (const char c : text.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            out += "\\u00";
            out += "0123456789abcdef"[u >> 4];
            out += "0123456789abcdef"[u & 0xF];
        } else {
            out += c;
        }
    }
    out += '"';
}

void appendIdArray(QByteArray& out, const QStringList& ids)
{
    out += '[';
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0) {
            out += ',';
        }
        appendJsonString(out, ids[i]);
    }
    out += ']';
}
} // namespace

const char* shardStateName(ShardState state)
{
    switch (state) {
    case ShardState::Idle:
        return "idle";
    case ShardState::Connecting:
        return "connecting";
    case ShardState::Open:
        return "open";
    case ShardState::Waiting:
        return "waiting to reconnect";
    case ShardState::Stopped:
        return "stopped";
    }
    return "?";
}

QByteArray
MarketWsShard::subscribeFrame(const QStringList& ids, bool initialDump, bool customFeatures)
{
    // Built by hand: the key order is the documented one (QJsonObject would sort the keys).
    QByteArray out = QByteArrayLiteral("{\"assets_ids\":");
    appendIdArray(out, ids);
    out += ",\"type\":\"market\",\"initial_dump\":";
    out += initialDump ? "true" : "false";
    out += ",\"custom_feature_enabled\":";
    out += customFeatures ? "true" : "false";
    out += '}';
    return out;
}

QByteArray MarketWsShard::operationFrame(const char* operation, const QStringList& ids)
{
    QByteArray out = QByteArrayLiteral("{\"operation\":\"");
    out += operation;
    out += "\",\"assets_ids\":";
    appendIdArray(out, ids);
    out += '}';
    return out;
}

MarketWsShard::MarketWsShard(int index, const MarketWsOptions& options, QObject* parent)
    : QObject(parent)
    , m_index(index)
    , m_options(options)
    , m_pingTimer(new QTimer(this))
    , m_watchdog(new QTimer(this))
    , m_reconnectTimer(new QTimer(this))
    , m_backoff({options.reconnectBaseMs, options.reconnectCapMs, 2.0, 0.2})
{
    m_stats.shard = index;
    m_pingTimer->setInterval(std::max(1, options.pingIntervalMs));
    connect(m_pingTimer, &QTimer::timeout, this, [this] {
        m_pingSent.start();
        sendText(QByteArrayLiteral("PING"));
    });
    // Check a few times per dead-interval so a dead socket is noticed within ~1.25x the bound.
    m_watchdog->setInterval(std::clamp(options.deadAfterMs / 4, 10, 5'000));
    connect(m_watchdog, &QTimer::timeout, this, &MarketWsShard::onWatchdog);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, [this] {
        ++m_stats.reconnects;
        connectSocket();
    });
}

MarketWsShard::~MarketWsShard()
{
    if (m_socket) {
        m_socket->disconnect(this); // no drop handling while being destroyed
        m_socket->abort();
    }
}

ShardStats MarketWsShard::stats() const
{
    ShardStats copy = m_stats;
    copy.state = m_state;
    copy.assets = int(m_assets.size());
    return copy;
}

void MarketWsShard::addAssets(const QStringList& ids)
{
    if (ids.isEmpty()) {
        return;
    }
    m_assets += ids;
    switch (m_state) {
    case ShardState::Open:
        sendText(operationFrame("subscribe", ids));
        break;
    case ShardState::Idle:
    case ShardState::Stopped:
        connectSocket();
        break;
    case ShardState::Connecting: // the first frame is built from m_assets on connect
    case ShardState::Waiting:
        break;
    }
}

void MarketWsShard::removeAssets(const QStringList& ids)
{
    QStringList removed;
    for (const QString& id : ids) {
        if (m_assets.removeAll(id) > 0) {
            removed.append(id);
        }
    }
    if (removed.isEmpty()) {
        return;
    }
    if (m_assets.isEmpty()) {
        stop();
        m_state = ShardState::Idle;
    } else if (m_state == ShardState::Open) {
        sendText(operationFrame("unsubscribe", removed));
    }
}

void MarketWsShard::stop()
{
    m_state = ShardState::Stopped;
    m_pingTimer->stop();
    m_watchdog->stop();
    m_reconnectTimer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void MarketWsShard::connectSocket()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_options.maxMessageBytes));
    connect(m_socket, &QWebSocket::connected, this, &MarketWsShard::onConnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &MarketWsShard::onMessage);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &MarketWsShard::onBinary);
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        // A refused or broken connection also ends here, sometimes before error() is emitted.
        const bool failed = m_socket->error() != QAbstractSocket::UnknownSocketError;
        dropConnection(failed ? m_socket->errorString()
                              : QStringLiteral("closed by peer (code %1 %2)")
                                        .arg(int(m_socket->closeCode()))
                                        .arg(m_socket->closeReason()));
    });
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) { dropConnection(m_socket->errorString()); });
    m_state = ShardState::Connecting;
    m_healthySinceConnect = false;
    m_lastActivity.start(); // the watchdog also bounds a handshake that never completes
    m_watchdog->start();
    qCDebug(lcPmWs) << "shard" << m_index << "connecting to" << m_options.url.toDisplayString()
                    << "with" << m_assets.size() << "assets";
    m_socket->open(m_options.url);
}

void MarketWsShard::onConnected()
{
    m_state = ShardState::Open;
    m_lastActivity.start();
    sendText(subscribeFrame(m_assets, m_options.initialDump, m_options.customFeatures));
    m_pingTimer->start();
    qCInfo(lcPmWs) << "shard" << m_index << "open," << m_assets.size() << "assets subscribed";
    Q_EMIT up(m_index, m_assets);
}

void MarketWsShard::onMessage(const QString& text)
{
    m_lastActivity.start();
    m_stats.lastMessageMs = QDateTime::currentMSecsSinceEpoch();
    if (!m_healthySinceConnect) {
        m_healthySinceConnect = true;
        m_backoff.reset(); // the connection works end to end: start over at the base delay
    }
    // QWebSocket decodes text frames to QString; the parsers want UTF-8 bytes, so convert back
    // (one copy per frame, unavoidable with this API).
    if (text.size() == 4 && text == QLatin1String("PONG")) {
        ++m_stats.heartbeats;
        if (m_pingSent.isValid()) {
            m_stats.roundTripMs = m_pingSent.elapsed();
            m_pingSent.invalidate(); // one PONG per PING: a stray PONG measures nothing
        }
        Q_EMIT heartbeat(m_index);
        return;
    }
    QByteArray bytes = text.toUtf8();
    ++m_stats.messages;
    m_stats.bytes += quint64(bytes.size());
    Q_EMIT frame(m_index, bytes);
}

void MarketWsShard::onBinary(const QByteArray& data)
{
    m_lastActivity.start();
    m_stats.lastMessageMs = QDateTime::currentMSecsSinceEpoch();
    if (data == kPong) {
        ++m_stats.heartbeats;
        Q_EMIT heartbeat(m_index);
        return;
    }
    ++m_stats.messages;
    m_stats.bytes += quint64(data.size());
    Q_EMIT frame(m_index, data);
}

void MarketWsShard::onWatchdog()
{
    if ((m_state == ShardState::Open || m_state == ShardState::Connecting)
        && m_lastActivity.elapsed() > m_options.deadAfterMs) {
        dropConnection(
                QStringLiteral("no message or PONG for %1 ms").arg(m_lastActivity.elapsed()));
    }
}

void MarketWsShard::dropConnection(const QString& reason)
{
    if (m_state != ShardState::Open && m_state != ShardState::Connecting) {
        return; // error() and disconnected() both report one loss
    }
    const bool wasOpen = m_state == ShardState::Open;
    m_state = ShardState::Waiting;
    m_pingTimer->stop();
    m_watchdog->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    const int delay = m_backoff.nextDelayMs();
    qCWarning(lcPmWs).noquote() << "shard" << m_index << (wasOpen ? "lost:" : "connect failed:")
                                << reason << "- reconnecting in" << delay << "ms";
    m_reconnectTimer->start(delay);
    if (wasOpen) {
        Q_EMIT down(m_index, m_assets); // the owner marks these books stale right away
    }
}

void MarketWsShard::sendText(const QByteArray& utf8)
{
    if (m_socket && m_state == ShardState::Open) {
        m_socket->sendTextMessage(QString::fromUtf8(utf8));
    }
}

} // namespace polaris::polymarket
