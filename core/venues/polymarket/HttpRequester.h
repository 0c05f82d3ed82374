#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace polaris::polymarket {

class RateLimiter;

/// Timeouts, retry and size bounds of one HttpRequester.
struct HttpOptions
{
    int timeoutMs = 10'000;                        ///< per attempt, without any byte transferred
    int maxAttempts = 4;                           ///< first try included
    int backoffBaseMs = 250;                       ///< exponential, with jitter
    int backoffCapMs = 8'000;                      ///< largest computed retry delay
    int maxRetryAfterMs = 60'000;                  ///< bound on a venue's Retry-After
    qint64 maxResponseBytes = 256LL * 1024 * 1024; ///< larger bodies fail with TooLarge
};

/// The retrying HTTP layer under the Polymarket REST clients. Owns a QNetworkAccessManager,
/// created lazily on the first send() so that it lives on the caller's (worker) thread; this
/// object must be used only from that thread.
///
/// Per request: an optional client-side rate limiter is passed before every attempt; each attempt
/// has a transfer timeout; 429 (honouring Retry-After), 5xx, timeouts and connection errors are
/// retried with exponential backoff plus jitter; other 4xx are final; bodies above the size bound
/// are aborted. Failures are logged with URL and reason and end as a polaris::Error whose code is
/// RateLimited, ServerError, Timeout, Http, Io or TooLarge.
class HttpRequester : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method = QByteArrayLiteral("GET");
        QUrl url;
        QByteArray body;                ///< sent as application/json when not empty
        RateLimiter* limiter = nullptr; ///< not owned; must outlive the request
    };
    using Callback = std::function<void(Result<QByteArray>)>;

    explicit HttpRequester(HttpOptions options = {}, QObject* parent = nullptr);
    ~HttpRequester() override;

    /// Starts the request; `done` runs exactly once on this thread, unless this object is
    /// destroyed first (then never).
    void send(Request request, Callback done);

    int inFlight() const { return m_inFlight; }
    const HttpOptions& options() const { return m_options; }

private:
    struct Call;
    void attempt(const std::shared_ptr<Call>& call);
    void onFinished(const std::shared_ptr<Call>& call, QNetworkReply* reply);
    void complete(const std::shared_ptr<Call>& call, Result<QByteArray> result);
    QNetworkAccessManager* network();

    HttpOptions m_options;
    QNetworkAccessManager* m_network = nullptr; // child; created on first use
    int m_inFlight = 0;
};

} // namespace polaris::polymarket
