#include "core/venues/polymarket/GammaClient.h"

#include <QLoggingCategory>
#include <QUrlQuery>

#include <algorithm>

#include <simdjson.h>

namespace polaris::polymarket {

namespace {
Q_LOGGING_CATEGORY(lcPmGamma, "polaris.polymarket.gamma")
}

GammaClient::GammaClient(QUrl baseUrl, GammaOptions options, QObject* parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_options(options)
    , m_limiter(QStringLiteral("gamma /events"), options.eventsLimit)
    , m_json(std::make_unique<simdjson::dom::parser>())
{
    m_options.pageSize = std::max(1, m_options.pageSize);
    m_options.concurrency = std::max(1, m_options.concurrency);
    m_options.maxPages = std::max(1, m_options.maxPages);
}

GammaClient::~GammaClient() = default;

QUrl GammaClient::pageUrl(int offset) const
{
    QUrl url = m_baseUrl;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/'))) {
        path += QLatin1Char('/');
    }
    url.setPath(path + QStringLiteral("events"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("active"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("closed"), QStringLiteral("false"));
    query.addQueryItem(QStringLiteral("archived"), QStringLiteral("false"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    url.setQuery(query);
    return url;
}

void GammaClient::fetchAllEvents()
{
    if (m_running) {
        qCDebug(lcPmGamma) << "event paging already running; request ignored";
        return;
    }
    if (!m_http) {
        m_http = new HttpRequester(m_options.http, this); // first slot call: on the worker thread
    }
    m_running = true;
    ++m_run;
    m_nextOffset = 0;
    m_inFlight = 0;
    m_issued = 0;
    m_pages = 0;
    m_sawShortPage = false;
    issuePages();
}

void GammaClient::issuePages()
{
    while (m_running && !m_sawShortPage && m_inFlight < m_options.concurrency
           && m_issued < m_options.maxPages) {
        const int offset = m_nextOffset;
        m_nextOffset += m_options.pageSize;
        ++m_inFlight;
        ++m_issued;
        const quint64 run = m_run;
        m_http->send({QByteArrayLiteral("GET"), pageUrl(offset), {}, &m_limiter},
                     [this, run, offset](Result<QByteArray> result) {
                         onPage(run, offset, std::move(result));
                     });
    }
}

void GammaClient::onPage(quint64 run, int offset, Result<QByteArray> result)
{
    if (run != m_run || !m_running) {
        return; // an abandoned run
    }
    --m_inFlight;
    if (!result.ok()) {
        finish(&result.error());
        return;
    }
    const QByteArray& page = result.value();
    simdjson::dom::array events;
    const auto parseError = m_json->parse(page.constData(), static_cast<size_t>(page.size()))
                                    .get_array()
                                    .get(events);
    if (parseError) {
        const Error error{ErrorCode::InvalidFormat,
                          "Gamma /events page at offset " + std::to_string(offset)
                                  + " is not a JSON array: " + simdjson::error_message(parseError)};
        finish(&error);
        return;
    }
    const size_t count = events.size();
    if (count > 0) {
        ++m_pages;
        Q_EMIT eventsPage(page, offset);
        if (run != m_run || !m_running) {
            return; // a receiver restarted or abandoned the run (direct connection)
        }
    }
    if (count < static_cast<size_t>(m_options.pageSize)) {
        m_sawShortPage = true;
    }
    issuePages();
    if (m_inFlight == 0) {
        if (m_sawShortPage) {
            finish(nullptr);
        } else {
            const Error error{ErrorCode::TooLarge, "Gamma /events: no short page within "
                                                           + std::to_string(m_options.maxPages)
                                                           + " pages"};
            finish(&error);
        }
    }
}

void GammaClient::finish(const Error* error)
{
    m_running = false;
    ++m_run; // late answers of this run (other pages in flight) are dropped
    if (error) {
        qCWarning(lcPmGamma).noquote()
                << "event paging failed:" << QString::fromStdString(error->detail);
        Q_EMIT failed(*error);
    } else {
        qCInfo(lcPmGamma) << "event paging finished:" << m_pages << "pages";
        Q_EMIT eventsFinished(m_pages);
    }
}

void GammaClient::startPeriodicRefresh(int intervalMs)
{
    if (!m_refreshTimer) {
        m_refreshTimer = new QTimer(this);
        connect(m_refreshTimer, &QTimer::timeout, this, [this] {
            if (!m_running) {
                fetchAllEvents();
            }
        });
    }
    m_refreshTimer->start(std::max(1, intervalMs));
}

void GammaClient::stopPeriodicRefresh()
{
    if (m_refreshTimer) {
        m_refreshTimer->stop();
    }
}

} // namespace polaris::polymarket
