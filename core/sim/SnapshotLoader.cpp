#include "core/sim/SnapshotLoader.h"

#include "core/sim/JsonText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace polaris::sim {

namespace {

Q_LOGGING_CATEGORY(lcSnapshot, "polaris.sim.snapshot")

Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io,
                     "cannot read " + path.toStdString() + ": " + file.errorString().toStdString()};
    }
    return file.readAll();
}

/// Gamma's JSON-string-inside-JSON arrays ("[\"a\", \"b\"]").
QStringList innerStringArray(const QJsonValue& value)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue& item : array) {
        out << item.toString();
    }
    return out;
}

Decimal decimalField(const QJsonValue& value, Decimal fallback)
{
    if (value.isDouble()) {
        const auto parsed = Decimal::fromJsonNumber(value.toDouble());
        return parsed ? *parsed : fallback;
    }
    if (value.isString()) {
        const auto parsed = Decimal::parse(value.toString().toStdString());
        return parsed ? *parsed : fallback;
    }
    return fallback;
}

std::vector<BookLevel> levels(const QJsonArray& array, bool& ok)
{
    std::vector<BookLevel> out;
    for (const QJsonValue& item : array) {
        const QJsonObject level = item.toObject();
        const auto price =
                Decimal::parse(level.value(QLatin1String("price")).toString().toStdString());
        const auto size =
                Decimal::parse(level.value(QLatin1String("size")).toString().toStdString());
        if (!price || !size) {
            ok = false;
            continue;
        }
        out.push_back({*price, *size});
    }
    return out;
}

int tokenFor(SimUniverse& u, std::unordered_map<std::string, int>& index, const std::string& id)
{
    const auto [it, added] = index.emplace(id, static_cast<int>(u.tokens.size()));
    if (added) {
        SimToken& token = u.tokens.emplace_back();
        token.id = id;
        token.book = OrderBook(id);
    }
    return it->second;
}

Status
loadEvents(SimUniverse& u, const QByteArray& text, std::unordered_map<std::string, int>& tokenIndex)
{
    std::vector<json::Slice> slices;
    if (!json::splitArray(text, slices)) {
        return Error{ErrorCode::InvalidFormat, "events.json is not a JSON array"};
    }
    for (const json::Slice& slice : slices) {
        SimEvent& event = u.events.emplace_back();
        const int eventIndex = static_cast<int>(u.events.size()) - 1;
        event.json = text.mid(slice.first, slice.second);
        QJsonParseError error{};
        const QJsonObject obj = QJsonDocument::fromJson(event.json, &error).object();
        if (error.error != QJsonParseError::NoError) {
            return Error{ErrorCode::InvalidFormat, "events.json element "
                                                           + std::to_string(eventIndex) + ": "
                                                           + error.errorString().toStdString()};
        }
        event.id = obj.value(QLatin1String("id")).toString().toStdString();
        event.negRisk = obj.value(QLatin1String("negRisk")).toBool();
        event.active = obj.value(QLatin1String("active")).toBool(true);
        event.closed = obj.value(QLatin1String("closed")).toBool();
        event.archived = obj.value(QLatin1String("archived")).toBool();
        json::Slice marketsSlice;
        std::vector<json::Slice> marketSlices;
        const json::Slice whole(0, event.json.size());
        if (!json::findMember(event.json, whole, "markets", marketsSlice)
            || !json::splitArray(event.json.mid(marketsSlice.first, marketsSlice.second),
                                 marketSlices)) {
            continue; // an event without markets is still served
        }
        const QJsonArray marketArray = obj.value(QLatin1String("markets")).toArray();
        for (qsizetype i = 0;
             i < marketArray.size() && i < static_cast<qsizetype>(marketSlices.size()); ++i) {
            const QJsonObject mo = marketArray[i].toObject();
            SimMarket& m = u.markets.emplace_back();
            const int marketIndex = static_cast<int>(u.markets.size()) - 1;
            m.id = mo.value(QLatin1String("id")).toString().toStdString();
            m.conditionId = mo.value(QLatin1String("conditionId")).toString().toStdString();
            m.questionId = mo.value(QLatin1String("questionID")).toString().toStdString();
            m.event = eventIndex;
            m.jsonOffset = marketsSlice.first + marketSlices[static_cast<std::size_t>(i)].first;
            m.jsonLength = marketSlices[static_cast<std::size_t>(i)].second;
            m.tickSize = decimalField(mo.value(QLatin1String("orderPriceMinTickSize")), m.tickSize);
            m.minOrderSize = decimalField(mo.value(QLatin1String("orderMinSize")), m.minOrderSize);
            m.negRisk = mo.value(QLatin1String("negRisk")).toBool();
            m.negRiskOther = mo.value(QLatin1String("negRiskOther")).toBool();
            m.active = mo.value(QLatin1String("active")).toBool();
            m.closed = mo.value(QLatin1String("closed")).toBool();
            m.acceptingOrders = mo.value(QLatin1String("acceptingOrders")).toBool();
            m.enableOrderBook = mo.value(QLatin1String("enableOrderBook")).toBool();
            m.feesEnabled = mo.value(QLatin1String("feesEnabled")).toBool();
            const QJsonObject fees = mo.value(QLatin1String("feeSchedule")).toObject();
            m.feeRate = decimalField(fees.value(QLatin1String("rate")), Decimal());
            m.feeExponent = fees.value(QLatin1String("exponent")).toInt();
            m.feeTakerOnly = fees.value(QLatin1String("takerOnly")).toBool(true);
            const QStringList ids = innerStringArray(mo.value(QLatin1String("clobTokenIds")));
            const QStringList outcomes = innerStringArray(mo.value(QLatin1String("outcomes")));
            for (qsizetype k = 0; k < 2 && k < ids.size(); ++k) {
                const int t = tokenFor(u, tokenIndex, ids[k].toStdString());
                SimToken& token = u.tokens[static_cast<std::size_t>(t)];
                token.market = marketIndex;
                token.outcome = static_cast<int>(k);
                token.negRisk = m.negRisk;
                token.book.setMarket(m.conditionId);
                m.tokens[static_cast<std::size_t>(k)] = t;
                if (k < outcomes.size()) {
                    m.outcomes[static_cast<std::size_t>(k)] = outcomes[k].toStdString();
                }
            }
            event.markets.push_back(marketIndex);
        }
    }
    return okStatus();
}

