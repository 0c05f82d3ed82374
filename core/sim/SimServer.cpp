#include "core/sim/SimServer.h"

#include "core/sim/ConnectionSniffer.h"
#include "core/sim/HttpConnection.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

#include <optional>

namespace polaris::sim {

namespace {

std::int64_t nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

SimServer::SimServer(std::unique_ptr<SimUniverse> universe,
                     SimServerOptions options,
                     QObject* parent)
    : QObject(parent)
    , m_universe(std::move(universe))
    , m_options(std::move(options))
    , m_faults(m_options.faults)
    , m_walker(*m_universe, m_options.seed)
    , m_gamma(*m_universe)
    , m_clob(*m_universe)
    , m_ws(*m_universe)
    , m_exchange(*m_universe, m_faults, m_options.exchange)
    , m_trading(m_exchange, m_faults)
    , m_userHub(m_exchange.accounts())
    , m_faultRng(static_cast<quint64>(m_options.seed) * 2654435761ULL + 17)
{
    m_walker.setChangesPerTick(m_options.changesPerTick);
    m_walker.setMispricingRate(m_options.mispricingRate);
    m_walker.setMispricingTicks(m_options.mispricingMinTicks, m_options.mispricingMaxTicks);
    m_walker.setTradeRate(m_options.tradeRate);
    connect(&m_tcp, &QTcpServer::newConnection, this, &SimServer::onNewConnection);
    connect(&m_tickTimer, &QTimer::timeout, this, [this] { tick(m_walkRunning); });
    connect(&m_dropTimer, &QTimer::timeout, &m_ws, &SimWsHub::dropAll);
    connect(&m_userDropTimer, &QTimer::timeout, &m_userHub, &SimUserHub::dropAll);
    m_exchange.setPublishers(
            [this](const MarketChangeSet& set) { m_ws.publishChanges(set, nowMs()); },
            [this](const TradePrint& trade) { m_ws.publishTrade(trade, nowMs()); },
            [this](const signing::Address& user, const std::string& market,
                   const QByteArray& event) { m_userHub.publish(user, market, event); });
}

SimServer::~SimServer() = default;

Status SimServer::listen()
{
    if (!m_tcp.listen(QHostAddress::LocalHost, m_options.port)) {
        return Error{ErrorCode::Io, "cannot listen on 127.0.0.1:" + std::to_string(m_options.port)
                                            + ": " + m_tcp.errorString().toStdString()};
    }
    if (m_options.tickMs > 0) {
        m_tickTimer.start(m_options.tickMs);
    }
    updateDropTimer();
    return okStatus();
}

QString SimServer::httpUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

QString SimServer::wsUrl() const
{
    return QStringLiteral("ws://127.0.0.1:%1/ws/market").arg(port());
}

QString SimServer::userWsUrl() const
{
    return QStringLiteral("ws://127.0.0.1:%1/ws/user").arg(port());
}

void SimServer::onNewConnection()
{
    while (QTcpSocket* socket = m_tcp.nextPendingConnection()) {
        new ConnectionSniffer(
                socket, [this](QTcpSocket* s) { m_userHub.handleConnection(s); },
                [this](QTcpSocket* s) {
                    auto* connection = new HttpConnection(s, this);
                    connect(connection, &HttpConnection::requestReceived, this,
                            &SimServer::onRequest);
                    connect(connection, &HttpConnection::upgradeRequested, &m_ws,
                            &SimWsHub::handleConnection);
                },
                this);
    }
}

void SimServer::onRequest(HttpConnection* connection, const HttpRequest& request)
{
    if (request.path.startsWith(QLatin1String("/sim/"))) {
        connection->respond(request, control(request), 0);
        return;
    }
    bool inject = false;
    if (m_faults.httpErrorNext > 0) {
        --m_faults.httpErrorNext;
        inject = true;
    } else if (m_faults.httpErrorRate > 0.0) {
        inject = m_faultRng.generateDouble() < m_faults.httpErrorRate;
    }
    HttpResponse response;
    int delayMs = m_faults.httpDelayMs;
    if (inject) {
        const int status = m_faults.httpErrorStatus;
        response = HttpResponse::error(status,
                                       status == 429 ? "Too Many Requests" : "simulated failure");
        if (status == 429) {
            response.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        }
    } else if (auto gamma = m_gamma.handle(request)) {
        response = std::move(*gamma);
    } else if (auto clob = m_clob.handle(request)) {
        response = std::move(*clob);
    } else if (auto trading = m_trading.handle(request, nowMs())) {
        response = std::move(trading->response);
        delayMs += trading->delayMs;
    } else {
        response = HttpResponse::error(404, "not found");
    }
    connection->respond(request, std::move(response), delayMs);
}

Status SimServer::setFaults(const QJsonObject& changes)
{
    SimFaults::Actions actions;
    const Status status = m_faults.apply(changes, &actions);
    if (status.ok()) {
        updateDropTimer();
        if (actions.dropMarketSockets) {
            m_ws.dropAll();
        }
        if (actions.dropUserSockets) {
            m_userHub.dropAll();
        }
    }
    return status;
}

void SimServer::updateDropTimer()
{
    if (m_faults.wsDropEverySec > 0) {
        m_dropTimer.start(m_faults.wsDropEverySec * 1000);
    } else {
        m_dropTimer.stop();
    }
    if (m_faults.userWsDropEverySec > 0) {
        m_userDropTimer.start(m_faults.userWsDropEverySec * 1000);
    } else {
        m_userDropTimer.stop();
    }
}

void SimServer::tick(bool walk)
{
    ++m_ticks;
    if (m_faults.wsMalformedNext > 0) {
        --m_faults.wsMalformedNext;
        m_ws.sendMalformed(1.0, {});
    } else if (m_faults.wsMalformedRate > 0.0) {
        m_ws.sendMalformed(m_faults.wsMalformedRate,
                           [this] { return m_faultRng.generateDouble(); });
    }
    if (!walk) {
        return;
    }
    const std::int64_t now = nowMs();
    m_walker.step(
            now, [&](const MarketChangeSet& set) { m_ws.publishChanges(set, now); },
            [&](const TradePrint& trade) { m_ws.publishTrade(trade, now); });
    m_exchange.onBooksMoved(now);
}

int SimServer::injectMispricing(MarketWalker::MispricingKind kind)
{
    const std::int64_t now = nowMs();
    const int event = m_walker.injectMispricing(
            kind, now, [&](const MarketChangeSet& set) { m_ws.publishChanges(set, now); });
    m_exchange.onBooksMoved(now);
    return event;
}

HttpResponse SimServer::control(const HttpRequest& request)
{
    const QString& path = request.path;
    if (path == QLatin1String("/sim/status") && request.method == "GET") {
        return status();
    }
    if (path == QLatin1String("/sim/meta") && request.method == "GET") {
        return HttpResponse::json(200,
                                  m_options.meta.isEmpty() ? QByteArray("{}") : m_options.meta);
    }
    if (path == QLatin1String("/sim/faults")) {
        if (request.method == "POST") {
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                return HttpResponse::error(400, "body must be a JSON object");
            }
            if (const Status s = setFaults(doc.object()); !s.ok()) {
                const QJsonObject body{
                        {QLatin1String("error"), QString::fromStdString(s.error().detail)}};
                return HttpResponse::json(400, QJsonDocument(body).toJson(QJsonDocument::Compact));
            }
        }
        return HttpResponse::json(200, m_faults.toJson());
    }
    if (path == QLatin1String("/sim/walk") && request.method == "POST") {
        return walkControl(request);
    }
    if (path == QLatin1String("/sim/account")) {
        return account(request);
    }
    return HttpResponse::error(404, "not found");
}

HttpResponse SimServer::walkControl(const HttpRequest& request)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(
            request.body.isEmpty() ? QByteArray("{}") : request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return HttpResponse::error(400, "body must be a JSON object");
    }
    const QJsonObject o = doc.object();
    if (o.contains(QLatin1String("running"))) {
        m_walkRunning = o.value(QLatin1String("running")).toBool();
    }
    if (o.value(QLatin1String("clear_mispricings")).toBool()) {
        const std::int64_t now = nowMs();
        m_walker.clearMispricings(
                now, [&](const MarketChangeSet& set) { m_ws.publishChanges(set, now); });
        m_exchange.onBooksMoved(now);
    }
    const int steps = o.value(QLatin1String("steps")).toInt(0);
    if (steps < 0 || steps > 100'000) {
        return HttpResponse::error(400, "steps must be 0..100000");
    }
    for (int i = 0; i < steps; ++i) {
        tick(true);
    }
    QJsonObject reply;
    reply.insert(QLatin1String("mispricing_event_id"), QJsonValue::Null);
    const QString kind = o.value(QLatin1String("mispricing")).toString();
    if (!kind.isEmpty()) {
        const auto k = kind == QLatin1String("negrisk")  ? MarketWalker::MispricingKind::NegRisk
                       : kind == QLatin1String("binary") ? MarketWalker::MispricingKind::Binary
                                                         : MarketWalker::MispricingKind::Any;
        const int event = injectMispricing(k);
        if (event >= 0) {
            reply.insert(
                    QLatin1String("mispricing_event_id"),
                    QString::fromStdString(m_universe->events[static_cast<std::size_t>(event)].id));
        }
    }
    reply.insert(QLatin1String("running"), m_walkRunning);
    reply.insert(QLatin1String("ticks"), static_cast<qint64>(m_ticks));
    reply.insert(QLatin1String("active_mispricings"), m_walker.activeMispricings());
    return HttpResponse::json(200, QJsonDocument(reply).toJson(QJsonDocument::Compact));
}

