#include "ui/models/BondRung.h"

#include <QCoreApplication>
#include <QDateTime>

#include <limits>
#include <map>

namespace polaris::ui {

namespace {

constexpr double kDayMs = 86'400'000.0;

/// Translation context of the ladder's date labels.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(polaris::ui::BondRung)
};

struct Bucket
{
    std::string key;
    QString label;
    std::int64_t startMs = 0;
};

Bucket bucketOf(const std::optional<std::int64_t>& resolveMs, BondGrouping grouping)
{
    if (!resolveMs) {
        return {"unknown", Text::tr("unknown date"), std::numeric_limits<std::int64_t>::max()};
    }
    const QDate day = QDateTime::fromMSecsSinceEpoch(*resolveMs, Qt::UTC).date();
    switch (grouping) {
    case BondGrouping::Days: {
        const QString iso = day.toString(Qt::ISODate);
        return {iso.toStdString(), iso, QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()};
    }
    case BondGrouping::Weeks: {
        int year = 0;
        const int week = day.weekNumber(&year);
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        const QString key = QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
        return {key.toStdString(),
                Text::tr("%1 (%2 – %3)")
                        .arg(key, monday.toString(Qt::ISODate),
                             monday.addDays(6).toString(Qt::ISODate)),
                QDateTime(monday, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()};
    }
    }
    return {};
}

} // namespace

BondRungItem BondRung::itemOf(const BondPositionRecord& position)
{
    BondRungItem item;
    item.kind = BondRungItem::Kind::Position;
    item.id = position.positionId;
    item.label = position.outcome;
    item.resolveMs = position.expectedResolveMs;
    item.shares = position.shares;
    item.price = position.buyPrice;
    item.capital = Decimal::mul(position.shares, position.buyPrice, Rounding::Up);
    item.payout = position.shares;
    return item;
}

std::vector<BondRungItem> BondRung::itemsOf(const std::vector<Opportunity>& candidates)
{
    std::vector<BondRungItem> items;
    for (const Opportunity& o : candidates) {
        if (o.strategy != Strategy::Bond) {
            continue;
        }
        BondRungItem item;
        item.kind = BondRungItem::Kind::Candidate;
        item.id = o.id;
        item.label = o.legs.empty() ? o.eventTitle : o.eventTitle + " · " + o.legs.front().outcome;
        item.resolveMs = o.lockedUntilMs;
        item.shares = o.shares;
        item.price = o.legs.empty() ? Decimal() : o.legs.front().limitPrice;
        item.capital = o.cost + o.fees;
        item.payout = o.payout;
        items.push_back(std::move(item));
    }
    return items;
}

std::vector<BondRung> BondRung::group(const std::vector<BondPositionRecord>& positions,
                                      const std::vector<Opportunity>& candidates,
                                      BondGrouping grouping,
                                      std::int64_t nowMs)
{
    std::vector<BondRungItem> items;
    items.reserve(positions.size());
    for (const BondPositionRecord& position : positions) {
        items.push_back(itemOf(position));
    }
    for (BondRungItem& item : itemsOf(candidates)) {
        items.push_back(std::move(item));
    }

    std::map<std::pair<std::int64_t, std::string>, BondRung> byStart;
    std::map<std::string, double> weightedDays; // key -> Σ capital × days (future items only)
    std::map<std::string, double> weights;
    for (BondRungItem& item : items) {
        const Bucket bucket = bucketOf(item.resolveMs, grouping);
        BondRung& rung = byStart[{bucket.startMs, bucket.key}];
        rung.key = bucket.key;
        rung.label = bucket.label;
        rung.startMs = bucket.startMs;
        (item.kind == BondRungItem::Kind::Position ? rung.positions : rung.candidates) += 1;
        rung.shares += item.shares;
        rung.capital += item.capital;
        rung.payout += item.payout;
        if (item.resolveMs && *item.resolveMs > nowMs) {
            const double capital = item.capital.toDouble();
            weightedDays[bucket.key] += capital * double(*item.resolveMs - nowMs) / kDayMs;
            weights[bucket.key] += capital;
        }
        rung.items.push_back(std::move(item));
    }

    std::vector<BondRung> rungs;
    rungs.reserve(byStart.size());
    for (auto& [start, rung] : byStart) {
        if (rung.capital.isPositive()) {
            rung.yield =
                    Decimal::div(rung.payout, rung.capital, Rounding::Down) - Decimal::fromInt(1);
        }
        const double weight = weights[rung.key];
        if (weight > 0) {
            rung.daysToResolution = weightedDays[rung.key] / weight;
            if (rung.yield && *rung.daysToResolution > 0) {
                rung.annualized = rung.yield->toDouble() * 365.0 / *rung.daysToResolution;
            }
        }
        rungs.push_back(std::move(rung));
    }
    return rungs;
}

} // namespace polaris::ui
