#pragma once

#include "core/signing/AuthHeaders.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace polaris::polymarket {

class RateLimiter;

struct TradingHttpOptions
{
    int timeoutMs = 10'000;  ///< per attempt, without any byte transferred
    int maxAttempts = 3;     ///< for retryable requests (GETs, cancels); first try included
    int backoffBaseMs = 200; ///< exponential, with jitter
    int backoffCapMs = 4'000;
    int maxRetryAfterMs = 10'000;                 ///< bound on a venue's Retry-After
    qint64 maxResponseBytes = 16LL * 1024 * 1024; ///< larger answers fail with TooLarge
};

/// Any HTTP answer, whatever its status: the trading endpoints explain refusals in the body
/// ({"error": …}), so the caller decides what a 4xx means.
struct HttpAnswer
{
    int status = 0;
    QByteArray body;
};

/// The HTTP layer under ClobTradingClient. Unlike HttpRequester it sets authentication headers
/// (computed afresh for every attempt, so that a retry carries a current timestamp), hands back
/// every HTTP answer with its status and body, and retries only requests marked retryable: an
/// order POST is never sent twice, because after a timeout or a dropped connection it may have
/// been placed. Retryable requests are retried on transport errors, 429 (honouring Retry-After)
/// and 5xx. Errors: Timeout, Io (connection trouble), TooLarge; for retryable requests that
/// exhausted their attempts on 429/5xx, the last answer is returned.
///
/// Owns a QNetworkAccessManager created lazily on first use, so it lives on the worker thread
/// of its owner; use only from that thread. Never logs headers or bodies (they carry secrets).
class TradingHttp : public QObject
{
    Q_OBJECT
public:
    using HeaderFactory = std::function<Result<signing::HeaderList>()>;
    struct Request
    {
        QByteArray method = QByteArrayLiteral("GET");
        QUrl url;
        QByteArray body;                    ///< sent as application/json when not empty
        HeaderFactory headers;              ///< called before every attempt; may be empty
        std::vector<RateLimiter*> limiters; ///< not owned; each must outlive the request
        bool retryable = false;
    };
    using Callback = std::function<void(Result<HttpAnswer>)>;

    explicit TradingHttp(TradingHttpOptions options = {}, QObject* parent = nullptr);
    ~TradingHttp() override;

    /// Starts the request; `done` runs exactly once on this thread, unless this object is
    /// destroyed first (then never).
    void send(Request request, Callback done);

    const TradingHttpOptions& options() const { return m_options; }

private:
    struct Call;
    void schedule(const std::shared_ptr<Call>& call, std::int64_t delayMs);
    void attempt(const std::shared_ptr<Call>& call);
    void onFinished(const std::shared_ptr<Call>& call, QNetworkReply* reply);
    QNetworkAccessManager* network();

    TradingHttpOptions m_options;
    QNetworkAccessManager* m_network = nullptr; // child; created on first use
};

} // namespace polaris::polymarket
