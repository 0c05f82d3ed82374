#include "core/strategies/PriceHistoryConfidence.h"

#include "core/book/OrderBook.h"
#include "core/strategies/HoldToResolution.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include <simdjson.h>

namespace polaris {

namespace {

/// A prices-history answer for a year at one-minute fidelity is ~15 MB; more is a broken feed.
constexpr std::size_t kMaxHistoryBytes = 32u << 20;
/// Unix seconds beyond year 2200 are not timestamps.
constexpr double kMaxUnixSeconds = 7'258'118'400.0;

std::int64_t floorTo(std::int64_t value, std::int64_t step)
{
    std::int64_t q = value / step;
    if (value % step != 0 && value < 0) {
        --q;
    }
    return q * step;
}

std::string shortId(std::string_view tokenId)
{
    return tokenId.size() > 16 ? std::string(tokenId.substr(0, 16)) + "..." : std::string(tokenId);
}

} // namespace

PriceHistoryConfidence::PriceHistoryConfidence()
    : PriceHistoryConfidence(Options{})
{}

PriceHistoryConfidence::PriceHistoryConfidence(Options options)
    : m_options(options)
{
    m_options.bucketMs = std::max<std::int64_t>(1, m_options.bucketMs);
    m_options.capacity = std::max<std::size_t>(1, m_options.capacity);
}

void PriceHistoryConfidence::push(Ring& ring, std::int64_t timeMs, double mid) const
{
    const std::int64_t start = floorTo(timeMs, m_options.bucketMs);
    if (ring.size() == 0) {
        // Small at first: a one-shot scan records one mid for each of ~50,000 tokens, and a
        // live token's ring grows by doubling to the capacity within its first hour.
        ring.buckets.reserve(std::min<std::size_t>(m_options.capacity, 4));
        ring.buckets.push_back(Bucket{start, mid});
        return;
    }
    Bucket& newest = ring.newest();
    if (start < newest.startMs) {
        return;
    }
    if (start == newest.startMs) {
        newest.minMid = std::min(newest.minMid, mid);
        return;
    }
    if (ring.size() < m_options.capacity) {
        ring.buckets.push_back(Bucket{start, mid});
        return;
    }
    ring.buckets[ring.head] = Bucket{start, mid};
    ring.head = (ring.head + 1) % ring.size();
}

void PriceHistoryConfidence::record(std::string_view tokenId, std::int64_t timeMs, double mid)
{
    if (!std::isfinite(mid) || mid < 0.0 || mid > 1.0) {
        return;
    }
    push(ringOf(tokenId), timeMs, mid);
}

void PriceHistoryConfidence::reserve(std::size_t tokens)
{
    m_rings.reserve(tokens);
    m_index.reserve(tokens, tokens * 80); // token ids are ~78 digits
}

PriceHistoryConfidence::Ring& PriceHistoryConfidence::ringOf(std::string_view tokenId)
{
    const std::uint64_t hash = DenseStringIndex::hash(tokenId);
    if (const auto known = m_index.find(tokenId, hash)) {
        return m_rings[*known];
    }
    m_index.insert(tokenId, hash);
    return m_rings.emplace_back();
}

void PriceHistoryConfidence::recordBook(const OrderBook& book, std::int64_t timeMs)
{
    const auto bid = book.bestBid();
    const auto ask = book.bestAsk();
    if (!bid || !ask) {
        return;
    }
    const Decimal mid =
            Decimal::div(bid->price + ask->price, Decimal::fromInt(2), Rounding::Nearest);
    record(book.assetId(), timeMs, mid.toDouble());
}

Result<ConfidenceLoadReport> PriceHistoryConfidence::loadPricesHistory(std::string_view tokenId,
                                                                       std::string_view json)
{
    if (json.size() > kMaxHistoryBytes) {
        return Error{ErrorCode::TooLarge,
                     "prices-history: " + std::to_string(json.size()) + " bytes exceeds the limit"};
    }
    simdjson::dom::parser parser;
    const simdjson::padded_string padded(json);
    simdjson::dom::element root;
    if (const auto error = parser.parse(padded).get(root); error) {
        return Error{ErrorCode::InvalidFormat, std::string("prices-history: malformed JSON (")
                                                       + simdjson::error_message(error) + ")"};
    }
    simdjson::dom::object object;
    if (root.get_object().get(object)) {
        return Error{ErrorCode::InvalidFormat, "prices-history: top level is not an object"};
    }
    simdjson::dom::element historyValue;
    if (object["history"].get(historyValue)) {
        return Error{ErrorCode::MissingField, "prices-history: no 'history' field"};
    }
    simdjson::dom::array history;
    if (historyValue.get_array().get(history)) {
        return Error{ErrorCode::InvalidFormat, "prices-history: 'history' is not an array"};
    }

    ConfidenceLoadReport report;
    std::vector<std::pair<std::int64_t, double>> points;
    const auto reject = [&report](std::size_t index, const std::string& what) {
        if (report.rejected++ == 0) {
            report.firstProblem = "history[" + std::to_string(index) + "]: " + what;
        }
    };
    std::size_t index = 0;
    for (simdjson::dom::element item : history) {
        double t = 0;
        double p = 0;
        if (item["t"].get_double().get(t)) {
            reject(index++, "'t' missing or not a number");
            continue;
        }
        if (item["p"].get_double().get(p)) {
            reject(index++, "'p' missing or not a number");
            continue;
        }
        if (!(t >= 0.0 && t <= kMaxUnixSeconds)) {
            reject(index++, "'t' " + holding::formatFixed(t, 0) + " is not a unix time in seconds");
            continue;
        }
        if (!(p >= 0.0 && p <= 1.0)) {
            reject(index++, "'p' " + holding::formatFixed(p, 6) + " outside [0, 1]");
            continue;
        }
        points.emplace_back(static_cast<std::int64_t>(std::llround(t * 1000.0)), p);
        ++report.accepted;
        ++index;
    }

    // Merge with what live updates already recorded, then rebuild the ring in time order.
    Ring& ring = ringOf(tokenId);
    for (std::size_t i = 0; i < ring.size(); ++i) {
        points.emplace_back(ring.at(i).startMs, ring.at(i).minMid);
    }
    std::stable_sort(points.begin(), points.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    Ring rebuilt;
    for (const auto& [timeMs, mid] : points) {
        push(rebuilt, timeMs, mid);
    }
    ring = std::move(rebuilt);
    return report;
}

const PriceHistoryConfidence::Ring* PriceHistoryConfidence::findRing(std::string_view tokenId) const
{
    const auto found = m_index.find(tokenId);
    return !found || m_rings[*found].size() == 0 ? nullptr : &m_rings[*found];
}

std::optional<double> PriceHistoryConfidence::confidence(const Market&,
                                                         std::string_view tokenId,
                                                         std::int64_t nowMs) const
{
    const Ring* ring = findRing(tokenId);
    const std::int64_t windowStart = nowMs - m_options.windowMs;
    if (ring == nullptr || ring->at(0).startMs > windowStart) {
        return std::nullopt;
    }
    // The newest bucket starting at or before the window start holds the price in effect then;
    // every later bucket (up to now) lies inside the window.
    std::optional<double> lowest;
    for (std::size_t i = ring->size(); i-- > 0;) {
        const Bucket& bucket = ring->at(i);
        if (bucket.startMs > nowMs) {
            continue;
        }
        lowest = lowest ? std::min(*lowest, bucket.minMid) : bucket.minMid;
        if (bucket.startMs <= windowStart) {
            break;
        }
    }
    return lowest;
}

std::string PriceHistoryConfidence::unavailableReason(const Market&,
                                                      std::string_view tokenId,
                                                      std::int64_t nowMs) const
{
    const Ring* ring = findRing(tokenId);
    const std::string window =
            holding::formatFixed(static_cast<double>(m_options.windowMs) / 60'000.0, 0) + " min";
    if (ring == nullptr) {
        return "not enough history: no price history recorded for token " + shortId(tokenId)
               + " (need " + window + ")";
    }
    const double coveredMin =
            static_cast<double>(std::max<std::int64_t>(0, nowMs - ring->at(0).startMs)) / 60'000.0;
    return "not enough history: price history for token " + shortId(tokenId) + " covers "
           + holding::formatFixed(coveredMin, 1) + " min of the required " + window;
}

std::size_t PriceHistoryConfidence::bucketCount(std::string_view tokenId) const
{
    const Ring* ring = findRing(tokenId);
    return ring == nullptr ? 0 : ring->size();
}

} // namespace polaris
