#include "core/execution/ClobOrderGateway.h"

#include "core/secrets/SecretStore.h"
#include "core/signing/ClobAuth.h"
#include "core/venues/polymarket/TradingCredentials.h"
#include "core/venues/polymarket/WorkerThread.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QThread>

#include <chrono>
#include <future>

namespace polaris {

using polymarket::ClobTrade;
using polymarket::ClobTradingClient;
using polymarket::UserOrderEvent;

namespace {
Q_LOGGING_CATEGORY(lcLive, "polaris.execution.live")

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

ClobOrderGateway::ClobOrderGateway(ClobGatewayConfig config,
                                   signing::PrivateKey key,
                                   std::optional<signing::ApiCredentials> api)
    : m_config(std::move(config))
    , m_key(std::move(key))
    , m_funder(m_config.funder.value_or(m_key.address()))
    , m_signing{m_config.exchange, m_config.signatureType, m_config.funder}
    , m_tracker(m_config.maxQueuedUpdates)
    , m_worker(std::make_unique<polymarket::WorkerThread>(QStringLiteral("polymarket-trading")))
{
    m_tracker.setAccount({{}, m_funder.toLowerHex()});
    m_client = m_worker->adopt(new ClobTradingClient(m_config.clobUrl, m_config.client));
    if (m_config.userChannelEnabled) {
        polymarket::UserChannelOptions options = m_config.userChannel;
        options.url =
                m_config.userWsUrl.isEmpty()
                        ? polymarket::UserChannelClient::userUrlFromMarketUrl(m_config.marketWsUrl)
                        : m_config.userWsUrl;
        m_user = new polymarket::UserChannelClient(options);
        // Direct connections: the handlers only lock, queue and notify (or start REST calls on
        // the worker itself); the execution thread converts the events in waitForUpdates().
        QObject::connect(
                m_user, &polymarket::UserChannelClient::orderEvent, m_user,
                [this](const UserOrderEvent& event) { m_tracker.push(event); },
                Qt::DirectConnection);
        QObject::connect(
                m_user, &polymarket::UserChannelClient::tradeEvent, m_user,
                [this](const ClobTrade& trade) { m_tracker.push(trade); }, Qt::DirectConnection);
        QObject::connect(
                m_user, &polymarket::UserChannelClient::connected, m_user,
                [this](bool reconnect) {
                    if (reconnect) {
                        reconcileAfterReconnect();
                    }
                },
                Qt::DirectConnection);
        m_worker->adopt(m_user);
    }
    m_worker->start();
    if (api) {
        useApiCredentials(*api);
    }
}

ClobOrderGateway::~ClobOrderGateway()
{
    m_worker->stop(); // joins: no handler of the worker's objects runs after this
}

template <typename V, typename Start> std::optional<V> ClobOrderGateway::callWorker(Start start)
{
    Q_ASSERT_X(QThread::currentThread() != m_worker->thread(), "ClobOrderGateway",
               "synchronous call from the gateway's own worker thread would deadlock");
    auto promise = std::make_shared<std::promise<V>>();
    std::future<V> future = promise->get_future();
    QElapsedTimer timer;
    timer.start();
    ClobTradingClient* client = m_client;
    const bool posted = QMetaObject::invokeMethod(
            client,
            [client, promise, start = std::move(start)]() mutable {
                start(*client, std::function<void(V)>([promise](V value) {
                    promise->set_value(std::move(value));
                }));
            },
            Qt::QueuedConnection);
    if (!posted) {
        return std::nullopt;
    }
    const bool ready = future.wait_for(std::chrono::milliseconds(m_config.requestTimeoutMs))
                       == std::future_status::ready;
    m_lastLatencyMs = timer.elapsed();
    if (!ready) {
        return std::nullopt;
    }
    return future.get();
}

template <typename T, typename Start> Result<T> ClobOrderGateway::ask(const char* what, Start start)
{
    auto answer = callWorker<Result<T>>(
            [start = std::move(start)](ClobTradingClient& client,
                                       std::function<void(Result<T>)> done) mutable {
                start(client, ClobTradingClient::Callback<T>(std::move(done)));
            });
    if (!answer) {
        return timeoutError(what);
    }
    return std::move(*answer);
}

void ClobOrderGateway::useApiCredentials(const signing::ApiCredentials& api)
{
    m_api = api;
    m_tracker.setAccount({api.apiKey, m_funder.toLowerHex()});
    const signing::Address signer = m_key.address();
    QMetaObject::invokeMethod(
            m_client, [client = m_client, api, signer] { client->setCredentials(api, signer); });
    startUserChannel();
}

bool ClobOrderGateway::hasApiCredentials() const
{
    return m_api.has_value();
}

void ClobOrderGateway::startUserChannel()
{
    if (!m_user || !m_api) {
        return;
    }
    QMetaObject::invokeMethod(m_user, [user = m_user, api = *m_api, markets = m_config.markets] {
        user->start(api, markets);
    });
}

void ClobOrderGateway::subscribeMarkets(const QStringList& markets)
{
    if (m_user && !markets.isEmpty()) {
        QMetaObject::invokeMethod(m_user, [user = m_user, markets] { user->addMarkets(markets); });
    }
}

Result<signing::ApiCredentials> ClobOrderGateway::createOrDeriveApiCredentials()
{
    auto headers =
            signing::l1Headers(m_key, m_config.exchange.chainId, QDateTime::currentSecsSinceEpoch(),
                               UInt256(m_config.apiKeyNonce));
    if (!headers) {
        return headers.error();
    }
    auto answer = ask<polymarket::ApiKeyCredentials>(
            "API credentials", [headers = *headers](ClobTradingClient& client, auto done) {
                client.createOrDeriveApiKey(headers, std::move(done));
            });
    if (!answer) {
        return answer.error();
    }
    const signing::ApiCredentials api{answer->apiKey, answer->secret, answer->passphrase};
    useApiCredentials(api);
    return api;
}

Result<std::vector<OrderStatusReport>> ClobOrderGateway::place(std::span<const OrderIntent> intents)
{
    std::vector<OrderStatusReport> reports(intents.size());
    QList<QByteArray> bodies;
    std::vector<std::size_t> sent;
    std::vector<std::string> hashes(intents.size());
    QStringList markets;
    for (std::size_t i = 0; i < intents.size(); ++i) {
        const OrderIntent& intent = intents[i];
        if (!m_api) {
            reports[i] = polymarket::notSentReport(
                    intent, TradingError::Unauthorized,
                    "not sent: no CLOB API credentials; create or derive them first");
            continue;
        }
        auto signedIntent = polymarket::signIntent(intent, m_key, m_signing, *m_api);
        if (!signedIntent) {
            reports[i] = polymarket::notSentReport(intent, TradingError::Unknown,
                                                   "not sent: " + signedIntent.error().detail);
            continue;
        }
        hashes[i] = signedIntent->orderId;
        bodies.append(signedIntent->body);
        sent.push_back(i);
        if (!intent.conditionId.empty()) {
            markets.append(qs(intent.conditionId));
        }
        m_tracker.track(hashes[i], intent);
    }
    if (sent.empty()) {
        return reports;
    }
    subscribeMarkets(markets); // queued before the POST on the same worker thread

    using Outcome = ClobTradingClient::PlaceOutcome;
    std::vector<Outcome> outcomes;
    const Error timeout{ErrorCode::Timeout, "no answer within "
                                                    + std::to_string(m_config.requestTimeoutMs)
                                                    + " ms; the order may have been placed"};
    if (bodies.size() == 1) {
        auto one = callWorker<Outcome>([body = bodies.first()](ClobTradingClient& client,
                                                               std::function<void(Outcome)> done) {
            client.postOrder(body, std::move(done));
        });
        outcomes.push_back(one ? std::move(*one) : Outcome(timeout));
    } else {
        using Batch = std::vector<Outcome>;
        auto many = callWorker<Batch>(
                [bodies](ClobTradingClient& client, std::function<void(Batch)> done) {
                    client.postOrders(bodies, std::move(done));
                });
        outcomes = many ? std::move(*many) : Batch(sent.size(), Outcome(timeout));
    }

    bool anyAnswer = false;
    std::string unknownIds;
    std::optional<Error> firstUnknown;
    for (std::size_t k = 0; k < sent.size(); ++k) {
        const std::size_t i = sent[k];
        const Outcome& outcome = outcomes[k];
        if (outcome) {
            anyAnswer = true;
            reports[i] = polymarket::placementReport(intents[i], outcome.value(), hashes[i]);
            m_tracker.alias(reports[i].venueOrderId, hashes[i]); // when the venue names it anew
        } else {
            reports[i] = polymarket::unknownPlacementReport(intents[i], hashes[i],
                                                            outcome.error().detail);
            unknownIds += (unknownIds.empty() ? "" : ", ") + hashes[i];
            firstUnknown = firstUnknown.value_or(outcome.error());
        }
        m_tracker.annotate(reports[i]);
    }
    if (firstUnknown) {
        qCWarning(lcLive).noquote() << "order outcome unknown (reconcile):" << qs(unknownIds) << "-"
                                    << qs(firstUnknown->detail);
    }
    if (!anyAnswer && sent.size() == intents.size()) {
        return Error{firstUnknown->code, "TRANSPORT: outcome unknown for order(s) " + unknownIds
                                                 + ": " + firstUnknown->detail};
    }
    return reports;
}

Result<std::vector<std::string>>
ClobOrderGateway::cancel(std::span<const std::string> venueOrderIds)
{
    if (venueOrderIds.empty()) {
        return std::vector<std::string>{};
    }
    QStringList ids;
    for (const std::string& id : venueOrderIds) {
        ids.append(qs(id));
    }
    auto answer =
            ask<polymarket::CancelResult>("cancel", [ids](ClobTradingClient& client, auto done) {
                if (ids.size() == 1) {
                    client.cancelOrder(ids.first(), std::move(done));
                } else {
                    client.cancelOrders(ids, std::move(done));
                }
            });
    if (!answer) {
        return answer.error();
    }
    for (const auto& [id, reason] : answer->notCanceled) {
        qCInfo(lcLive).noquote() << "not cancelled:" << qs(id) << "-" << qs(reason);
    }
    return answer->canceled;
}

Result<OrderStatusReport> ClobOrderGateway::status(const std::string& venueOrderId)
{
    auto answer = ask<polymarket::OpenOrder>(
            "status", [id = qs(venueOrderId)](ClobTradingClient& client, auto done) {
                client.getOrder(id, std::move(done));
            });
    if (!answer) {
        return answer.error();
    }
    OrderStatusReport report = polymarket::orderReport(answer.value());
    const polymarket::AccountIdentity account = m_tracker.account();
    // The order's fills: its trades, as far as the venue lists them (bounded).
    const auto& tradeIds = answer->associateTrades;
    const std::size_t count =
            std::min(tradeIds.size(), std::size_t(std::max(0, m_config.maxStatusTrades)));
    for (std::size_t t = 0; t < count && report.filledShares.isPositive(); ++t) {
        polymarket::TradeQuery query;
        query.id = qs(tradeIds[t]);
        auto trades = ask<std::vector<ClobTrade>>("trades",
                                                  [query](ClobTradingClient& client, auto done) {
                                                      client.getTrades(query, std::move(done));
                                                  });
        if (!trades) {
            qCWarning(lcLive).noquote() << "status: the fills of" << qs(venueOrderId)
                                        << "are incomplete:" << qs(trades.error().detail);
            break;
        }
        for (const ClobTrade& trade : trades.value()) {
            for (FillReport& fill : polymarket::accountFills(
                         trade, account, [&](std::string_view id) { return id == venueOrderId; })) {
                if (fill.venueOrderId == venueOrderId) {
                    report.fills.push_back(std::move(fill));
                }
            }
        }
    }
    m_tracker.annotate(report);
    return report;
}

Result<std::vector<OrderStatusReport>> ClobOrderGateway::openOrders()
{
    auto answer = ask<std::vector<polymarket::OpenOrder>>(
            "open orders", [](ClobTradingClient& client, auto done) {
                client.getOpenOrders({}, std::move(done));
            });
    if (!answer) {
        return answer.error();
    }
    std::vector<OrderStatusReport> reports;
    for (const polymarket::OpenOrder& order : answer.value()) {
        reports.push_back(polymarket::orderReport(order));
        m_tracker.annotate(reports.back());
    }
    return reports;
}

Result<std::vector<FillReport>> ClobOrderGateway::fillsSince(std::int64_t sinceMs)
{
    polymarket::TradeQuery query;
    query.afterSeconds = std::max<std::int64_t>(0, sinceMs / 1000 - 1); // inclusive; filtered below
    auto answer =
            ask<std::vector<ClobTrade>>("fills", [query](ClobTradingClient& client, auto done) {
                client.getTrades(query, std::move(done));
            });
    if (!answer) {
        return answer.error();
    }
    std::vector<FillReport> fills;
    for (const ClobTrade& trade : answer.value()) {
        for (FillReport& fill : m_tracker.fills(trade)) {
            if (fill.timeMs >= sinceMs) {
                fills.push_back(std::move(fill));
            }
        }
    }
    return fills;
}

Result<Decimal> ClobOrderGateway::collateralBalance()
{
    polymarket::BalanceQuery query;
    query.signatureType = static_cast<int>(m_config.signatureType);
    auto answer = ask<polymarket::BalanceAllowance>(
            "balance", [query](ClobTradingClient& client, auto done) {
                client.getBalanceAllowance(query, std::move(done));
            });
    if (!answer) {
        return answer.error();
    }
    return answer->balance;
}

std::vector<OrderStatusReport> ClobOrderGateway::waitForUpdates(int timeoutMs)
{
    return m_tracker.waitForUpdates(timeoutMs);
}

void ClobOrderGateway::reconcileAfterReconnect()
{
    // Events may have been missed while the socket was down: re-read every order still open
    // and queue the answers like events (D5: reconcile orders through REST after a reconnect).
    const std::vector<std::string> ids = m_tracker.openOrderIds();
    if (!ids.empty()) {
        qCInfo(lcLive) << "user channel back: re-reading" << ids.size() << "open orders";
    }
    for (const std::string& id : ids) {
        m_client->getOrder(qs(id), [this](Result<polymarket::OpenOrder> order) {
            if (order) {
                m_tracker.push(polymarket::orderReport(order.value()));
            }
        });
    }
}

Error ClobOrderGateway::timeoutError(const char* what) const
{
    return Error{ErrorCode::Timeout, std::string(what) + ": no answer within "
                                             + std::to_string(m_config.requestTimeoutMs) + " ms"};
}

void ClobOrderGateway::create(secrets::SecretStore& store, ClobGatewayConfig config, Factory done)
{
    // Answers from the worker come back to this (the store's) thread through `context`.
    QObject* context = new QObject();
    auto finish = std::make_shared<Factory>(
            [context, done = std::move(done)](Result<std::unique_ptr<ClobOrderGateway>> r) {
                context->deleteLater();
                done(std::move(r));
            });
    secrets::SecretStore* storePtr = &store;
    polymarket::loadTradingCredentials(store, [storePtr, context, finish,
                                               config = std::move(config)](
                                                      Result<polymarket::TradingCredentials>
                                                              loaded) mutable {
        if (!loaded) {
            (*finish)(loaded.error());
            return;
        }
        polymarket::TradingCredentials credentials = std::move(loaded).value();
        if (!credentials.api && !config.deriveApiCredentials) {
            (*finish)(Error{ErrorCode::NotFound,
                            "no CLOB API credentials in the keychain ('polymarket/api_key', "
                            "'polymarket/api_secret', 'polymarket/api_passphrase'); store them or "
                            "let Polaris derive them from the key (docs/trading-client.md)"});
            return;
        }
        const bool derive = !credentials.api;
        auto gateway = std::make_shared<std::unique_ptr<ClobOrderGateway>>(
                std::make_unique<ClobOrderGateway>(std::move(config), std::move(credentials.key),
                                                   std::move(credentials.api)));
        if (!derive) {
            (*finish)(std::move(*gateway));
            return;
        }
        ClobOrderGateway& g = **gateway;
        auto headers = signing::l1Headers(g.m_key, g.m_config.exchange.chainId,
                                          QDateTime::currentSecsSinceEpoch(),
                                          UInt256(g.m_config.apiKeyNonce));
        if (!headers) {
            (*finish)(headers.error());
            return;
        }
        auto answer = [storePtr, gateway, finish](Result<polymarket::ApiKeyCredentials> api) {
            if (!api) {
                // Destroy it here, on this thread: the worker must never join itself.
                gateway->reset();
                (*finish)(Error{api.error().code,
                                "creating or deriving the CLOB API credentials failed: "
                                        + api.error().detail});
                return;
            }
            const signing::ApiCredentials created{api->apiKey, api->secret, api->passphrase};
            (*gateway)->useApiCredentials(created);
            polymarket::storeApiCredentials(*storePtr, created, [gateway, finish](Status stored) {
                if (!stored) { // derivable again from the key with the same nonce: go on
                    qCWarning(lcLive).noquote() << "the new API credentials were not stored:"
                                                << qs(stored.error().detail);
                }
                (*finish)(std::move(*gateway));
            });
        };
        ClobTradingClient* client = g.m_client;
        QMetaObject::invokeMethod(client, [client, headers = *headers, context, answer] {
            client->createOrDeriveApiKey(
                    headers, [context, answer](Result<polymarket::ApiKeyCredentials> api) {
                        QMetaObject::invokeMethod(context, [answer, api] { answer(api); });
                    });
        });
    });
}

} // namespace polaris
