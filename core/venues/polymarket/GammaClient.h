#pragma once

#include "core/util/Result.h"
#include "core/venues/polymarket/HttpRequester.h"
#include "core/venues/polymarket/RateLimiter.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace simdjson::dom {
class parser;
}

namespace polaris::polymarket {

struct GammaOptions
{
    int pageSize = 100;   ///< `limit`; the spec's usual loop (the server maximum is undocumented)
    int concurrency = 2;  ///< pages in flight at once
    int maxPages = 2'000; ///< guard against a server that never returns a short page
    RateLimit eventsLimit{500, 10'000}; ///< spec §1.1: GET /events 500 per 10 s
    HttpOptions http;
};

/// Downloads the active Gamma event catalogue page by page and hands each raw page (a JSON array
/// of Event objects, unparsed) to whoever listens. Lives on a venue worker thread; its
/// HttpRequester and timers are created there (lazily / as children), so construct it, move it
/// with WorkerThread::adopt() and call its slots through queued connections.
///
/// Gamma has no change feed: incremental refresh simply re-pages the catalogue on a timer
/// (startPeriodicRefresh); the owner diffs by id. Markets created between refreshes also arrive
/// on the market WebSocket as `new_market` events (custom_feature_enabled).
class GammaClient : public QObject
{
    Q_OBJECT
public:
    explicit GammaClient(QUrl baseUrl, GammaOptions options = {}, QObject* parent = nullptr);
    ~GammaClient() override;

    bool isFetching() const { return m_running; }

public Q_SLOTS:
    /// GET /events?active=true&closed=false&archived=false&limit=N&offset=k*N for k = 0, 1, …
    /// until a page holds fewer than N events. Ignored while a run is in progress.
    void fetchAllEvents();
    /// Re-runs fetchAllEvents() every intervalMs (skipped while a run is still going).
    void startPeriodicRefresh(int intervalMs);
    void stopPeriodicRefresh();

Q_SIGNALS:
    /// One non-empty page, exactly as received, and the offset it was requested at. With
    /// concurrency > 1 pages may arrive out of offset order.
    void eventsPage(QByteArray page, int offset);
    /// The run ended at a short page; `pages` eventsPage signals were emitted.
    void eventsFinished(int pages);
    /// The run was abandoned (a page failed after retries, was not a JSON array, or maxPages).
    void failed(polaris::Error error);

private:
    void issuePages();
    void onPage(quint64 run, int offset, Result<QByteArray> result);
    void finish(const Error* error);
    QUrl pageUrl(int offset) const;

    QUrl m_baseUrl;
    GammaOptions m_options;
    HttpRequester* m_http = nullptr; // child, created on first fetch (worker thread)
    RateLimiter m_limiter;
    QTimer* m_refreshTimer = nullptr;
    std::unique_ptr<simdjson::dom::parser> m_json; // reused: validates and counts each page

    bool m_running = false;
    quint64 m_run = 0; // generation: callbacks of an abandoned run are ignored
    int m_nextOffset = 0;
    int m_inFlight = 0;
    int m_issued = 0;
    int m_pages = 0;
    bool m_sawShortPage = false;
};

} // namespace polaris::polymarket
