#include "core/sim/SimClobApi.h"

#include "core/sim/JsonText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace polaris::sim {

namespace {

bool allDigits(const QString& text)
{
    if (text.isEmpty() || text.size() > 80) {
        return false;
    }
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    return true;
}

QByteArray text(const Decimal& d)
{
    return QByteArray::fromStdString(d.toString());
}

} // namespace

std::optional<HttpResponse> SimClobApi::handle(const HttpRequest& request)
{
    const QString& path = request.path;
    if (path == QLatin1String("/books")) {
        return request.method == "POST" ? books(request)
                                        : HttpResponse::error(405, "method not allowed");
    }
    if (request.method != "GET") {
        return std::nullopt;
    }
    if (path == QLatin1String("/ok")) {
        return HttpResponse::json(200, "\"OK\"");
    }
    if (path == QLatin1String("/version")) {
        return HttpResponse::json(200, "{\"version\":2}");
    }
    if (path == QLatin1String("/time")) {
        return HttpResponse::json(200, QByteArray::number(QDateTime::currentSecsSinceEpoch()));
    }
    if (path.startsWith(QLatin1String("/clob-markets/"))) {
        return clobMarket(path.mid(14));
    }
    static const char* const kTokenPaths[] = {"/book",     "/tick-size",       "/neg-risk",
                                              "/fee-rate", "/midpoint",        "/price",
                                              "/spread",   "/last-trade-price"};
    for (const char* tokenPath : kTokenPaths) {
        if (path == QLatin1String(tokenPath)) {
            return tokenEndpoint(path, request);
        }
    }
    return std::nullopt;
}

int SimClobApi::tokenParam(const HttpRequest& request, HttpResponse& error) const
{
    const QString id = request.query.queryItemValue(QLatin1String("token_id"));
    if (!allDigits(id)) {
        error = HttpResponse::error(400, "Invalid token id");
        return -1;
    }
    const int token = m_universe.findToken(id.toStdString());
    if (token < 0 || !m_universe.tokens[static_cast<std::size_t>(token)].hasBook) {
        error = HttpResponse::error(404, "No orderbook exists for the requested token id");
        return -1;
    }
    return token;
}

