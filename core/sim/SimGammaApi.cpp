#include "core/sim/SimGammaApi.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

namespace polaris::sim {

namespace {

constexpr int kDefaultLimit = 20;
constexpr int kMaxLimit = 1000;

/// Reads a non-negative integer parameter; false on junk.
bool intParam(const QUrlQuery& query, const char* key, int fallback, int& out)
{
    const QString text = query.queryItemValue(QLatin1String(key));
    if (text.isEmpty()) {
        out = fallback;
        return true;
    }
    bool ok = false;
    out = text.toInt(&ok);
    return ok && out >= 0;
}

/// -1 = not given, 0 = false, 1 = true, 2 = junk.
int boolParam(const QUrlQuery& query, const char* key)
{
    if (!query.hasQueryItem(QLatin1String(key))) {
        return -1;
    }
    const QString text = query.queryItemValue(QLatin1String(key)).toLower();
    return text == QLatin1String("true") ? 1 : text == QLatin1String("false") ? 0 : 2;
}

bool matches(int filter, bool value)
{
    return filter < 0 || (filter == 1) == value;
}

/// Repeated (`?a=x&a=y`) or comma-separated (`?a=x,y`) values.
QStringList listParam(const QUrlQuery& query, const char* key)
{
    QStringList out;
    for (const QString& value : query.allQueryItemValues(QLatin1String(key), QUrl::FullyDecoded)) {
        out += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    return out;
}

HttpResponse page(const std::vector<QByteArray>& items)
{
    qsizetype size = 2;
    for (const QByteArray& item : items) {
        size += item.size() + 1;
    }
    QByteArray body;
    body.reserve(size);
    body += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            body += ',';
        }
        body += items[i];
    }
    body += ']';
    return HttpResponse::json(200, body);
}

} // namespace

std::optional<HttpResponse> SimGammaApi::handle(const HttpRequest& request) const
{
    if (request.path == QLatin1String("/events")) {
        return request.method == "GET" ? events(request)
                                       : HttpResponse::error(405, "method not allowed");
    }
    if (request.path == QLatin1String("/markets")) {
        return request.method == "GET" ? markets(request)
                                       : HttpResponse::error(405, "method not allowed");
    }
    return std::nullopt;
}

HttpResponse SimGammaApi::events(const HttpRequest& request) const
{
    int limit = 0, offset = 0;
    if (!intParam(request.query, "limit", kDefaultLimit, limit)
        || !intParam(request.query, "offset", 0, offset)) {
        return HttpResponse::error(422, "limit and offset must be non-negative integers");
    }
    limit = std::min(limit, kMaxLimit);
    const int active = boolParam(request.query, "active");
    const int closed = boolParam(request.query, "closed");
    const int archived = boolParam(request.query, "archived");
    if (active == 2 || closed == 2 || archived == 2) {
        return HttpResponse::error(422, "active, closed and archived must be true or false");
    }
    const QStringList ids = listParam(request.query, "id");
    const QSet<QString> idSet(ids.begin(), ids.end());
    std::vector<QByteArray> items;
    int skipped = 0;
    for (const SimEvent& event : m_universe.events) {
        if (static_cast<int>(items.size()) >= limit) {
            break;
        }
        if (!matches(active, event.active) || !matches(closed, event.closed)
            || !matches(archived, event.archived)
            || (!idSet.isEmpty() && !idSet.contains(QString::fromStdString(event.id)))) {
            continue;
        }
        if (skipped++ < offset) {
            continue;
        }
        items.push_back(event.json);
    }
    return page(items);
}

HttpResponse SimGammaApi::markets(const HttpRequest& request) const
{
    int limit = 0, offset = 0;
    if (!intParam(request.query, "limit", kDefaultLimit, limit)
        || !intParam(request.query, "offset", 0, offset)) {
        return HttpResponse::error(422, "limit and offset must be non-negative integers");
    }
    limit = std::min(limit, kMaxLimit);
    const int active = boolParam(request.query, "active");
    int closed = boolParam(request.query, "closed");
    if (active == 2 || closed == 2) {
        return HttpResponse::error(422, "active and closed must be true or false");
    }
    closed = closed < 0 ? 0 : closed; // Gamma's /markets defaults to closed=false

    // Explicit id filters select markets directly; otherwise scan everything in order.
    std::vector<int> selected;
    const QStringList conditions = listParam(request.query, "condition_ids");
    const QStringList tokens = listParam(request.query, "clob_token_ids");
    const QStringList ids = listParam(request.query, "id");
    const bool filtered = !conditions.isEmpty() || !tokens.isEmpty() || !ids.isEmpty();
    if (filtered) {
        for (const QString& c : conditions) {
            selected.push_back(m_universe.findMarketByCondition(c.toStdString()));
        }
        for (const QString& t : tokens) {
            const int token = m_universe.findToken(t.toStdString());
            selected.push_back(
                    token < 0 ? -1 : m_universe.tokens[static_cast<std::size_t>(token)].market);
        }
        const QSet<QString> idSet(ids.begin(), ids.end());
        for (std::size_t m = 0; m < m_universe.markets.size() && !idSet.isEmpty(); ++m) {
            if (idSet.contains(QString::fromStdString(m_universe.markets[m].id))) {
                selected.push_back(static_cast<int>(m));
            }
        }
        std::sort(selected.begin(), selected.end());
        selected.erase(std::unique(selected.begin(), selected.end()), selected.end());
        selected.erase(std::remove(selected.begin(), selected.end(), -1), selected.end());
    }
    std::vector<QByteArray> items;
    int skipped = 0;
    const std::size_t count = filtered ? selected.size() : m_universe.markets.size();
    for (std::size_t i = 0; i < count && static_cast<int>(items.size()) < limit; ++i) {
        const int m = filtered ? selected[i] : static_cast<int>(i);
        const SimMarket& market = m_universe.markets[static_cast<std::size_t>(m)];
        if (!matches(active, market.active) || !matches(closed, market.closed)) {
            continue;
        }
        if (skipped++ < offset) {
            continue;
        }
        items.push_back(m_universe.marketJson(m));
    }
    return page(items);
}

} // namespace polaris::sim
