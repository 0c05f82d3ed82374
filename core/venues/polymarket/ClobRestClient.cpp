#include "core/venues/polymarket/ClobRestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrlQuery>

#include <algorithm>

namespace polaris::polymarket {

namespace {
Q_LOGGING_CATEGORY(lcPmClob, "polaris.polymarket.clob")
}

ClobRestClient::ClobRestClient(QUrl baseUrl, ClobRestOptions options, QObject* parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_options(options)
    , m_booksLimiter(QStringLiteral("clob /books"), options.booksLimit)
    , m_bookLimiter(QStringLiteral("clob /book"), options.bookLimit)
    , m_tickSizeLimiter(QStringLiteral("clob /tick-size"), options.tickSizeLimit)
    , m_generalLimiter(QStringLiteral("clob general"), options.generalLimit)
{
    m_options.booksBatchSize = std::clamp(m_options.booksBatchSize, 1, kMaxBooksPerRequest);
    m_options.maxBooksInFlight = std::max(1, m_options.maxBooksInFlight);
}

HttpRequester* ClobRestClient::http()
{
    if (!m_http) {
        m_http = new HttpRequester(m_options.http, this);
    }
    return m_http;
}

QUrl ClobRestClient::endpointUrl(const QString& path, const QString& tokenId) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    url.setPath(base + path);
    if (!tokenId.isNull()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("token_id"), tokenId);
        url.setQuery(query);
    }
    return url;
}

QByteArray ClobRestClient::booksRequestBody(const QStringList& tokenIds)
{
    QJsonArray array;
    for (const QString& id : tokenIds) {
        array.append(QJsonObject{{QStringLiteral("token_id"), id}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

void ClobRestClient::fetchBooks(const QStringList& tokenIds)
{
    const int size = m_options.booksBatchSize;
    for (qsizetype i = 0; i < tokenIds.size(); i += size) {
        m_pendingBatches.append(tokenIds.mid(i, size));
    }
    if (m_pendingBatches.isEmpty() && m_booksInFlight == 0) {
        Q_EMIT booksFinished(); // nothing asked: still tell the caller it is done
        return;
    }
    pumpBooks();
}

void ClobRestClient::pumpBooks()
{
    while (!m_pendingBatches.isEmpty() && m_booksInFlight < m_options.maxBooksInFlight) {
        QStringList ids = m_pendingBatches.takeFirst();
        ++m_booksInFlight;
        HttpRequester::Request request{QByteArrayLiteral("POST"),
                                       endpointUrl(QStringLiteral("/books")), booksRequestBody(ids),
                                       &m_booksLimiter};
        http()->send(std::move(request), [this, ids](Result<QByteArray> result) {
            --m_booksInFlight;
            if (result.ok()) {
                Q_EMIT booksBatch(result.value(), ids);
            } else {
                qCWarning(lcPmClob) << "POST /books failed for" << ids.size() << "ids";
                Q_EMIT booksBatchFailed(ids, result.error());
            }
            pumpBooks();
            if (m_pendingBatches.isEmpty() && m_booksInFlight == 0) {
                Q_EMIT booksFinished();
            }
        });
    }
}

void ClobRestClient::getOne(Endpoint endpoint,
                            const QUrl& url,
                            const QString& key,
                            RateLimiter* limiter)
{
    http()->send({QByteArrayLiteral("GET"), url, {}, limiter},
                 [this, endpoint, key](Result<QByteArray> result) {
                     if (!result.ok()) {
                         Q_EMIT requestFailed(endpoint, key, result.error());
                         return;
                     }
                     const QByteArray& json = result.value();
                     switch (endpoint) {
                     case Endpoint::Book:
                         Q_EMIT bookReceived(key, json);
                         break;
                     case Endpoint::TickSize:
                         Q_EMIT tickSizeReceived(key, json);
                         break;
                     case Endpoint::FeeRate:
                         Q_EMIT feeRateReceived(key, json);
                         break;
                     case Endpoint::Version:
                         Q_EMIT versionReceived(json);
                         break;
                     case Endpoint::ClobMarket:
                         Q_EMIT clobMarketReceived(key, json);
                         break;
                     case Endpoint::Books:
                         break; // batched path, never through getOne
                     }
                 });
}

void ClobRestClient::fetchBook(const QString& tokenId)
{
    getOne(Endpoint::Book, endpointUrl(QStringLiteral("/book"), tokenId), tokenId, &m_bookLimiter);
}

void ClobRestClient::fetchTickSize(const QString& tokenId)
{
    getOne(Endpoint::TickSize, endpointUrl(QStringLiteral("/tick-size"), tokenId), tokenId,
           &m_tickSizeLimiter);
}

void ClobRestClient::fetchFeeRate(const QString& tokenId)
{
    getOne(Endpoint::FeeRate, endpointUrl(QStringLiteral("/fee-rate"), tokenId), tokenId,
           &m_generalLimiter);
}

void ClobRestClient::fetchVersion()
{
    getOne(Endpoint::Version, endpointUrl(QStringLiteral("/version")), QString(),
           &m_generalLimiter);
}

void ClobRestClient::fetchClobMarket(const QString& conditionId)
{
    // The id is a path segment: percent-encode so a malformed id cannot change the path.
    const QString segment = QString::fromLatin1(QUrl::toPercentEncoding(conditionId));
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    url.setPath(base + QStringLiteral("/clob-markets/") + segment, QUrl::TolerantMode);
    getOne(Endpoint::ClobMarket, url, conditionId, &m_generalLimiter);
}

} // namespace polaris::polymarket
