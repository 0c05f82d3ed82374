#pragma once

#include "core/money/Decimal.h"
#include "core/sim/SimServer.h"
#include "core/sim/SnapshotLoader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <initializer_list>
#include <memory>
#include <string>
#include <utility>

/// The market every end-to-end test trades: one neg-risk event of three outcomes, served by a
/// real simulator, whose YES asks add up below 1 (an A opportunity), with the venue's 0.05
/// taker fee (exponent 1) and tick 0.01 on every market. YES books (NO books are their mirror):
///
///   YES 1 (token 1001): bids 0.27 x 200; asks 0.29 x 60, 0.30 x 60, 0.31 x 100
///   YES 2 (token 1002): bids 0.28 x 200; asks 0.30 x 200, 0.31 x 100
///   YES 3 (token 1003): bids 0.28 x 200; asks 0.30 x 100, 0.31 x 100
///
/// With baskets capped at 100 shares (ArbConfig::maxShares) the scanner's A buys 100 of each:
/// YES 1 60 @ 0.29 + 40 @ 0.30 (limit 0.30), YES 2 and 3 100 @ 0.30. Cost 17.4 + 12 + 30 + 30
/// = 89.4; fees 0.6177 + 0.42 + 1.05 + 1.05 = 3.1377; locked-in 100 - 92.5377 = 7.4623.
/// The depth within each limit differs (120, 200, 100), so a competing taker that takes the same
/// fraction of every level leaves each leg a different fill.
namespace polaris::e2e {

inline Decimal dec(const char* text)
{
    return Decimal::parse(text).value();
}

inline const char* const kYes[3] = {"1001", "1002", "1003"};
inline const char* const kNo[3] = {"2001", "2002", "2003"};

using Levels = std::initializer_list<std::pair<const char*, const char*>>;

inline QString isoIn(qint64 days)
{
    return QDateTime::currentDateTimeUtc().addDays(days).toString(Qt::ISODate);
}

/// Market i (1-based) of the event, in Gamma's field names.
inline QJsonObject gammaMarket(int i)
{
    const QString n = QString::number(i);
    return QJsonObject{
            {QStringLiteral("id"), QStringLiteral("60") + n},
            {QStringLiteral("question"), QStringLiteral("Will outcome %1 win?").arg(n)},
            {QStringLiteral("conditionId"), QStringLiteral("0xc00") + n},
            {QStringLiteral("slug"), QStringLiteral("e2e-outcome-") + n},
            {QStringLiteral("groupItemTitle"), QStringLiteral("Outcome ") + n},
            {QStringLiteral("endDate"), isoIn(30)},
            {QStringLiteral("liquidity"), QStringLiteral("5000")},
            {QStringLiteral("outcomes"), QStringLiteral("[\"Yes\", \"No\"]")},
            {QStringLiteral("clobTokenIds"), QStringLiteral("[\"100%1\", \"200%1\"]").arg(n)},
            {QStringLiteral("active"), true},
            {QStringLiteral("closed"), false},
            {QStringLiteral("archived"), false},
            {QStringLiteral("acceptingOrders"), true},
            {QStringLiteral("enableOrderBook"), true},
            {QStringLiteral("negRisk"), true},
            {QStringLiteral("negRiskOther"), false},
            {QStringLiteral("orderPriceMinTickSize"), 0.01},
            {QStringLiteral("orderMinSize"), 5},
            {QStringLiteral("feesEnabled"), true},
            {QStringLiteral("feeSchedule"), QJsonObject{{QStringLiteral("rate"), 0.05},
                                                        {QStringLiteral("exponent"), 1},
                                                        {QStringLiteral("takerOnly"), true},
                                                        {QStringLiteral("rebateRate"), 0.25}}},
    };
}

inline QByteArray eventsJson()
{
    QJsonArray markets;
    for (int i = 1; i <= 3; ++i) {
        markets.append(gammaMarket(i));
    }
    const QJsonObject event{
            {QStringLiteral("id"), QStringLiteral("9100")},
            {QStringLiteral("title"), QStringLiteral("Who wins the end-to-end test?")},
            {QStringLiteral("slug"), QStringLiteral("who-wins-the-e2e-test")},
            {QStringLiteral("active"), true},
            {QStringLiteral("closed"), false},
            {QStringLiteral("archived"), false},
            {QStringLiteral("negRisk"), true},
            {QStringLiteral("enableNegRisk"), true},
            {QStringLiteral("negRiskAugmented"), false},
            {QStringLiteral("endDate"), isoIn(30)},
            {QStringLiteral("liquidity"), 15000},
            {QStringLiteral("markets"), markets},
    };
    return QJsonDocument(QJsonArray{event}).toJson(QJsonDocument::Compact);
}

inline QJsonArray levelArray(const std::vector<std::pair<Decimal, Decimal>>& levels)
{
    QJsonArray out;
    for (const auto& [price, size] : levels) {
        out.append(QJsonObject{{QStringLiteral("price"), QString::fromStdString(price.toString())},
                               {QStringLiteral("size"), QString::fromStdString(size.toString())}});
    }
    return out;
}

inline std::vector<std::pair<Decimal, Decimal>> parsed(Levels levels)
{
    std::vector<std::pair<Decimal, Decimal>> out;
    for (const auto& [price, size] : levels) {
        out.emplace_back(dec(price), dec(size));
    }
    return out;
}

/// The YES book of market i and its NO mirror (NO bid 1 - p for each YES ask p and back).
inline QByteArray bookPair(int i, Levels yesBids, Levels yesAsks)
{
    const auto bids = parsed(yesBids);
    const auto asks = parsed(yesAsks);
    std::vector<std::pair<Decimal, Decimal>> noBids;
    std::vector<std::pair<Decimal, Decimal>> noAsks;
    for (const auto& [price, size] : asks) {
        noBids.emplace_back(Decimal::fromInt(1) - price, size);
    }
    for (const auto& [price, size] : bids) {
        noAsks.emplace_back(Decimal::fromInt(1) - price, size);
    }
    const QString now = QString::number(QDateTime::currentMSecsSinceEpoch());
    const auto book = [&](const char* token, const auto& b, const auto& a) {
        return QJsonDocument(QJsonObject{{QStringLiteral("market"),
                                          QStringLiteral("0xc00") + QString::number(i)},
                                         {QStringLiteral("asset_id"), QLatin1String(token)},
                                         {QStringLiteral("bids"), levelArray(b)},
                                         {QStringLiteral("asks"), levelArray(a)},
                                         {QStringLiteral("hash"),
                                          QStringLiteral("h") + QLatin1String(token)},
                                         {QStringLiteral("timestamp"), now},
                                         {QStringLiteral("tick_size"), QStringLiteral("0.01")},
                                         {QStringLiteral("min_order_size"), QStringLiteral("5")},
                                         {QStringLiteral("neg_risk"), true}})
                .toJson(QJsonDocument::Compact);
    };
    return book(kYes[i - 1], bids, asks) + ",\n" + book(kNo[i - 1], noBids, noAsks);
}

inline const Levels kBids[3] = {{{"0.27", "200"}}, {{"0.28", "200"}}, {{"0.28", "200"}}};
inline const Levels kAsks[3] = {{{"0.29", "60"}, {"0.30", "60"}, {"0.31", "100"}},
                                {{"0.30", "200"}, {"0.31", "100"}},
                                {{"0.30", "100"}, {"0.31", "100"}}};

inline QByteArray booksJson()
{
    return "[\n" + bookPair(1, kBids[0], kAsks[0]) + ",\n" + bookPair(2, kBids[1], kAsks[1]) + ",\n"
           + bookPair(3, kBids[2], kAsks[2]) + "\n]\n";
}

/// Replaces the asks of the simulator's YES book of market i (and the NO bids that mirror
/// them) without telling the market channel: the engine's books still show the old ones, as
/// when a book moves while the orders are on their way. Call on the simulator's thread.
inline bool setSimAsks(sim::SimServer& server, int i, Levels yesAsks)
{
    sim::SimUniverse& u = server.universe();
    const int yes = u.findToken(kYes[i - 1]);
    const int no = u.findToken(kNo[i - 1]);
    if (yes < 0 || no < 0) {
        return false;
    }
    sim::SimToken& y = u.tokens[std::size_t(yes)];
    sim::SimToken& n = u.tokens[std::size_t(no)];
    std::vector<BookLevel> asks;
    std::vector<BookLevel> noBids;
    for (const auto& [price, size] : parsed(yesAsks)) {
        asks.push_back({price, size});
        noBids.push_back({Decimal::fromInt(1) - price, size});
    }
    const std::vector<BookLevel> bids(y.book.bids().begin(), y.book.bids().end());
    const std::vector<BookLevel> noAsks(n.book.asks().begin(), n.book.asks().end());
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    if (!y.book.applySnapshot(bids, asks, now, now).ok()
        || !n.book.applySnapshot(noBids, noAsks, now, now).ok()) {
        return false;
    }
    u.touchBook(yes, now);
    u.touchBook(no, now);
    return true;
}

/// A simulator serving the market above on 127.0.0.1 (any free port), books still (no walk),
/// trades settling fast. Lives on the calling thread; nullptr if it cannot listen.
inline std::unique_ptr<sim::SimServer> startSim(std::uint64_t seed = 7)
{
    auto universe = sim::SnapshotLoader::fromTexts(eventsJson(), booksJson());
    if (!universe.ok()) {
        qWarning("e2e market: %s", universe.error().detail.c_str());
        return nullptr;
    }
    sim::SimServerOptions options;
    options.tickMs = 0;
    options.seed = seed;
    options.exchange.seed = seed;
    options.exchange.minedAfterMs = 100;
    options.exchange.confirmedAfterMs = 200;
    auto server = std::make_unique<sim::SimServer>(std::move(universe).value(), options);
    if (!server->listen().ok()) {
        return nullptr;
    }
    return server;
}

} // namespace polaris::e2e
