#pragma once

#include "core/signing/Address.h"
#include "core/signing/L2Auth.h"
#include "core/venues/polymarket/RateLimiter.h"
#include "core/venues/polymarket/TradingHttp.h"
#include "core/venues/polymarket/TradingTypes.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>
#include <vector>

namespace polaris::polymarket {

/// Client-side limits of the trading endpoints (spec §4.4; burst per 10 s and sustained per
/// 10 min where the venue documents both) and paging bounds.
struct ClobTradingOptions
{
    TradingHttpOptions http;
    int maxPages = 50;  ///< bound on cursor pages of /data/orders and /data/trades
    int batchSize = 15; ///< orders per POST /orders; clamped to [1, 15]
    RateLimit postOrder{3'500, 10'000};
    RateLimit postOrderSustained{36'000, 600'000};
    RateLimit postOrders{1'000, 10'000};
    RateLimit postOrdersSustained{15'000, 600'000};
    RateLimit deleteOrder{3'000, 10'000};
    RateLimit deleteOrderSustained{30'000, 600'000};
    RateLimit deleteOrders{1'000, 10'000};
    RateLimit deleteOrdersSustained{15'000, 600'000};
    RateLimit ledger{500, 10'000};  ///< GET /data/order/{id}, GET /data/orders
    RateLimit trades{500, 10'000};  ///< GET /data/trades
    RateLimit balance{200, 10'000}; ///< GET /balance-allowance
    RateLimit apiKeys{100, 10'000}; ///< POST /auth/api-key, GET /auth/derive-api-key
};

/// Filters of GET /data/orders (all optional).
struct OrderQuery
{
    QString id;
    QString market; ///< condition id
    QString assetId;
};

/// Filters of GET /data/trades (all optional; times in unix seconds, 0 = none).
struct TradeQuery
{
    QString id;
    QString market;
    QString assetId;
    QString makerAddress;
    std::int64_t afterSeconds = 0;
    std::int64_t beforeSeconds = 0;
};

/// GET /balance-allowance: collateral, or one conditional token.
struct BalanceQuery
{
    bool collateral = true;
    QString tokenId;       ///< for conditional tokens
    int signatureType = 0; ///< the funder's signature type (EOA 0, proxy 1, safe 2, 1271 3)
};

/// The CLOB's authenticated endpoints (spec §3, §4.4, §4.5): API-key creation (L1), placing and
/// cancelling orders, and reading orders, trades and balances (L2 HMAC). Lives on a venue worker
/// thread (WorkerThread) and must be used only there: call it through QMetaObject::invokeMethod;
/// every callback runs exactly once on that thread (never after the client is destroyed).
///
/// Order POSTs are never retried: a timeout or dropped connection may hide a placed order, so it
/// is reported as an Error (the outcome is unknown) and the caller reconciles. GETs and cancels
/// are retried with backoff. Credentials are kept in memory only and never logged.
class ClobTradingClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxBatchOrders = 15;

    template <typename T> using Callback = std::function<void(Result<T>)>;
    /// One slot per posted order, in order. A value is the venue's answer (accepted or refused);
    /// an Error means the outcome is unknown (no answer, unreadable answer, 5xx).
    using PlaceOutcome = Result<PlaceOrderResult>;
    using BatchCallback = std::function<void(std::vector<PlaceOutcome>)>;

    explicit ClobTradingClient(QUrl baseUrl,
                               ClobTradingOptions options = {},
                               QObject* parent = nullptr);
    ~ClobTradingClient() override;

    /// L2 credentials and the signer EOA (POLY_ADDRESS). Required by every L2 call; without
    /// them those calls fail with Http "no API credentials".
    void setCredentials(signing::ApiCredentials credentials, signing::Address signer);
    void clearCredentials();
    bool hasCredentials() const { return m_credentials.has_value(); }

    // L1 (headers from signing::l1Headers; the private key never reaches this object).
    void createApiKey(signing::HeaderList l1Headers, Callback<ApiKeyCredentials> done);
    void deriveApiKey(signing::HeaderList l1Headers, Callback<ApiKeyCredentials> done);
    /// POST /auth/api-key; when that yields no key (e.g. the nonce is taken), GET derive.
    void createOrDeriveApiKey(signing::HeaderList l1Headers, Callback<ApiKeyCredentials> done);

    /// POST /order with the exact body of signing::orderRequestBody (sent and signed unchanged).
    void postOrder(QByteArray body, Callback<PlaceOrderResult> done);
    /// POST /orders: per-order objects (orderRequestBody each), sent in batches of batchSize.
    void postOrders(QList<QByteArray> orderObjects, BatchCallback done);
    /// DELETE /order {"orderID":…}.
    void cancelOrder(QString orderId, Callback<CancelResult> done);
    /// DELETE /orders [ids…].
    void cancelOrders(QStringList orderIds, Callback<CancelResult> done);
    /// GET /data/order/{id}: NotFound when the venue does not know it.
    void getOrder(QString orderId, Callback<OpenOrder> done);
    /// GET /data/orders, following next_cursor up to maxPages (beyond: OutOfRange).
    void getOpenOrders(OrderQuery query, Callback<std::vector<OpenOrder>> done);
    /// GET /data/trades, paged like getOpenOrders.
    void getTrades(TradeQuery query, Callback<std::vector<ClobTrade>> done);
    /// GET /balance-allowance.
    void getBalanceAllowance(BalanceQuery query, Callback<BalanceAllowance> done);

    const QUrl& baseUrl() const { return m_baseUrl; }

private:
    struct Paging;
    TradingHttp* http();
    QUrl endpointUrl(const QString& path,
                     const QList<std::pair<QString, QString>>& query = {}) const;
    TradingHttp::HeaderFactory l2(QByteArray method, QString path, QByteArray body) const;
    void send(QByteArray method,
              const QString& path,
              QByteArray body,
              QList<std::pair<QString, QString>> query,
              std::vector<RateLimiter*> limiters,
              bool retryable,
              TradingHttp::Callback done);
    void apiKeyRequest(QByteArray method,
                       const QString& path,
                       signing::HeaderList l1Headers,
                       Callback<ApiKeyCredentials> done);
    void postChunk(const QList<QByteArray>& orders,
                   std::function<void(std::vector<PlaceOutcome>)> done);
    void cancel(const QString& path, QByteArray body, bool batch, Callback<CancelResult> done);
    void fetchPage(const std::shared_ptr<Paging>& paging);

    QUrl m_baseUrl;
    ClobTradingOptions m_options;
    TradingHttp* m_http = nullptr; // child, created on first use (worker thread)
    std::optional<signing::ApiCredentials> m_credentials;
    signing::Address m_signer;
    RateLimiter m_postOrder;
    RateLimiter m_postOrderSustained;
    RateLimiter m_postOrders;
    RateLimiter m_postOrdersSustained;
    RateLimiter m_deleteOrder;
    RateLimiter m_deleteOrderSustained;
    RateLimiter m_deleteOrders;
    RateLimiter m_deleteOrdersSustained;
    RateLimiter m_ledger;
    RateLimiter m_trades;
    RateLimiter m_balance;
    RateLimiter m_apiKeys;
};

} // namespace polaris::polymarket
