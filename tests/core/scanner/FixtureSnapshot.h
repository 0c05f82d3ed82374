#pragma once

#include "core/marketdata/MarketDataIngest.h"
#include "core/scanner/ScanDriver.h"
#include "core/snapshot/Snapshot.h"
#include "core/snapshot/SnapshotReplay.h"
#include "core/venues/polymarket/JsonArraySplitter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <functional>
#include <optional>
#include <string>

/// Builds snapshot directories from the real fixtures' ids and books written around them, and
/// replays them through MarketDataIngest and ScanDriver as `polaris-arb scan --snapshot` does.
namespace polaris::test {

// "Democratic Presidential Nominee 2028" (gamma/gamma_event.json): augmented neg risk, two named
// outcomes with real condition and token ids.
inline const std::string kDemEvent = "30829";
inline const std::string kSmithCond =
        "0xc8f1cf5d4f26e0fd9c8fe89f2a7b3263b902cf14fde7bfccef525753bb492e47";
inline const std::string kSmithYes =
        "60590045489347122735554346200880179420435533609307820342798544098823516727807";
inline const std::string kSmithNo =
        "76005700027045000587004110133818166617024719626220722682005164003117993034812";
inline const std::string kWhitmerCond =
        "0xe39adea057926dc197fe30a441f57a340b2a232d5a687010f78bba9b6e02620f";
inline const std::string kWhitmerYes =
        "57761428076807364758801249497410455358987881775226117256631754592198558850468";
inline const std::string kWhitmerNo =
        "64300336035644500626313522990854070672468621241744347587785777226296613235598";
// rest-2024/market.json: "Will Donald Trump win the 2024 US Presidential Election?"; the ws-2024
// book and price_change fixtures are its NO token.
inline const std::string kTrumpCond =
        "0xdd22472e552920b8438158ea7238bfadfa4f736aa4cee91a6b86c39ead110917";
inline const std::string kTrumpYes =
        "21742633143463906290569050155826241533067272736897614950488156847949938836455";
inline const std::string kTrumpNo =
        "48331043336612883890938759509493159234755048973500640148014422747788308965732";
// rest-2024/book.json: a real book of a token outside every universe built here.
inline const std::string kForeignAsset =
        "23360939988679364027624185518382759743328544433592111535569478055890815567848";

inline constexpr std::int64_t kDemCapturedMs = 1773242400000;   // 2026-03-11T15:20:00Z
inline constexpr std::int64_t kTrumpCapturedMs = 1728799420000; // 2024-10-13T06:03:40Z

inline Decimal dec(const char* text)
{
    return Decimal::parse(text).value();
}

inline std::string_view view(const QByteArray& bytes)
{
    return std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

/// The top-level elements of a JSON array fixture, byte for byte.
inline QList<QByteArray> elementsOf(const QByteArray& array)
{
    QList<QByteArray> out;
    const auto parts = polymarket::splitJsonArray(view(array));
    if (parts.ok()) {
        for (const std::string_view part : parts.value()) {
            out.append(QByteArray(part.data(), qsizetype(part.size())));
        }
    }
    return out;
}

inline QByteArray jsonArray(const QList<QByteArray>& elements)
{
    return "[\n" + elements.join(",\n") + "\n]\n";
}

inline QJsonArray levels(std::initializer_list<std::pair<const char*, const char*>> priceSize)
{
    QJsonArray out;
    for (const auto& [price, size] : priceSize) {
        out.append(QJsonObject{{QStringLiteral("price"), QLatin1String(price)},
                               {QStringLiteral("size"), QLatin1String(size)}});
    }
    return out;
}

/// A book as POST /books returns it.
inline QByteArray book(const std::string& market,
                       const std::string& asset,
                       const QJsonArray& bids,
                       const QJsonArray& asks)
{
    const QJsonObject object{{QStringLiteral("market"), QString::fromStdString(market)},
                             {QStringLiteral("asset_id"), QString::fromStdString(asset)},
                             {QStringLiteral("bids"), bids},
                             {QStringLiteral("asks"), asks},
                             {QStringLiteral("hash"), QStringLiteral("polaris-test")},
                             {QStringLiteral("timestamp"), QStringLiteral("1773242399000")}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// Books of the two named 2028 outcomes priced near Gamma's cached quotes (bestAsk 0.011 and
/// 0.015); NO books mirror the YES books. `skip` leaves one token without a book.
inline QList<QByteArray> demBooks(const std::string& skip = {})
{
    QList<QByteArray> out;
    const auto add = [&](const std::string& cond, const std::string& asset, const QJsonArray& bids,
                         const QJsonArray& asks) {
        if (asset != skip) {
            out.append(book(cond, asset, bids, asks));
        }
    };
    add(kSmithCond, kSmithYes, levels({{"0.01", "5000"}}), levels({{"0.011", "4000"}}));
    add(kSmithCond, kSmithNo, levels({{"0.989", "4000"}}), levels({{"0.99", "5000"}}));
    add(kWhitmerCond, kWhitmerYes, levels({{"0.014", "3000"}}), levels({{"0.015", "2500"}}));
    add(kWhitmerCond, kWhitmerNo, levels({{"0.985", "2500"}}), levels({{"0.986", "3000"}}));
    return out;
}

/// A ScanDriver fed by a replayed snapshot directory, as `polaris-arb scan --snapshot` does.
struct Replay
{
    explicit Replay(ArbConfig config = {})
        : driver(std::move(config))
    {
        ingest.setListener(&driver);
    }

    MarketDataIngest ingest;
    ScanDriver driver;
    ManualClock clock;

    std::vector<Refusal> refusals(Strategy strategy, const std::string& eventId) const
    {
        std::vector<Refusal> out;
        for (Refusal& refusal : driver.scanner().refusals()) {
            if (refusal.strategy == strategy && refusal.eventId == eventId) {
                out.push_back(std::move(refusal));
            }
        }
        return out;
    }
};

/// Writes a snapshot directory (docs/snapshot-format.md); frames are (received_at_ms, text).
inline bool writeSnapshot(const QString& dir,
                          const QByteArray& events,
                          const QByteArray& books,
                          const QList<QPair<qint64, QByteArray>>& frames,
                          std::int64_t capturedAtMs)
{
    bool ok = QDir().mkpath(dir);
    const auto write = [&](const char* name, const QByteArray& bytes) {
        QFile file(dir + QLatin1Char('/') + QLatin1String(name));
        ok = ok && file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    SnapshotMeta meta;
    meta.capturedAtMs = capturedAtMs;
    write("meta.json", meta.toJson());
    write("events.json", events);
    write("books.json", books);
    QByteArray lines;
    for (const auto& [receivedAt, frame] : frames) {
        const QJsonObject line{{QStringLiteral("received_at_ms"), receivedAt},
                               {QStringLiteral("frame"), QString::fromUtf8(frame)}};
        lines += QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    }
    if (!frames.isEmpty()) {
        write("ws.jsonl", lines);
    }
    return ok;
}

/// Loads and replays `dir` into `into`, then runs the full scan `scan --once` runs (at
/// `scanAtMs`, default the replay clock). Returns the error, empty on success.
inline QString replayAndScan(const QString& dir,
                             Replay& into,
                             const std::function<void()>& afterBooks = {},
                             std::optional<std::int64_t> scanAtMs = std::nullopt)
{
    std::vector<Error> warnings;
    const auto snapshot = Snapshot::load(dir, &warnings);
    if (!snapshot.ok()) {
        return QString::fromStdString(snapshot.error().detail);
    }
    if (!warnings.empty()) {
        return QString::fromStdString(warnings.front().detail);
    }
    const Status status = replaySnapshot(*snapshot, into.ingest, into.clock, afterBooks);
    if (!status.ok()) {
        return QString::fromStdString(status.error().detail);
    }
    into.driver.fullScan(into.ingest.books(), scanAtMs.value_or(into.clock.nowMs()));
    return {};
}

} // namespace polaris::test
