#pragma once

// Bond positions, bond candidates and a scratch SQLite database written through the real
// StorageWriter, for the bond ladder and PnL view tests.

#include "core/storage/StorageWriter.h"
#include "core/venues/polymarket/WorkerThread.h"
#include "tests/ui/UiTestData.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QUuid>

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace polaris::test {

constexpr std::int64_t kDayMs = 86'400'000;
constexpr std::int64_t kHourMs = 3'600'000;

/// A QStringList from UTF-8 literals (QT_NO_CAST_FROM_ASCII).
inline QStringList texts(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items) {
        out << QString::fromUtf8(item);
    }
    return out;
}

inline std::string uuidOf(const std::string& name)
{
    return QUuid::createUuidV5(QUuid(), QString::fromStdString(name))
            .toString(QUuid::WithoutBraces)
            .toStdString();
}

inline BondPositionRecord position(const std::string& name,
                                   const char* shares,
                                   const char* price,
                                   std::optional<std::int64_t> resolveMs,
                                   BondStatus status = BondStatus::Open)
{
    BondPositionRecord p;
    p.positionId = uuidOf(name);
    p.openedAtMs = kNow - kDayMs;
    p.marketId = "0xm-" + name;
    p.tokenId = "tok-" + name;
    p.outcome = "Yes (" + name + ")";
    p.shares = d(shares);
    p.buyPrice = d(price);
    p.expectedResolveMs = resolveMs;
    p.status = status;
    if (status != BondStatus::Open) {
        p.settlePnl = d("1");
        p.closedAtMs = kNow;
    }
    return p;
}

/// A strategy-F opportunity: one buy leg of `shares` at `limit`, paying its shares.
inline Opportunity bondCandidate(const std::string& token,
                                 const char* shares,
                                 const char* cost,
                                 const char* fees,
                                 std::int64_t lockedUntilMs,
                                 const char* limit = "0.95")
{
    Opportunity o;
    o.id = "F:" + token;
    o.strategy = Strategy::Bond;
    o.eventId = "ev-" + token;
    o.eventTitle = "Bond event " + token;
    OpportunityLeg leg;
    leg.tokenId = token;
    leg.outcome = "Yes";
    leg.limitPrice = d(limit);
    leg.shares = d(shares);
    leg.notional = d(cost);
    leg.fee = d(fees);
    o.legs = {leg};
    o.marketIds = {"0xc-" + token};
    o.shares = d(shares);
    o.cost = d(cost);
    o.fees = d(fees);
    o.payout = d(shares);
    o.netProfit = o.payout - o.cost - o.fees;
    o.lockedUntilMs = lockedUntilMs;
    o.firstSeenMs = kNow;
    o.lastSeenMs = kNow;
    return o;
}

inline PnlPointRecord pnlPoint(const char* mode,
                               const char* strategy,
                               std::int64_t atMs,
                               const char* realized,
                               const char* unrealized,
                               const char* exposure = "100")
{
    PnlPointRecord p;
    p.takenAtMs = atMs;
    p.mode = mode;
    p.strategy = strategy;
    p.realizedPnl = d(realized);
    p.unrealizedPnl = d(unrealized);
    p.openExposure = d(exposure);
    return p;
}

/// A temporary SQLite database and a running StorageWriter (its own thread) that writes into it.
class ScratchStore
{
public:
    ScratchStore()
        : m_thread(QStringLiteral("storage"))
    {
        m_url = m_dir.filePath(QStringLiteral("polaris.sqlite"));
        StorageWriter::Options options;
        options.url.path = m_url;
        options.flushIntervalMs = 20;
        m_writer = m_thread.adopt(new StorageWriter(options));
        m_thread.start();
        QMetaObject::invokeMethod(m_writer, &StorageWriter::start);
    }

    /// Enqueues the records and waits until they are committed.
    bool write(std::vector<StorageRecord> records)
    {
        const auto count = qsizetype(records.size());
        return m_writer->enqueue(std::move(records)) == count && m_writer->waitForFlushed(10'000);
    }
    /// The database as the views take it ("sqlite:" + path).
    QString url() const { return QStringLiteral("sqlite:") + m_url; }
    bool valid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
    QString m_url;
    polymarket::WorkerThread m_thread;
    StorageWriter* m_writer = nullptr;
};

} // namespace polaris::test