Status
loadBooks(SimUniverse& u, const QByteArray& text, std::unordered_map<std::string, int>& tokenIndex)
{
    std::vector<json::Slice> slices;
    if (!json::splitArray(text, slices)) {
        return Error{ErrorCode::InvalidFormat, "books.json is not a JSON array"};
    }
    for (const json::Slice& slice : slices) {
        const QByteArray raw = text.mid(slice.first, slice.second);
        const QJsonObject obj = QJsonDocument::fromJson(raw).object();
        const std::string assetId = obj.value(QLatin1String("asset_id")).toString().toStdString();
        if (assetId.empty()) {
            qCWarning(lcSnapshot) << "books.json: skipping a book without asset_id";
            continue;
        }
        SimToken& token = u.tokens[static_cast<std::size_t>(tokenFor(u, tokenIndex, assetId))];
        token.hasBook = true;
        token.json = raw; // served verbatim until the walk changes it
        token.hash = obj.value(QLatin1String("hash")).toString().toUtf8();
        token.timestampMs = obj.value(QLatin1String("timestamp")).toString().toLongLong();
        token.negRisk = obj.contains(QLatin1String("neg_risk"))
                                ? obj.value(QLatin1String("neg_risk")).toBool()
                                : token.negRisk;
        token.book.setMarket(obj.value(QLatin1String("market")).toString().toStdString());
        token.book.setTickSize(
                decimalField(obj.value(QLatin1String("tick_size")), token.book.tickSize()));
        token.book.setMinOrderSize(decimalField(obj.value(QLatin1String("min_order_size")),
                                                token.book.minOrderSize()));
        token.lastTradePrice =
                decimalField(obj.value(QLatin1String("last_trade_price")), Decimal());
        bool ok = true;
        const auto bids = levels(obj.value(QLatin1String("bids")).toArray(), ok);
        const auto asks = levels(obj.value(QLatin1String("asks")).toArray(), ok);
        const Status status =
                token.book.applySnapshot(bids, asks, token.timestampMs, token.timestampMs);
        if (!ok || !status.ok()) {
            // Still served verbatim; the walk leaves books it cannot hold alone.
            qCWarning(lcSnapshot) << "book" << assetId.c_str() << "not usable for the walk:"
                                  << (status.ok() ? "bad level" : status.error().detail.c_str());
            token.book.markStale();
        }
    }
    return okStatus();
}

} // namespace

Result<std::unique_ptr<SimUniverse>> SnapshotLoader::fromTexts(const QByteArray& eventsJson,
                                                               const QByteArray& booksJson)
{
    auto u = std::make_unique<SimUniverse>();
    std::unordered_map<std::string, int> tokenIndex;
    if (Status s = loadEvents(*u, eventsJson, tokenIndex); !s.ok()) {
        return s.error();
    }
    if (Status s = loadBooks(*u, booksJson, tokenIndex); !s.ok()) {
        return s.error();
    }
    for (SimToken& token : u->tokens) {
        if (token.market >= 0) {
            const SimMarket& m = u->markets[static_cast<std::size_t>(token.market)];
            if (token.book.market().empty()) {
                token.book.setMarket(m.conditionId);
            }
        }
    }
    u->buildIndex();
    return u;
}

Result<std::unique_ptr<SimUniverse>> SnapshotLoader::load(const QString& directory,
                                                          QByteArray* meta)
{
    const auto events = readFile(directory + QLatin1String("/events.json"));
    if (!events) {
        return events.error();
    }
    const auto books = readFile(directory + QLatin1String("/books.json"));
    if (!books) {
        return books.error();
    }
    if (QFile::exists(directory + QLatin1String("/meta.json"))) {
        const auto metaText = readFile(directory + QLatin1String("/meta.json"));
        if (!metaText || QJsonDocument::fromJson(*metaText).isNull()) {
            return Error{ErrorCode::InvalidFormat, "meta.json is not valid JSON"};
        }
        if (meta) {
            *meta = *metaText;
        }
    }
    return fromTexts(*events, *books);
}

} // namespace polaris::sim
