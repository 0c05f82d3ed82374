#include "core/venues/polymarket/UserChannelClient.h"

#include "core/venues/polymarket/UserEventParser.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>

namespace polaris::polymarket {

namespace {
Q_LOGGING_CATEGORY(lcPmUser, "polaris.polymarket.user")

void appendJsonString(QByteArray& out, std::string_view text)
{
    out += '"';
    for (const char c : text) {
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

void appendAuth(QByteArray& out, const signing::ApiCredentials& credentials)
{
    out += "{\"apiKey\":";
    appendJsonString(out, credentials.apiKey);
    out += ",\"secret\":";
    appendJsonString(out, credentials.secret);
    out += ",\"passphrase\":";
    appendJsonString(out, credentials.passphrase);
    out += '}';
}

void appendIds(QByteArray& out, const QStringList& ids)
{
    out += '[';
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0) {
            out += ',';
        }
        appendJsonString(out, ids[i].toStdString());
    }
    out += ']';
}
} // namespace

UserChannelClient::UserChannelClient(UserChannelOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_pingTimer(new QTimer(this))
    , m_watchdog(new QTimer(this))
    , m_reconnectTimer(new QTimer(this))
    , m_backoff({m_options.reconnectBaseMs, m_options.reconnectCapMs, 2.0, 0.2})
{
    qRegisterMetaType<polaris::polymarket::UserOrderEvent>();
    qRegisterMetaType<polaris::polymarket::ClobTrade>();
    m_pingTimer->setInterval(std::max(1, m_options.pingIntervalMs));
    connect(m_pingTimer, &QTimer::timeout, this, [this] { sendText(QByteArrayLiteral("PING")); });
    m_watchdog->setInterval(std::clamp(m_options.deadAfterMs / 4, 10, 5'000));
    connect(m_watchdog, &QTimer::timeout, this, &UserChannelClient::onWatchdog);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, [this] {
        ++m_reconnects;
        connectSocket();
    });
}

UserChannelClient::~UserChannelClient()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QUrl UserChannelClient::userUrlFromMarketUrl(const QUrl& marketUrl)
{
    QUrl url = marketUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1String("/market"))) {
        path.chop(int(qstrlen("market")));
        path += QLatin1String("user");
    } else {
        while (path.endsWith(QLatin1Char('/'))) {
            path.chop(1);
        }
        path += QLatin1String("/ws/user");
    }
    url.setPath(path);
    return url;
}

QByteArray UserChannelClient::subscribeFrame(const signing::ApiCredentials& credentials,
                                             const QStringList& markets)
{
    QByteArray out = QByteArrayLiteral("{\"auth\":");
    appendAuth(out, credentials);
    out += ",\"type\":\"user\",\"markets\":";
    appendIds(out, markets);
    out += ",\"assets_ids\":[],\"initial_dump\":true}";
    return out;
}

QByteArray UserChannelClient::addMarketsFrame(const signing::ApiCredentials& credentials,
                                              const QStringList& markets)
{
    QByteArray out =
            QByteArrayLiteral("{\"operation\":\"subscribe\",\"type\":\"user\",\"markets\":");
    appendIds(out, markets);
    out += ",\"auth\":";
    appendAuth(out, credentials);
    out += '}';
    return out;
}

void UserChannelClient::start(signing::ApiCredentials credentials, QStringList markets)
{
    m_credentials = std::move(credentials);
    m_markets.clear();
    m_allMarkets = markets.isEmpty();
    for (const QString& market : markets) {
        if (!m_markets.contains(market)) {
            m_markets.append(market);
        }
    }
    m_reconnectTimer->stop();
    connectSocket();
}

void UserChannelClient::addMarkets(const QStringList& markets)
{
    if (m_allMarkets) {
        return; // subscribed to every market already; naming some would narrow the filter
    }
    QStringList added;
    for (const QString& market : markets) {
        if (!market.isEmpty() && !m_markets.contains(market)) {
            m_markets.append(market);
            added.append(market);
        }
    }
    if (!added.isEmpty() && m_state == State::Open && m_credentials) {
        sendText(addMarketsFrame(*m_credentials, added));
    }
}

void UserChannelClient::stop()
{
    m_state = State::Stopped;
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

void UserChannelClient::connectSocket()
{
    if (!m_credentials) {
        return;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_options.maxMessageBytes));
    connect(m_socket, &QWebSocket::connected, this, &UserChannelClient::onConnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &UserChannelClient::onText);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray& data) { onText(QString::fromUtf8(data)); });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        const bool failed = m_socket->error() != QAbstractSocket::UnknownSocketError;
        dropConnection(failed ? m_socket->errorString()
                              : QStringLiteral("closed by peer (code %1 %2)")
                                        .arg(int(m_socket->closeCode()))
                                        .arg(m_socket->closeReason()));
    });
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) { dropConnection(m_socket->errorString()); });
    m_state = State::Connecting;
    m_healthy = false;
    m_lastActivity.start();
    m_watchdog->start();
    qCDebug(lcPmUser) << "connecting to" << m_options.url.toDisplayString() << "for"
                      << m_markets.size() << "markets";
    m_socket->open(m_options.url);
}

