#include "core/venues/polymarket/ClobTradingClient.h"

#include "core/venues/polymarket/TradingAnswers.h"
#include "core/venues/polymarket/TradingParsers.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>

namespace polaris::polymarket {

namespace {
Q_LOGGING_CATEGORY(lcPmTrading, "polaris.polymarket.trading")

std::string what(const QByteArray& method, const QString& path)
{
    return method.toStdString() + " " + path.toStdString();
}

QByteArray jsonString(const QString& text)
{
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        if (c == '"' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out + '"';
}
} // namespace

struct ClobTradingClient::Paging
{
    QString path;
    QList<std::pair<QString, QString>> query;
    RateLimiter* limiter = nullptr;
    QString cursor = QString::fromLatin1(kFirstCursor);
    int pages = 0;
    /// Parses one page into the collector; returns the next cursor.
    std::function<Result<std::string>(const QByteArray&)> consume;
    std::function<void(std::optional<Error>)> finish;
};

ClobTradingClient::ClobTradingClient(QUrl baseUrl, ClobTradingOptions options, QObject* parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_options(options)
    , m_postOrder(QStringLiteral("clob POST /order"), options.postOrder)
    , m_postOrderSustained(QStringLiteral("clob POST /order 10 min"), options.postOrderSustained)
    , m_postOrders(QStringLiteral("clob POST /orders"), options.postOrders)
    , m_postOrdersSustained(QStringLiteral("clob POST /orders 10 min"), options.postOrdersSustained)
    , m_deleteOrder(QStringLiteral("clob DELETE /order"), options.deleteOrder)
    , m_deleteOrderSustained(QStringLiteral("clob DELETE /order 10 min"),
                             options.deleteOrderSustained)
    , m_deleteOrders(QStringLiteral("clob DELETE /orders"), options.deleteOrders)
    , m_deleteOrdersSustained(QStringLiteral("clob DELETE /orders 10 min"),
                              options.deleteOrdersSustained)
    , m_ledger(QStringLiteral("clob /data/orders"), options.ledger)
    , m_trades(QStringLiteral("clob /data/trades"), options.trades)
    , m_balance(QStringLiteral("clob /balance-allowance"), options.balance)
    , m_apiKeys(QStringLiteral("clob api keys"), options.apiKeys)
{
    m_options.batchSize = std::clamp(m_options.batchSize, 1, kMaxBatchOrders);
    m_options.maxPages = std::max(1, m_options.maxPages);
}

ClobTradingClient::~ClobTradingClient() = default;

void ClobTradingClient::setCredentials(signing::ApiCredentials credentials, signing::Address signer)
{
    m_credentials = std::move(credentials);
    m_signer = signer;
}

void ClobTradingClient::clearCredentials()
{
    m_credentials.reset();
}

TradingHttp* ClobTradingClient::http()
{
    if (!m_http) {
        m_http = new TradingHttp(m_options.http, this);
    }
    return m_http;
}

QUrl ClobTradingClient::endpointUrl(const QString& path,
                                    const QList<std::pair<QString, QString>>& query) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    url.setPath(base + path, QUrl::TolerantMode);
    // Built by hand so that cursors ("MA==") and ids keep every reserved character encoded.
    QString items;
    for (const auto& [key, value] : query) {
        if (!value.isEmpty()) {
            items += (items.isEmpty() ? QString() : QStringLiteral("&")) + key + QLatin1Char('=')
                     + QString::fromLatin1(QUrl::toPercentEncoding(value));
        }
    }
    url.setQuery(items.isEmpty() ? QString() : items, QUrl::StrictMode);
    return url;
}

TradingHttp::HeaderFactory
ClobTradingClient::l2(QByteArray method, QString path, QByteArray body) const
{
    if (!m_credentials) {
        return [] {
            return Result<signing::HeaderList>(
                    Error{ErrorCode::Http, "no API credentials: create or derive them first (L1)"});
        };
    }
    // The signature covers timestamp + method + path (no query) + body; computed per attempt.
    return [credentials = *m_credentials, signer = m_signer, method = std::move(method),
            path = path.toStdString(), body = std::move(body)] {
        return signing::l2Headers(credentials, signer, QDateTime::currentSecsSinceEpoch(),
                                  bytesView(method), path, body);
    };
}

void ClobTradingClient::send(QByteArray method,
                             const QString& path,
                             QByteArray body,
                             QList<std::pair<QString, QString>> query,
                             std::vector<RateLimiter*> limiters,
                             bool retryable,
                             TradingHttp::Callback done)
{
    TradingHttp::Request request;
    request.method = method;
    request.url = endpointUrl(path, query);
    request.headers = l2(method, path, body);
    request.body = std::move(body);
    request.limiters = std::move(limiters);
    request.retryable = retryable;
    http()->send(std::move(request), std::move(done));
}

void ClobTradingClient::apiKeyRequest(QByteArray method,
                                      const QString& path,
                                      signing::HeaderList l1Headers,
                                      Callback<ApiKeyCredentials> done)
{
    TradingHttp::Request request;
    request.method = method;
    request.url = endpointUrl(path);
    request.headers = [l1Headers] { return Result<signing::HeaderList>(l1Headers); };
    request.limiters = {&m_apiKeys};
    request.retryable = method == "GET"; // creating a key twice would fail on the nonce
    const std::string label = what(method, path);
    http()->send(std::move(request), [label, done = std::move(done)](Result<HttpAnswer> answer) {
        done(parseAnswer<ApiKeyCredentials>(label, std::move(answer), parseApiKeyResponse));
    });
}

void ClobTradingClient::createApiKey(signing::HeaderList l1Headers,
                                     Callback<ApiKeyCredentials> done)
{
    apiKeyRequest(QByteArrayLiteral("POST"), QStringLiteral("/auth/api-key"), std::move(l1Headers),
                  std::move(done));
}

void ClobTradingClient::deriveApiKey(signing::HeaderList l1Headers,
                                     Callback<ApiKeyCredentials> done)
{
    apiKeyRequest(QByteArrayLiteral("GET"), QStringLiteral("/auth/derive-api-key"),
                  std::move(l1Headers), std::move(done));
}

void ClobTradingClient::createOrDeriveApiKey(signing::HeaderList l1Headers,
                                             Callback<ApiKeyCredentials> done)
{
    createApiKey(l1Headers, [this, l1Headers,
                             done = std::move(done)](Result<ApiKeyCredentials> created) mutable {
        if (created) {
            done(std::move(created));
            return;
        }
        // Auth failures will not get better by deriving; anything else (typically "could not
        // create api key" for a used nonce) falls back to derive, like the SDKs do.
        qCInfo(lcPmTrading) << "creating an API key failed; deriving the existing one";
        deriveApiKey(std::move(l1Headers), std::move(done));
    });
}

void ClobTradingClient::postOrder(QByteArray body, Callback<PlaceOrderResult> done)
{
    const QString path = QStringLiteral("/order");
    send(QByteArrayLiteral("POST"), path, std::move(body), {},
         {&m_postOrder, &m_postOrderSustained}, false,
         [label = what("POST", path), done = std::move(done)](Result<HttpAnswer> answer) {
             done(orderOutcome(label, std::move(answer)));
         });
}

void ClobTradingClient::postChunk(const QList<QByteArray>& orders,
                                  std::function<void(std::vector<PlaceOutcome>)> done)
{
    QByteArray body = "[";
    for (qsizetype i = 0; i < orders.size(); ++i) {
        if (i > 0) {
            body += ',';
        }
        body += orders[i];
    }
    body += ']';
    const QString path = QStringLiteral("/orders");
    const std::size_t count = static_cast<std::size_t>(orders.size());
    send(QByteArrayLiteral("POST"), path, std::move(body), {},
         {&m_postOrders, &m_postOrdersSustained}, false,
         [label = what("POST", path), count, done = std::move(done)](Result<HttpAnswer> answer) {
             done(batchOutcomes(label, std::move(answer), count));
         });
}

void ClobTradingClient::postOrders(QList<QByteArray> orderObjects, BatchCallback done)
{
    if (orderObjects.isEmpty()) {
        done({});
        return;
    }
    // Batches go out together; the answer is assembled in request order.
    struct Gather
    {
        std::vector<PlaceOutcome> outcomes;
        int pending = 0;
        BatchCallback done;
    };
    auto gather = std::make_shared<Gather>();
    gather->done = std::move(done);
    const qsizetype size = m_options.batchSize;
    for (qsizetype start = 0; start < orderObjects.size(); start += size) {
        ++gather->pending;
    }
    gather->outcomes.assign(static_cast<std::size_t>(orderObjects.size()),
                            PlaceOutcome(Error{ErrorCode::Io, "not answered"}));
    for (qsizetype start = 0; start < orderObjects.size(); start += size) {
        postChunk(orderObjects.mid(start, size), [gather, start](std::vector<PlaceOutcome> chunk) {
            for (std::size_t i = 0; i < chunk.size(); ++i) {
                gather->outcomes[static_cast<std::size_t>(start) + i] = std::move(chunk[i]);
            }
            if (--gather->pending == 0) {
                gather->done(std::move(gather->outcomes));
            }
        });
    }
}

void ClobTradingClient::cancel(const QString& path,
                               QByteArray body,
                               bool batch,
                               Callback<CancelResult> done)
{
    std::vector<RateLimiter*> limiters =
            batch ? std::vector<RateLimiter*>{&m_deleteOrders, &m_deleteOrdersSustained}
                  : std::vector<RateLimiter*>{&m_deleteOrder, &m_deleteOrderSustained};
    send(QByteArrayLiteral("DELETE"), path, std::move(body), {}, std::move(limiters), true,
         [label = what("DELETE", path), done = std::move(done)](Result<HttpAnswer> answer) {
             done(parseAnswer<CancelResult>(label, std::move(answer), parseCancelResponse));
         });
}

void ClobTradingClient::cancelOrder(QString orderId, Callback<CancelResult> done)
{
    cancel(QStringLiteral("/order"), "{\"orderID\":" + jsonString(orderId) + "}", false,
           std::move(done));
}

void ClobTradingClient::cancelOrders(QStringList orderIds, Callback<CancelResult> done)
{
    QByteArray body = "[";
    for (qsizetype i = 0; i < orderIds.size(); ++i) {
        body += (i > 0 ? "," : "") + jsonString(orderIds[i]);
    }
    cancel(QStringLiteral("/orders"), body + "]", true, std::move(done));
}

void ClobTradingClient::getOrder(QString orderId, Callback<OpenOrder> done)
{
    // The id is a path segment: percent-encode so that a malformed id cannot change the path.
    const QString path =
            QStringLiteral("/data/order/") + QString::fromLatin1(QUrl::toPercentEncoding(orderId));
    send(QByteArrayLiteral("GET"), path, {}, {}, {&m_ledger}, true,
         [label = what("GET", path), done = std::move(done)](Result<HttpAnswer> answer) {
             done(parseAnswer<OpenOrder>(label, std::move(answer), parseOpenOrder));
         });
}

void ClobTradingClient::fetchPage(const std::shared_ptr<Paging>& paging)
{
    QList<std::pair<QString, QString>> query = paging->query;
    query.append({QStringLiteral("next_cursor"), paging->cursor});
    send(QByteArrayLiteral("GET"), paging->path, {}, query, {paging->limiter}, true,
         [this, paging, label = what("GET", paging->path)](Result<HttpAnswer> result) {
             auto body = successBody(label, std::move(result));
             if (!body) {
                 paging->finish(body.error());
                 return;
             }
             auto next = paging->consume(body.value());
             if (!next) {
                 paging->finish(Error{next.error().code, label + ": " + next.error().detail});
                 return;
             }
             ++paging->pages;
             const QString cursor = QString::fromStdString(next.value());
             if (cursor.isEmpty() || cursor == QLatin1String(kEndCursor)
                 || cursor == paging->cursor) {
                 paging->finish(std::nullopt);
                 return;
             }
             if (paging->pages >= m_options.maxPages) {
                 paging->finish(Error{ErrorCode::OutOfRange,
                                      label + ": more than " + std::to_string(m_options.maxPages)
                                              + " pages; the list is incomplete"});
                 return;
             }
             paging->cursor = cursor;
             fetchPage(paging);
         });
}

void ClobTradingClient::getOpenOrders(OrderQuery query, Callback<std::vector<OpenOrder>> done)
{
    auto orders = std::make_shared<std::vector<OpenOrder>>();
    auto paging = std::make_shared<Paging>();
    paging->path = QStringLiteral("/data/orders");
    paging->query = {{QStringLiteral("id"), query.id},
                     {QStringLiteral("market"), query.market},
                     {QStringLiteral("asset_id"), query.assetId}};
    paging->limiter = &m_ledger;
    paging->consume = [orders](const QByteArray& body) -> Result<std::string> {
        std::vector<Error> warnings;
        auto page = parseOpenOrdersPage(bytesView(body), &warnings);
        if (!page) {
            return page.error();
        }
        for (const Error& warning : warnings) {
            qCWarning(lcPmTrading).noquote()
                    << "skipped an order:" << QString::fromStdString(warning.detail);
        }
        std::move(page->data.begin(), page->data.end(), std::back_inserter(*orders));
        return page->nextCursor;
    };
    paging->finish = [orders, done = std::move(done)](std::optional<Error> error) {
        if (error) {
            done(*error);
        } else {
            done(std::move(*orders));
        }
    };
    fetchPage(paging);
}

void ClobTradingClient::getTrades(TradeQuery query, Callback<std::vector<ClobTrade>> done)
{
    auto trades = std::make_shared<std::vector<ClobTrade>>();
    auto paging = std::make_shared<Paging>();
    paging->path = QStringLiteral("/data/trades");
    const auto seconds = [](std::int64_t s) { return s > 0 ? QString::number(s) : QString(); };
    paging->query = {{QStringLiteral("id"), query.id},
                     {QStringLiteral("maker_address"), query.makerAddress},
                     {QStringLiteral("market"), query.market},
                     {QStringLiteral("asset_id"), query.assetId},
                     {QStringLiteral("before"), seconds(query.beforeSeconds)},
                     {QStringLiteral("after"), seconds(query.afterSeconds)}};
    paging->limiter = &m_trades;
    paging->consume = [trades](const QByteArray& body) -> Result<std::string> {
        std::vector<Error> warnings;
        auto page = parseTradesPage(bytesView(body), &warnings);
        if (!page) {
            return page.error();
        }
        for (const Error& warning : warnings) {
            qCWarning(lcPmTrading).noquote()
                    << "skipped a trade:" << QString::fromStdString(warning.detail);
        }
        std::move(page->data.begin(), page->data.end(), std::back_inserter(*trades));
        return page->nextCursor;
    };
    paging->finish = [trades, done = std::move(done)](std::optional<Error> error) {
        if (error) {
            done(*error);
        } else {
            done(std::move(*trades));
        }
    };
    fetchPage(paging);
}

void ClobTradingClient::getBalanceAllowance(BalanceQuery query, Callback<BalanceAllowance> done)
{
    const QString path = QStringLiteral("/balance-allowance");
    QList<std::pair<QString, QString>> params{
            {QStringLiteral("asset_type"),
             query.collateral ? QStringLiteral("COLLATERAL") : QStringLiteral("CONDITIONAL")},
            {QStringLiteral("token_id"), query.collateral ? QString() : query.tokenId},
            {QStringLiteral("signature_type"), QString::number(query.signatureType)}};
    send(QByteArrayLiteral("GET"), path, {}, params, {&m_balance}, true,
         [label = what("GET", path), done = std::move(done)](Result<HttpAnswer> answer) {
             done(parseAnswer<BalanceAllowance>(label, std::move(answer), parseBalanceAllowance));
         });
}

} // namespace polaris::polymarket
