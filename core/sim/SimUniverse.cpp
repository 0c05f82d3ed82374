#include "core/sim/SimUniverse.h"

#include "core/sim/JsonText.h"

#include <QCryptographicHash>

#include <ranges>

namespace polaris::sim {

namespace {

void appendDecimal(QByteArray& out, Decimal value)
{
    out += value.toString();
}

void appendLevels(QByteArray& out, std::span<const BookLevel> bestFirst)
{
    // The real venue puts the best level LAST in each array; we mirror that.
    out += '[';
    for (const BookLevel& level : std::views::reverse(bestFirst)) {
        out += "{\"price\":\"";
        appendDecimal(out, level.price);
        out += "\",\"size\":\"";
        appendDecimal(out, level.size);
        out += "\"},";
    }
    json::close(out, ']');
}

} // namespace

void SimUniverse::buildIndex()
{
    m_tokenIndex.clear();
    m_conditionIndex.clear();
    m_tokenIndex.reserve(tokens.size());
    m_conditionIndex.reserve(markets.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        m_tokenIndex.emplace(tokens[i].id, static_cast<int>(i));
    }
    for (std::size_t i = 0; i < markets.size(); ++i) {
        m_conditionIndex.emplace(markets[i].conditionId, static_cast<int>(i));
    }
}

int SimUniverse::findToken(std::string_view id) const
{
    const auto it = m_tokenIndex.find(std::string(id));
    return it == m_tokenIndex.end() ? -1 : it->second;
}

int SimUniverse::findMarketByCondition(std::string_view conditionId) const
{
    const auto it = m_conditionIndex.find(std::string(conditionId));
    return it == m_conditionIndex.end() ? -1 : it->second;
}

QByteArray SimUniverse::levelsHash(const OrderBook& book)
{
    QByteArray text;
    text.reserve(64 + 24 * static_cast<qsizetype>(book.bids().size() + book.asks().size()));
    text += book.assetId();
    for (const auto& [tag, levels] : {std::pair{'b', book.bids()}, std::pair{'a', book.asks()}}) {
        text += '|';
        text += tag;
        for (const BookLevel& level : levels) {
            text += level.price.toString();
            text += ':';
            text += level.size.toString();
            text += ',';
        }
    }
    return QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex();
}

void SimUniverse::touchBook(int token, std::int64_t nowMs)
{
    SimToken& t = tokens[static_cast<std::size_t>(token)];
    t.hash = levelsHash(t.book);
    t.timestampMs = nowMs;
    t.json.clear();
}

const QByteArray& SimUniverse::bookJson(int token)
{
    SimToken& t = tokens[static_cast<std::size_t>(token)];
    if (!t.json.isEmpty()) {
        return t.json;
    }
    if (t.hash.isEmpty()) {
        t.hash = levelsHash(t.book);
    }
    QByteArray& out = t.json;
    out.reserve(400 + 40 * static_cast<qsizetype>(t.book.bids().size() + t.book.asks().size()));
    out += '{';
    json::appendMember(out, "market", t.book.market());
    json::appendMember(out, "asset_id", t.id);
    json::appendMember(out, "timestamp", std::to_string(t.timestampMs));
    json::appendMember(
            out, "hash",
            std::string_view(t.hash.constData(), static_cast<std::size_t>(t.hash.size())));
    json::appendKey(out, "bids");
    appendLevels(out, t.book.bids());
    out += ',';
    json::appendKey(out, "asks");
    appendLevels(out, t.book.asks());
    out += ',';
    json::appendMember(out, "min_order_size", t.book.minOrderSize().toString());
    json::appendMember(out, "tick_size", t.book.tickSize().toString());
    json::appendBoolMember(out, "neg_risk", t.negRisk);
    json::appendMember(out, "last_trade_price", t.lastTradePrice.toString());
    json::close(out, '}');
    return out;
}

QByteArray SimUniverse::marketJson(int market) const
{
    const SimMarket& m = markets[static_cast<std::size_t>(market)];
    return events[static_cast<std::size_t>(m.event)].json.mid(m.jsonOffset, m.jsonLength);
}

int SimUniverse::bookCount() const
{
    int count = 0;
    for (const SimToken& t : tokens) {
        count += t.hasBook ? 1 : 0;
    }
    return count;
}

} // namespace polaris::sim