void UserChannelClient::onConnected()
{
    m_state = State::Open;
    m_lastActivity.start();
    sendText(subscribeFrame(*m_credentials, m_markets));
    m_pingTimer->start();
    const bool reconnect = m_everConnected;
    m_everConnected = true;
    qCInfo(lcPmUser) << "user channel open," << m_markets.size() << "markets subscribed";
    Q_EMIT connected(reconnect);
}

void UserChannelClient::onText(const QString& text)
{
    m_lastActivity.start();
    if (text == QLatin1String("PONG")) {
        return;
    }
    if (!m_healthy) {
        m_healthy = true;
        m_backoff.reset();
    }
    const QByteArray bytes = text.toUtf8();
    std::vector<Error> warnings;
    auto frame = parseUserFrame(std::string_view(bytes.constData(), std::size_t(bytes.size())),
                                &warnings);
    if (!frame) {
        qCWarning(lcPmUser).noquote()
                << "unreadable frame:" << QString::fromStdString(frame.error().detail);
        return;
    }
    for (const Error& warning : warnings) {
        qCWarning(lcPmUser).noquote()
                << "skipped an event:" << QString::fromStdString(warning.detail);
    }
    for (const auto& [isTrade, index] : frame->sequence) {
        if (isTrade) {
            Q_EMIT tradeEvent(frame->trades[index]);
        } else {
            Q_EMIT orderEvent(frame->orders[index]);
        }
    }
}

void UserChannelClient::onWatchdog()
{
    if ((m_state == State::Open || m_state == State::Connecting)
        && m_lastActivity.elapsed() > m_options.deadAfterMs) {
        dropConnection(
                QStringLiteral("no message or PONG for %1 ms").arg(m_lastActivity.elapsed()));
    }
}

void UserChannelClient::dropConnection(const QString& reason)
{
    if (m_state != State::Open && m_state != State::Connecting) {
        return; // error() and disconnected() both report one loss
    }
    const bool wasOpen = m_state == State::Open;
    m_state = State::Waiting;
    m_pingTimer->stop();
    m_watchdog->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    const int delay = m_backoff.nextDelayMs();
    qCWarning(lcPmUser).noquote() << (wasOpen ? "user channel lost:"
                                              : "user channel connect failed:")
                                  << reason << "- reconnecting in" << delay << "ms";
    m_reconnectTimer->start(delay);
    if (wasOpen) {
        Q_EMIT disconnected(reason);
    }
}

void UserChannelClient::sendText(const QByteArray& utf8)
{
    if (m_socket && m_state == State::Open) {
        m_socket->sendTextMessage(QString::fromUtf8(utf8));
    }
}

} // namespace polaris::polymarket
