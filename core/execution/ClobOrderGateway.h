#pragma once

#include "core/execution/OrderGateway.h"
#include "core/signing/ExchangeConfig.h"
#include "core/signing/L2Auth.h"
#include "core/signing/OrderStruct.h"
#include "core/signing/PrivateKey.h"
#include "core/venues/polymarket/ClobTradingClient.h"
#include "core/venues/polymarket/IntentSigner.h"
#include "core/venues/polymarket/OrderTracker.h"
#include "core/venues/polymarket/UserChannelClient.h"
#include "core/venues/polymarket/VenueEndpoints.h"

#include <QStringList>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace polaris::secrets {
class SecretStore;
}
namespace polaris::polymarket {
class WorkerThread;
}

namespace polaris {

/// Everything the live gateway needs besides the secrets.
struct ClobGatewayConfig
{
    QUrl clobUrl = QUrl(QStringLiteral("https://clob.polymarket.com"));
    /// The user channel; empty: derived from marketWsUrl (…/ws/market -> …/ws/user).
    QUrl userWsUrl;
    QUrl marketWsUrl = QUrl(QStringLiteral("wss://ws-subscriptions-clob.polymarket.com/ws/market"));
    signing::ExchangeConfig exchange =
            signing::ExchangeConfig::polygon(signing::ProtocolVersion::V2);
    signing::SignatureType signatureType = signing::SignatureType::Eoa;
    std::optional<signing::Address> funder; ///< the proxy/safe/deposit wallet; EOA: the key's
    polymarket::ClobTradingOptions client;
    polymarket::UserChannelOptions userChannel; ///< its url is replaced by userWsUrl
    bool userChannelEnabled = true;
    QStringList markets; ///< condition ids subscribed from the start (more are added per order)
    int requestTimeoutMs = 20'000;    ///< bound on every synchronous call (> the HTTP timeout)
    int maxStatusTrades = 20;         ///< trades fetched by status() to list an order's fills
    bool deriveApiCredentials = true; ///< create(): create/derive + store when the store has none
    std::uint64_t apiKeyNonce = 0;
    std::size_t maxQueuedUpdates = 10'000; ///< beyond this the oldest news is dropped (counted)

    /// The CLOB and WebSocket URLs resolved by VenueEndpoints (flags, environment, settings).
    static ClobGatewayConfig fromEndpoints(const polymarket::VenueEndpoints& endpoints)
    {
        ClobGatewayConfig config;
        config.clobUrl = endpoints.clobUrl;
        config.marketWsUrl = endpoints.wsUrl;
        return config;
    }
};

/// The OrderGateway for Live mode: signs every intent (V2 by default; FOK/FAK/GTC at the leg's
/// limit, neg-risk per intent) and places it on the Polymarket CLOB through a
/// ClobTradingClient that lives on this gateway's own worker thread; the user channel
/// (UserChannelClient, same thread) feeds waitForUpdates().
///
/// Thread use: construct on any thread; call the OrderGateway functions from one thread, the
/// execution thread, never from the worker itself. Each call hands the request to the worker and
/// waits on a future for at most requestTimeoutMs. Destroy from any thread but the worker.
///
/// place() returns an Error only when no order of the call got an answer (every outcome
/// unknown): the order ids are tracked, so later status(), openOrders() and user-channel reports
/// still carry the clientOrderId. When only some batches are unanswered, their reports have
/// state Unknown, error Transport and venueOrderId = the signed order hash (= the venue's id).
class ClobOrderGateway final : public OrderGateway
{
public:
    using Factory = std::function<void(Result<std::unique_ptr<ClobOrderGateway>>)>;

    ClobOrderGateway(ClobGatewayConfig config,
                     signing::PrivateKey key,
                     std::optional<signing::ApiCredentials> api);
    ~ClobOrderGateway() override;

    /// Loads the key and the API credentials from the store (never from anywhere else), creates
    /// or derives the API credentials when the store has none (config.deriveApiCredentials) and
    /// stores them, then hands over a ready gateway. Asynchronous: `done` runs once on the
    /// calling thread, which needs a running event loop. Fails with a message naming the
    /// missing keychain entry or the venue's refusal.
    static void create(secrets::SecretStore& store, ClobGatewayConfig config, Factory done);

    /// Creates (POST /auth/api-key) or derives the API credentials with an L1 signature and
    /// starts using them. Synchronous, bounded; call from the execution thread.
    Result<signing::ApiCredentials> createOrDeriveApiCredentials();
    bool hasApiCredentials() const;
    const signing::Address& funder() const { return m_funder; }

    ExecutionMode mode() const override { return ExecutionMode::Live; }
    Result<std::vector<OrderStatusReport>> place(std::span<const OrderIntent> intents) override;
    Result<std::vector<std::string>> cancel(std::span<const std::string> venueOrderIds) override;
    Result<OrderStatusReport> status(const std::string& venueOrderId) override;
    std::vector<OrderStatusReport> waitForUpdates(int timeoutMs) override;
    Result<std::vector<OrderStatusReport>> openOrders() override;
    Result<std::vector<FillReport>> fillsSince(std::int64_t sinceMs) override;
    Result<Decimal> collateralBalance() override;
    std::int64_t lastLatencyMs() const override { return m_lastLatencyMs.load(); }

private:
    /// Runs start(client, callback) on the worker and waits for the callback (bounded).
    template <typename V, typename Start> std::optional<V> callWorker(Start start);
    /// callWorker for the client's Result callbacks; a timeout becomes an Error naming `what`.
    template <typename T, typename Start> Result<T> ask(const char* what, Start start);
    void useApiCredentials(const signing::ApiCredentials& api);
    void startUserChannel();
    void subscribeMarkets(const QStringList& markets);
    void reconcileAfterReconnect(); ///< worker thread
    Error timeoutError(const char* what) const;

    ClobGatewayConfig m_config;
    signing::PrivateKey m_key;
    signing::Address m_funder;
    polymarket::SigningAccount m_signing;
    std::optional<signing::ApiCredentials> m_api; // set before use; read by the execution thread
    polymarket::OrderTracker m_tracker;           // thread-safe
    std::unique_ptr<polymarket::WorkerThread> m_worker;
    polymarket::ClobTradingClient* m_client = nullptr; // owned by m_worker
    polymarket::UserChannelClient* m_user = nullptr;   // owned by m_worker; null when disabled
    std::atomic<std::int64_t> m_lastLatencyMs{0};
};

} // namespace polaris