HttpResponse SimClobApi::tokenEndpoint(const QString& path, const HttpRequest& request)
{
    HttpResponse error;
    const int index = tokenParam(request, error);
    if (index < 0) {
        return error;
    }
    SimToken& token = m_universe.tokens[static_cast<std::size_t>(index)];
    const OrderBook& book = token.book;
    if (path == QLatin1String("/book")) {
        return HttpResponse::json(200, m_universe.bookJson(index));
    }
    if (path == QLatin1String("/tick-size")) {
        return HttpResponse::json(200, "{\"minimum_tick_size\":" + text(book.tickSize()) + '}');
    }
    if (path == QLatin1String("/neg-risk")) {
        return HttpResponse::json(200,
                                  token.negRisk ? "{\"neg_risk\":true}" : "{\"neg_risk\":false}");
    }
    if (path == QLatin1String("/fee-rate")) {
        return HttpResponse::json(200, "{\"base_fee\":0}");
    }
    if (path == QLatin1String("/last-trade-price")) {
        const Decimal last =
                token.lastTradePrice.isZero() ? Decimal::fromMicros(500'000) : token.lastTradePrice;
        return HttpResponse::json(200, "{\"price\":\"" + text(last) + "\",\"side\":\"\"}");
    }
    const auto bid = book.bestBid();
    const auto ask = book.bestAsk();
    if (path == QLatin1String("/price")) {
        const QString side = request.query.queryItemValue(QLatin1String("side")).toUpper();
        if (side != QLatin1String("BUY") && side != QLatin1String("SELL")) {
            return HttpResponse::error(400, "Invalid side");
        }
        // D1: BUY -> best bid, SELL -> best ask.
        const auto level = side == QLatin1String("BUY") ? bid : ask;
        if (!level) {
            return HttpResponse::error(404, "No orderbook exists for the requested token id");
        }
        return HttpResponse::json(200, "{\"price\":" + text(level->price) + '}');
    }
    if (!bid || !ask) {
        return HttpResponse::error(404, "No orderbook exists for the requested token id");
    }
    if (path == QLatin1String("/midpoint")) {
        const Decimal mid =
                Decimal::div(bid->price + ask->price, Decimal::fromInt(2), Rounding::Nearest);
        return HttpResponse::json(200, "{\"mid\":\"" + text(mid) + "\"}");
    }
    return HttpResponse::json(200,
                              "{\"spread\":\"" + text(ask->price - bid->price) + "\"}"); // /spread
}

HttpResponse SimClobApi::books(const HttpRequest& request)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        return HttpResponse::error(400, "Invalid payload");
    }
    const QJsonArray array = doc.array();
    if (array.size() > kMaxBooksPerRequest) {
        return HttpResponse::error(400, "Payload exceeds the limit");
    }
    std::vector<int> found;
    found.reserve(static_cast<std::size_t>(array.size()));
    qsizetype bytes = 2;
    for (const QJsonValue& item : array) {
        const QString id = item.toObject().value(QLatin1String("token_id")).toString();
        if (!allDigits(id)) {
            return HttpResponse::error(400, "Invalid token id");
        }
        const int token = m_universe.findToken(id.toStdString());
        if (token >= 0 && m_universe.tokens[static_cast<std::size_t>(token)].hasBook) {
            found.push_back(token);
            bytes += m_universe.bookJson(token).size() + 1;
        }
    }
    QByteArray body;
    body.reserve(bytes);
    body += '[';
    for (std::size_t i = 0; i < found.size(); ++i) {
        if (i > 0) {
            body += ',';
        }
        body += m_universe.bookJson(found[i]);
    }
    body += ']';
    return HttpResponse::json(200, body);
}

HttpResponse SimClobApi::clobMarket(const QString& conditionId) const
{
    const int index = m_universe.findMarketByCondition(conditionId.toStdString());
    if (index < 0) {
        return HttpResponse::error(404, "market not found");
    }
    const SimMarket& m = m_universe.markets[static_cast<std::size_t>(index)];
    QByteArray out = "{";
    json::appendMember(out, "c", m.conditionId);
    out += "\"t\":[";
    for (std::size_t k = 0; k < 2; ++k) {
        if (m.tokens[k] < 0) {
            continue;
        }
        out += "{";
        json::appendMember(out, "t", m_universe.tokens[static_cast<std::size_t>(m.tokens[k])].id);
        json::appendMember(out, "o", m.outcomes[k]);
        json::close(out, '}');
        out += ',';
    }
    json::close(out, ']');
    out += ',';
    json::appendRawMember(out, "mts", m.tickSize.toString());
    if (m.negRisk) {
        json::appendBoolMember(out, "nr", true);
    }
    if (m.feesEnabled) {
        out += "\"fd\":{";
        json::appendRawMember(out, "r", m.feeRate.toString());
        json::appendRawMember(out, "e", std::to_string(m.feeExponent));
        json::appendBoolMember(out, "to", m.feeTakerOnly);
        json::close(out, '}');
        out += ',';
    }
    json::appendRawMember(out, "mbf", "0");
    json::appendRawMember(out, "tbf", "0");
    json::appendRawMember(out, "r", "null");
    json::appendBoolMember(out, "ao", m.acceptingOrders);
    json::appendRawMember(out, "mos", m.minOrderSize.toString());
    json::appendRawMember(out, "sd", "0");
    json::appendBoolMember(out, "cbos", false);
    json::appendBoolMember(out, "rfqe", false);
    json::appendBoolMember(out, "itode", false);
    json::appendBoolMember(out, "ibce", false);
    json::appendRawMember(out, "oas", "0");
    json::close(out, '}');
    return HttpResponse::json(200, out);
}

} // namespace polaris::sim
