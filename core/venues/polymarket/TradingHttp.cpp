#include "core/venues/polymarket/TradingHttp.h"

#include "core/venues/polymarket/Backoff.h"
#include "core/venues/polymarket/RateLimiter.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>

namespace polaris::polymarket {

namespace {
Q_LOGGING_CATEGORY(lcPmTradeHttp, "polaris.polymarket.trading.http")

/// Retry-After in delta-seconds (what the CLOB's proxy sends); -1 when absent or unreadable.
int retryAfterMs(const QNetworkReply* reply)
{
    bool ok = false;
    const qint64 seconds =
            reply->rawHeader(QByteArrayLiteral("Retry-After")).trimmed().toLongLong(&ok);
    return ok && seconds >= 0 ? static_cast<int>(std::min<qint64>(seconds, 3600) * 1000) : -1;
}
} // namespace

struct TradingHttp::Call
{
    Request request;
    Callback done;
    Backoff backoff;
    int attempts = 0;
    bool tooLarge = false;
};

TradingHttp::TradingHttp(TradingHttpOptions options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
}

TradingHttp::~TradingHttp()
{
    if (m_network) {
        const auto replies = m_network->findChildren<QNetworkReply*>();
        for (QNetworkReply* reply : replies) {
            reply->disconnect(this);
            reply->abort();
        }
    }
}

QNetworkAccessManager* TradingHttp::network()
{
    Q_ASSERT_X(QThread::currentThread() == thread(), "TradingHttp",
               "used from a thread other than the one it lives on");
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
    }
    return m_network;
}

void TradingHttp::send(Request request, Callback done)
{
    auto call = std::make_shared<Call>(
            Call{std::move(request), std::move(done),
                 Backoff({m_options.backoffBaseMs, m_options.backoffCapMs, 2.0, 0.2}), 0, false});
    schedule(call, 0);
}

void TradingHttp::schedule(const std::shared_ptr<Call>& call, std::int64_t delayMs)
{
    // Every attempt takes a token from each of its buckets (burst and sustained windows).
    std::int64_t wait = delayMs;
    for (RateLimiter* limiter : call->request.limiters) {
        wait = std::max(wait, limiter->reserve());
    }
    if (wait <= 0) {
        attempt(call);
        return;
    }
    QTimer::singleShot(std::chrono::milliseconds(wait), this, [this, call] { attempt(call); });
}

void TradingHttp::attempt(const std::shared_ptr<Call>& call)
{
    ++call->attempts;
    call->tooLarge = false;
    QNetworkRequest req(call->request.url);
    req.setTransferTimeout(m_options.timeoutMs);
    req.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!call->request.body.isEmpty()) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    if (call->request.headers) {
        Result<signing::HeaderList> headers = call->request.headers();
        if (!headers) {
            Callback done = std::move(call->done);
            done(headers.error()); // nothing was sent
            return;
        }
        for (const auto& [name, value] : headers.value()) {
            req.setRawHeader(name, value);
        }
    }
    QNetworkReply* reply =
            network()->sendCustomRequest(req, call->request.method, call->request.body);
    const qint64 limit = m_options.maxResponseBytes;
    connect(reply, &QNetworkReply::downloadProgress, this,
            [call, reply, limit](qint64 received, qint64 total) {
                if (!call->tooLarge && (received > limit || total > limit)) {
                    call->tooLarge = true;
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::finished, this,
            [this, call, reply] { onFinished(call, reply); });
}

void TradingHttp::onFinished(const std::shared_ptr<Call>& call, QNetworkReply* reply)
{
    reply->deleteLater();
    const QString what =
            QString::fromLatin1(call->request.method) + QLatin1Char(' ') + call->request.url.path();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    Result<HttpAnswer> result = Error{ErrorCode::Io, {}};
    bool retry = false;
    int delayMs = -1;
    QString reason;
    if (call->tooLarge) {
        result = Error{
                ErrorCode::TooLarge,
                (what
                 + QStringLiteral(": answer larger than %1 bytes").arg(m_options.maxResponseBytes))
                        .toStdString()};
        reason = QStringLiteral("too large");
    } else if (status > 0) {
        HttpAnswer answer{status, reply->readAll()};
        if (answer.body.size() > m_options.maxResponseBytes) {
            result = Error{ErrorCode::TooLarge, what.toStdString() + ": answer too large"};
        } else {
            result = std::move(answer);
        }
        retry = status == 429 || status >= 500;
        delayMs = status == 429 ? std::min(retryAfterMs(reply), m_options.maxRetryAfterMs) : -1;
        reason = QStringLiteral("HTTP %1").arg(status);
    } else {
        const bool timeout = reply->error() == QNetworkReply::OperationCanceledError
                             || reply->error() == QNetworkReply::TimeoutError;
        reason = timeout ? QStringLiteral("no answer within %1 ms").arg(m_options.timeoutMs)
                         : reply->errorString();
        result = Error{timeout ? ErrorCode::Timeout : ErrorCode::Io,
                       (what + QStringLiteral(": ") + reason).toStdString()};
        retry = reply->error() != QNetworkReply::ProtocolUnknownError
                && reply->error() != QNetworkReply::SslHandshakeFailedError;
    }
    if (retry && call->request.retryable && call->attempts < m_options.maxAttempts) {
        const int delay = delayMs >= 0 ? delayMs : call->backoff.nextDelayMs();
        qCWarning(lcPmTradeHttp).noquote()
                << QStringLiteral("%1: %2 (attempt %3 of %4); retrying in %5 ms")
                           .arg(what, reason, QString::number(call->attempts),
                                QString::number(m_options.maxAttempts), QString::number(delay));
        schedule(call, delay);
        return;
    }
    if (!result.ok() || status >= 400) {
        qCWarning(lcPmTradeHttp).noquote()
                << QStringLiteral("%1: %2 (attempt %3%4)")
                           .arg(what, reason, QString::number(call->attempts),
                                call->request.retryable ? QString()
                                                        : QStringLiteral(", never retried"));
    }
    Callback done = std::move(call->done);
    if (done) {
        done(std::move(result));
    }
}

} // namespace polaris::polymarket