HttpResponse SimServer::status() const
{
    QJsonObject o;
    o.insert(QLatin1String("events"), static_cast<qint64>(m_universe->events.size()));
    o.insert(QLatin1String("markets"), static_cast<qint64>(m_universe->markets.size()));
    o.insert(QLatin1String("tokens"), static_cast<qint64>(m_universe->tokens.size()));
    o.insert(QLatin1String("books"), m_universe->bookCount());
    o.insert(QLatin1String("ws_connections"), m_ws.connectionCount());
    o.insert(QLatin1String("ticks"), static_cast<qint64>(m_ticks));
    o.insert(QLatin1String("running"), m_walkRunning);
    o.insert(QLatin1String("active_mispricings"), m_walker.activeMispricings());
    o.insert(QLatin1String("user_ws_connections"), m_userHub.connectionCount());
    o.insert(QLatin1String("open_orders"), m_exchange.store().liveCount());
    o.insert(QLatin1String("trades"), static_cast<qint64>(m_exchange.store().trades().size()));
    return HttpResponse::json(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace polaris::sim

namespace polaris::sim {

namespace {

QJsonObject walletJson(const SimUniverse& universe, const std::string& address, const SimWallet& w)
{
    const auto text = [](Decimal d) { return QString::fromStdString(d.toString()); };
    QJsonObject positions;
    for (const auto& [token, shares] : w.shares) {
        if (!shares.isZero()) {
            positions.insert(
                    QString::fromStdString(universe.tokens[static_cast<std::size_t>(token)].id),
                    text(shares));
        }
    }
    QJsonObject reserved;
    for (const auto& [token, shares] : w.reservedShares) {
        if (!shares.isZero()) {
            reserved.insert(
                    QString::fromStdString(universe.tokens[static_cast<std::size_t>(token)].id),
                    text(shares));
        }
    }
    return QJsonObject{{QLatin1String("address"), QString::fromStdString(address)},
                       {QLatin1String("collateral"), text(w.collateral)},
                       {QLatin1String("reserved_collateral"), text(w.reservedCollateral)},
                       {QLatin1String("positions"), positions},
                       {QLatin1String("reserved_positions"), reserved}};
}

HttpResponse badRequest(const QString& message)
{
    return HttpResponse::json(400, QJsonDocument(QJsonObject{{QLatin1String("error"), message}})
                                           .toJson(QJsonDocument::Compact));
}

} // namespace

HttpResponse SimServer::account(const HttpRequest& request)
{
    SimAccounts& accounts = m_exchange.accounts();
    QJsonObject body;
    QString addressText = request.query.queryItemValue(QLatin1String("address"));
    if (request.method == "POST") {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            return badRequest(QStringLiteral("body must be a JSON object"));
        }
        body = doc.object();
        addressText = body.value(QLatin1String("address")).toString();
    } else if (request.method != "GET") {
        return HttpResponse::error(405, "method not allowed");
    }
    const auto address = signing::Address::fromHex(addressText.toStdString());
    if (!address) {
        return badRequest(QStringLiteral("address must be a 0x address"));
    }
    if (request.method == "GET") {
        SimWallet fresh;
        fresh.collateral = accounts.startingBalance();
        const SimWallet* wallet = accounts.findWallet(*address);
        return HttpResponse::json(200,
                                  QJsonDocument(walletJson(*m_universe, address->toChecksumHex(),
                                                           wallet ? *wallet : fresh))
                                          .toJson(QJsonDocument::Compact));
    }
    // Validate everything before changing anything.
    std::optional<Decimal> collateral;
    if (body.contains(QLatin1String("collateral"))) {
        const auto parsed =
                Decimal::parse(body.value(QLatin1String("collateral")).toString().toStdString());
        if (!parsed || parsed->isNegative()) {
            return badRequest(QStringLiteral("collateral must be a non-negative decimal string"));
        }
        collateral = *parsed;
    }
    std::vector<std::pair<int, Decimal>> positions;
    const QJsonObject given = body.value(QLatin1String("positions")).toObject();
    for (auto it = given.begin(); it != given.end(); ++it) {
        const int token = m_universe->findToken(it.key().toStdString());
        const auto shares = Decimal::parse(it.value().toString().toStdString());
        if (token < 0 || !shares || shares->isNegative()) {
            return badRequest(
                    QStringLiteral("positions must map known token ids to share strings"));
        }
        positions.emplace_back(token, *shares);
    }
    SimWallet& wallet = accounts.wallet(*address);
    if (collateral) {
        wallet.collateral = *collateral;
    }
    for (const auto& [token, shares] : positions) {
        wallet.shares[token] = shares;
    }
    return HttpResponse::json(
            200, QJsonDocument(walletJson(*m_universe, address->toChecksumHex(), wallet))
                         .toJson(QJsonDocument::Compact));
}

} // namespace polaris::sim
