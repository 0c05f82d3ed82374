#include "core/venues/polymarket/HttpRequester.h"

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
Q_LOGGING_CATEGORY(lcPmHttp, "polaris.polymarket.http")

/// How one failed attempt is reported and whether it is worth another try.
struct Failure
{
    ErrorCode code;
    bool retry;
    int delayMs; // -1: use the backoff
    QString reason;
};

/// Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3); -1 when absent/bad.
int retryAfterMs(const QNetworkReply* reply)
{
    const QByteArray raw = reply->rawHeader(QByteArrayLiteral("Retry-After")).trimmed();
    if (raw.isEmpty()) {
        return -1;
    }
    bool ok = false;
    const qint64 seconds = raw.toLongLong(&ok);
    if (ok && seconds >= 0) {
        return static_cast<int>(std::min<qint64>(seconds, 24 * 3600) * 1000);
    }
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(raw), Qt::RFC2822Date);
    if (when.isValid()) {
        return static_cast<int>(
                std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(when), 0, 86'400'000));
    }
    return -1;
}

Failure classify(QNetworkReply* reply, bool tooLarge, const HttpOptions& options)
{
    if (tooLarge) {
        return {ErrorCode::TooLarge, false, -1,
                QStringLiteral("response larger than %1 bytes").arg(options.maxResponseBytes)};
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 429) {
        const int after = retryAfterMs(reply);
        return {ErrorCode::RateLimited, true,
                after < 0 ? -1 : std::min(after, options.maxRetryAfterMs),
                QStringLiteral("HTTP 429 (Retry-After: %1)")
                        .arg(QString::fromLatin1(
                                reply->rawHeader(QByteArrayLiteral("Retry-After"))))};
    }
    if (status >= 500) {
        return {ErrorCode::ServerError, true, -1, QStringLiteral("HTTP %1").arg(status)};
    }
    if (status > 0) {
        // 4xx (and anything else non-2xx that survived redirect handling) will not change on a
        // retry. The start of the body usually says why (e.g. "Payload exceeds the limit").
        const QByteArray head = reply->read(200);
        return {ErrorCode::Http, false, -1,
                QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(head))};
    }
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError: // what setTransferTimeout() produces in Qt 6.4
    case QNetworkReply::TimeoutError:
        return {ErrorCode::Timeout, true, -1,
                QStringLiteral("no data within %1 ms").arg(options.timeoutMs)};
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::SslHandshakeFailedError:
        return {ErrorCode::Io, false, -1, reply->errorString()};
    default:
        return {ErrorCode::Io, true, -1, reply->errorString()};
    }
}
} // namespace

struct HttpRequester::Call
{
    Request request;
    Callback done;
    Backoff backoff;
    int attempts = 0;
    bool tooLarge = false;
};

HttpRequester::HttpRequester(HttpOptions options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
}

HttpRequester::~HttpRequester()
{
    // Replies may still finish while the manager is torn down; nobody must hear about it.
    if (m_network) {
        const auto replies = m_network->findChildren<QNetworkReply*>();
        for (QNetworkReply* reply : replies) {
            reply->disconnect(this);
            reply->abort();
        }
    }
}

QNetworkAccessManager* HttpRequester::network()
{
    Q_ASSERT_X(QThread::currentThread() == thread(), "HttpRequester",
               "used from a thread other than the one it lives on");
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
    }
    return m_network;
}

void HttpRequester::send(Request request, Callback done)
{
    auto call = std::make_shared<Call>(
            Call{std::move(request), std::move(done),
                 Backoff({m_options.backoffBaseMs, m_options.backoffCapMs, 2.0, 0.2}), 0, false});
    ++m_inFlight;
    attempt(call);
}

void HttpRequester::attempt(const std::shared_ptr<Call>& call)
{
    auto go = [this, call] {
        ++call->attempts;
        call->tooLarge = false;
        QNetworkRequest req(call->request.url);
        req.setTransferTimeout(m_options.timeoutMs);
        req.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
        if (!call->request.body.isEmpty()) {
            req.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        }
        QNetworkReply* reply =
                network()->sendCustomRequest(req, call->request.method, call->request.body);
        const qint64 limit = m_options.maxResponseBytes;
        connect(reply, &QNetworkReply::downloadProgress, this,
                [call, reply, limit](qint64 received, qint64 total) {
                    if (!call->tooLarge && (received > limit || total > limit)) {
                        call->tooLarge = true; // abort() emits finished(); classify() sees the flag
                        reply->abort();
                    }
                });
        connect(reply, &QNetworkReply::finished, this,
                [this, call, reply] { onFinished(call, reply); });
    };
    if (call->request.limiter) {
        call->request.limiter->run(this, std::move(go));
    } else {
        go();
    }
}

void HttpRequester::onFinished(const std::shared_ptr<Call>& call, QNetworkReply* reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!call->tooLarge && reply->error() == QNetworkReply::NoError && status >= 200
        && status < 300) {
        QByteArray body = reply->readAll();
        if (body.size() <= m_options.maxResponseBytes) { // e.g. gzip expanding past the bound
            complete(call, std::move(body));
            return;
        }
        call->tooLarge = true;
    }
    const Failure failure = classify(reply, call->tooLarge, m_options);
    const QString what = QString::fromLatin1(call->request.method) + QLatin1Char(' ')
                         + call->request.url.toDisplayString();
    if (failure.retry && call->attempts < m_options.maxAttempts) {
        const int delay = failure.delayMs >= 0 ? failure.delayMs : call->backoff.nextDelayMs();
        qCWarning(lcPmHttp).noquote()
                << QStringLiteral("%1 failed (attempt %2 of %3): %4; retrying in %5 ms")
                           .arg(what, QString::number(call->attempts),
                                QString::number(m_options.maxAttempts), failure.reason,
                                QString::number(delay)); // one-pass arg(): URLs contain '%'
        QTimer::singleShot(std::chrono::milliseconds(delay), this, [this, call] { attempt(call); });
        return;
    }
    qCWarning(lcPmHttp).noquote() << QStringLiteral("%1 failed (attempt %2 of %3): %4; %5")
                                             .arg(what, QString::number(call->attempts),
                                                  QString::number(m_options.maxAttempts),
                                                  failure.reason,
                                                  failure.retry ? QStringLiteral("giving up")
                                                                : QStringLiteral("not retryable"));
    const QString detail = what + QStringLiteral(": ") + failure.reason
                           + QStringLiteral(" (after %1 attempt%2)")
                                     .arg(call->attempts)
                                     .arg(call->attempts == 1 ? QString() : QStringLiteral("s"));
    complete(call, Error{failure.code, detail.toStdString()});
}

void HttpRequester::complete(const std::shared_ptr<Call>& call, Result<QByteArray> result)
{
    --m_inFlight;
    Callback done = std::move(call->done);
    if (done) {
        done(std::move(result));
    }
}

} // namespace polaris::polymarket
