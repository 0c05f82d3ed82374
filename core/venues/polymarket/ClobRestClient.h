#pragma once

#include "core/util/Result.h"
#include "core/venues/polymarket/HttpRequester.h"
#include "core/venues/polymarket/RateLimiter.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

namespace polaris::polymarket {

struct ClobRestOptions
{
    int booksBatchSize = 100; ///< ids per POST /books; clamped to [1, 500] (spec §2: >500 -> 400)
    int maxBooksInFlight = 4; ///< concurrent POST /books requests
    RateLimit booksLimit{500, 10'000};     ///< POST /books
    RateLimit bookLimit{1'500, 10'000};    ///< GET /book
    RateLimit tickSizeLimit{200, 10'000};  ///< GET /tick-size
    RateLimit generalLimit{9'000, 10'000}; ///< everything else (fee-rate, version, clob-markets)
    HttpOptions http;
};

/// Public CLOB REST market data: order-book snapshots and per-market parameters, delivered as
/// raw JSON (parsing is BookParser's job). Lives on a venue worker thread; its HttpRequester is
/// created lazily in the first slot call there. Call the slots through queued connections.
class ClobRestClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxBooksPerRequest = 500;

    enum class Endpoint { Books, Book, TickSize, FeeRate, Version, ClobMarket };
    Q_ENUM(Endpoint)

    explicit ClobRestClient(QUrl baseUrl, ClobRestOptions options = {}, QObject* parent = nullptr);

    /// The body POST /books sends for these ids: [{"token_id":"…"},…].
    static QByteArray booksRequestBody(const QStringList& tokenIds);

public Q_SLOTS:
    /// POST /books in batches of booksBatchSize; one booksBatch (or booksBatchFailed) per batch,
    /// then booksFinished() once no batch of any fetchBooks call is queued or in flight.
    void fetchBooks(const QStringList& tokenIds);
    void fetchBook(const QString& tokenId);           ///< GET /book?token_id=
    void fetchTickSize(const QString& tokenId);       ///< GET /tick-size?token_id=
    void fetchFeeRate(const QString& tokenId);        ///< GET /fee-rate?token_id=
    void fetchVersion();                              ///< GET /version
    void fetchClobMarket(const QString& conditionId); ///< GET /clob-markets/{condition_id}

Q_SIGNALS:
    /// A JSON array of OrderBookSummary for (at most) the ids requested in this batch.
    void booksBatch(QByteArray json, QStringList tokenIds);
    void booksBatchFailed(QStringList tokenIds, polaris::Error error);
    void booksFinished();

    void bookReceived(QString tokenId, QByteArray json);
    void tickSizeReceived(QString tokenId, QByteArray json);
    void feeRateReceived(QString tokenId, QByteArray json);
    void versionReceived(QByteArray json);
    void clobMarketReceived(QString conditionId, QByteArray json);
    /// A single-key request failed after retries; key is the token / condition id ("" for version).
    void requestFailed(polaris::polymarket::ClobRestClient::Endpoint endpoint,
                       QString key,
                       polaris::Error error);

private:
    HttpRequester* http();
    QUrl endpointUrl(const QString& path, const QString& tokenId = QString()) const;
    void pumpBooks();
    void getOne(Endpoint endpoint, const QUrl& url, const QString& key, RateLimiter* limiter);

    QUrl m_baseUrl;
    ClobRestOptions m_options;
    HttpRequester* m_http = nullptr; // child, created on first use (worker thread)
    RateLimiter m_booksLimiter;
    RateLimiter m_bookLimiter;
    RateLimiter m_tickSizeLimiter;
    RateLimiter m_generalLimiter;
    QList<QStringList> m_pendingBatches;
    int m_booksInFlight = 0;
};

} // namespace polaris::polymarket
