#include "core/sim/UniverseGenerator.h"

#include "core/sim/GammaJsonWriter.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>

namespace polaris::sim {

namespace {

constexpr std::int64_t kOneMicros = Decimal::kOne;
constexpr std::int64_t kDayMs = 86'400'000;

const char* const kFirstNames[] = {"Alex",   "Blair",  "Casey",  "Dana",  "Emery", "Finley", "Gray",
                                   "Harper", "Indy",   "Jordan", "Kai",   "Logan", "Morgan", "Noel",
                                   "Oakley", "Parker", "Quinn",  "Reese", "Sage",  "Taylor"};
const char* const kLastNames[] = {"Moreno",   "Okafor",  "Lindqvist", "Tanaka",   "Brennan",
                                  "Castillo", "Dubois",  "Eriksen",   "Fontaine", "Gallagher",
                                  "Haddad",   "Ivanova", "Jensen",    "Kowalski", "Laurent",
                                  "Mbeki",    "Novak",   "Oliveira",  "Petrov",   "Rossi"};
const char* const kTopics[] = {
        "Mayor of Sim City",     "Sim Cup Champion",  "Best Picture",   "Party Leader",
        "Governor of Northland", "Grand Prix Winner", "Chess Champion", "Senate Seat"};

/// The draws every generated object needs, from one QRandomGenerator so that the whole
/// universe is a function of the seed.
class Draw
{
public:
    explicit Draw(std::uint64_t seed)
        : m_rng(static_cast<quint64>(seed))
    {}
    int bounded(int n) { return static_cast<int>(m_rng.bounded(static_cast<quint32>(n))); }
    std::int64_t range(std::int64_t lo, std::int64_t hi) // inclusive
    {
        return lo + static_cast<std::int64_t>(m_rng.bounded(static_cast<quint64>(hi - lo + 1)));
    }
    std::string digits(int count)
    {
        std::string out;
        out.reserve(static_cast<std::size_t>(count));
        out += static_cast<char>('1' + bounded(9));
        while (static_cast<int>(out.size()) < count) {
            out += static_cast<char>('0' + bounded(10));
        }
        return out;
    }
    std::string hex(int nibbles)
    {
        static const char kHex[] = "0123456789abcdef";
        std::string out = "0x";
        for (int i = 0; i < nibbles; ++i) {
            out += kHex[bounded(16)];
        }
        return out;
    }
    /// A token id: 76 to 78 decimal digits, like real uint256 position ids. A 78-digit draw
    /// above 2^256 - 1 (1157...) is made to start with "10", so every id can be signed into
    /// an order, without changing how many random numbers are drawn (seeds stay reproducible).
    std::string tokenId()
    {
        std::string id = digits(76 + bounded(3));
        if (id.size() == 78
            && id > std::string("115792089237316195423570985008687907853269984665640564039457584007"
                                "913129639935")) {
            id[0] = '1';
            id[1] = '0';
        }
        return id;
    }
    /// A size with at most two decimals, skewed towards small levels.
    Decimal size()
    {
        const std::int64_t cents = bounded(4) == 0 ? range(50'000, 2'000'000) : range(500, 80'000);
        return Decimal::fromMicros(cents * 10'000);
    }

private:
    QRandomGenerator m_rng;
};

std::string isoDate(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
            .toString(QStringLiteral("yyyy-MM-ddThh:mm:ssZ"))
            .toStdString();
}

std::int64_t ceilToTick(std::int64_t micros, std::int64_t tick)
{
    return (micros + tick - 1) / tick * tick;
}

/// Fills the YES book around the fair probability and the NO book as its mirror image.
void buildBooks(SimUniverse& u,
                SimMarket& m,
                std::int64_t fair,
                Draw& draw,
                std::int64_t nowMs,
                GeneratedMarketText& text)
{
    const std::int64_t t = m.tickSize.micros();
    std::int64_t ask = ceilToTick(fair, t);
    if (ask == fair) {
        ask += t;
    }
    ask = std::clamp(ask, 2 * t, kOneMicros - t);
    const std::int64_t bid = std::max(t, ask - t * (1 + draw.bounded(3)));
    const int maxGap = t >= 10'000 ? 2 : 5;

    std::vector<BookLevel> bids, asks, noBids, noAsks;
    const int bidCount = 5 + draw.bounded(16);
    for (std::int64_t p = bid; p >= t && static_cast<int>(bids.size()) < bidCount;
         p -= t * (1 + draw.bounded(maxGap))) {
        bids.push_back({Decimal::fromMicros(p), draw.size()});
    }
    const int askCount = 5 + draw.bounded(16);
    for (std::int64_t p = ask; p <= kOneMicros - t && static_cast<int>(asks.size()) < askCount;
         p += t * (1 + draw.bounded(maxGap))) {
        asks.push_back({Decimal::fromMicros(p), draw.size()});
    }
    const Decimal one = Decimal::fromInt(1);
    for (const BookLevel& level : asks) {
        noBids.push_back({one - level.price, level.size});
    }
    for (const BookLevel& level : bids) {
        noAsks.push_back({one - level.price, level.size});
    }
    const Decimal last = Decimal::fromMicros(draw.bounded(2) ? ask : bid);
    for (int outcome = 0; outcome < 2; ++outcome) {
        SimToken& token =
                u.tokens[static_cast<std::size_t>(m.tokens[static_cast<std::size_t>(outcome)])];
        token.hasBook = true;
        token.book.setTickSize(m.tickSize);
        token.book.setMinOrderSize(m.minOrderSize);
        (void)token.book.applySnapshot(outcome == 0 ? bids : noBids, outcome == 0 ? asks : noAsks,
                                       nowMs, nowMs);
        token.lastTradePrice = outcome == 0 ? last : one - last;
        token.timestampMs = nowMs;
    }
    text.bestBid = Decimal::fromMicros(bid);
    text.bestAsk = Decimal::fromMicros(ask);
    text.lastTradePrice = last;
}

/// Creates a market with two fresh tokens (books are built by the caller).
SimMarket& addMarket(SimUniverse& u, int eventIndex, Draw& draw, int& nextMarketId)
{
    SimMarket& m = u.markets.emplace_back();
    const int index = static_cast<int>(u.markets.size()) - 1;
    m.id = std::to_string(nextMarketId++);
    m.event = eventIndex;
    m.conditionId = draw.hex(64);
    for (int outcome = 0; outcome < 2; ++outcome) {
        SimToken& token = u.tokens.emplace_back();
        token.id = draw.tokenId();
        token.market = index;
        token.outcome = outcome;
        token.book = OrderBook(token.id);
        token.book.setMarket(m.conditionId);
        m.tokens[static_cast<std::size_t>(outcome)] = static_cast<int>(u.tokens.size()) - 1;
    }
    return m;
}

std::string hexByte(int value)
{
    static const char kHex[] = "0123456789abcdef";
    return std::string{kHex[(value >> 4) & 15], kHex[value & 15]};
}

} // namespace

Result<GenerateSpec> GenerateSpec::parse(const QString& text)
{
    GenerateSpec spec;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList kv = part.split(QLatin1Char('='));
        bool ok = false;
        const qulonglong value = kv.size() == 2 ? kv[1].trimmed().toULongLong(&ok) : 0;
        const QString key = kv.value(0).trimmed();
        if (!ok || (key != QLatin1String("seed") && value > 1'000'000)) {
            return Error{ErrorCode::InvalidFormat,
                         "bad --generate item '" + part.toStdString() + "'"};
        }
        if (key == QLatin1String("events")) {
            spec.events = static_cast<int>(value);
        } else if (key == QLatin1String("outcomes")) {
            spec.outcomes = static_cast<int>(value);
        } else if (key == QLatin1String("binaries")) {
            spec.binaries = static_cast<int>(value);
        } else if (key == QLatin1String("seed")) {
            spec.seed = value;
        } else {
            return Error{ErrorCode::InvalidFormat,
                         "unknown --generate key '" + key.toStdString() + "'"};
        }
    }
    if (spec.outcomes < 2 || spec.outcomes > 60) {
        return Error{ErrorCode::OutOfRange,
                     "outcomes must be 2..60, got " + std::to_string(spec.outcomes)};
    }
    return spec;
}

std::unique_ptr<SimUniverse> UniverseGenerator::generate(const GenerateSpec& spec)
{
    auto u = std::make_unique<SimUniverse>();
    Draw draw(spec.seed);
    const std::int64_t nowMs = spec.nowMs != 0 ? spec.nowMs : QDateTime::currentMSecsSinceEpoch();
    const std::int64_t dayMs = nowMs / kDayMs * kDayMs;
    const std::size_t marketGuess =
            static_cast<std::size_t>(spec.events) * (static_cast<std::size_t>(spec.outcomes) + 2)
            + static_cast<std::size_t>(spec.binaries);
    u->events.reserve(static_cast<std::size_t>(spec.events + spec.binaries));
    u->markets.reserve(marketGuess);
    u->tokens.reserve(2 * marketGuess);
    int nextMarketId = 500'000;

    for (int e = 0; e < spec.events; ++e) {
        const int eventIndex = static_cast<int>(u->events.size());
        SimEvent& event = u->events.emplace_back();
        event.id = std::to_string(20'000 + e);
        event.negRisk = true;
        GeneratedEventText et;
        et.augmented = e % 3 == 0;
        et.title = std::string(kTopics[e % 8]) + " " + std::to_string(2026 + e / 8);
        et.slug = "sim-" + std::to_string(e) + "-" + std::string(kTopics[e % 8]).substr(0, 4);
        std::replace(et.slug.begin(), et.slug.end(), ' ', '-');
        std::transform(et.slug.begin(), et.slug.end(), et.slug.begin(),
                       [](unsigned char c) { return std::tolower(c); });
        et.negRiskMarketId = draw.hex(62) + "00";
        et.startDate = isoDate(dayMs - draw.range(10, 90) * kDayMs);
        et.endDate = isoDate(dayMs + draw.range(3, 40) * kDayMs);
        const Decimal tick = Decimal::fromMicros(draw.bounded(5) == 0 ? 1'000 : 10'000);

        // Fair probabilities: skewed weights, normalised exactly to one million micros.
        const int legs = spec.outcomes + (et.augmented ? 1 : 0);
        std::vector<std::int64_t> weights(static_cast<std::size_t>(legs));
        std::int64_t total = 0;
        for (auto& w : weights) {
            const std::int64_t r = draw.range(1, 100);
            w = r * r;
            total += w;
        }
        std::vector<std::int64_t> fair(weights.size());
        std::int64_t assigned = 0;
        for (std::size_t i = 0; i < weights.size(); ++i) {
            fair[i] = std::max<std::int64_t>(1, weights[i] * kOneMicros / total);
            assigned += fair[i];
        }
        fair[0] += kOneMicros - assigned;

        const int totalMarkets = legs + (et.augmented ? 1 : 0);
        // Markets are written first (the event's liquidity/volume are their sums), then moved
        // behind the event's head; their offsets shift by the head's length.
        QByteArray out;
        const int firstMarket = static_cast<int>(u->markets.size());
        out += '[';
        for (int j = 0; j < totalMarkets; ++j) {
            SimMarket& m = addMarket(*u, eventIndex, draw, nextMarketId);
            const int marketIndex = static_cast<int>(u->markets.size()) - 1;
            m.negRisk = true;
            m.tickSize = tick;
            m.questionId = et.negRiskMarketId.substr(0, 64) + hexByte(j);
            const bool other = et.augmented && j == spec.outcomes;
            const bool placeholder = et.augmented && j == spec.outcomes + 1;
            m.negRiskOther = other;
            GeneratedMarketText mt;
            mt.groupItemTitle = other         ? "Other"
                                : placeholder ? "Candidate X"
                                              : std::string(kFirstNames[draw.bounded(20)]) + " "
                                                        + kLastNames[draw.bounded(20)];
            mt.groupItemThreshold = j;
            mt.question = "Will " + mt.groupItemTitle + " win " + et.title + "?";
            mt.slug = et.slug + "-" + std::to_string(j);
            mt.negRiskMarketId = et.negRiskMarketId;
            mt.negRiskRequestId = draw.hex(64);
            mt.startDate = et.startDate;
            mt.endDate = et.endDate;
            mt.liquidity = Decimal::fromMicros(draw.range(1'000, 500'000) * 10'000);
            mt.volume = Decimal::fromMicros(draw.range(10'000, 50'000'000) * 10'000);
            if (placeholder) {
                m.active = false;
                m.acceptingOrders = false;
                m.enableOrderBook = false;
            } else {
                buildBooks(*u, m, fair[static_cast<std::size_t>(j)], draw, nowMs, mt);
            }
            et.liquidity += mt.liquidity;
            et.volume += mt.volume;
            event.markets.push_back(marketIndex);
            const json::Slice slice = GammaJsonWriter::appendMarket(out, *u, m, mt);
            m.jsonOffset = slice.first;
            m.jsonLength = slice.second;
            out += ',';
        }
        json::close(out, ']');
        GammaJsonWriter::beginEvent(event.json, event, et);
        const qsizetype shift = event.json.size();
        for (std::size_t k = static_cast<std::size_t>(firstMarket); k < u->markets.size(); ++k) {
            u->markets[k].jsonOffset += shift;
        }
        event.json += out;
        GammaJsonWriter::endEvent(event.json, event, et);
    }

    for (int b = 0; b < spec.binaries; ++b) {
        const int eventIndex = static_cast<int>(u->events.size());
        SimEvent& event = u->events.emplace_back();
        event.id = std::to_string(20'000 + spec.events + b);
        SimMarket& m = addMarket(*u, eventIndex, draw, nextMarketId);
        const int marketIndex = static_cast<int>(u->markets.size()) - 1;
        m.questionId = draw.hex(64);
        m.tickSize = Decimal::fromMicros(draw.bounded(5) == 0 ? 1'000 : 10'000);
        // Fee schedules of the three kinds seen on the venue: crypto, sports, none.
        const int feeKind = b % 3;
        m.feesEnabled = feeKind != 2;
        m.feeExponent = m.feesEnabled ? 1 : 0;
        m.feeRate = feeKind == 0   ? Decimal::fromMicros(70'000)
                    : feeKind == 1 ? Decimal::fromMicros(30'000)
                                   : Decimal();
        GeneratedMarketText mt;
        mt.rebateRate = feeKind == 0 ? Decimal::fromMicros(200'000) : Decimal::fromMicros(250'000);
        mt.feeType = feeKind == 0 ? "crypto_fees" : feeKind == 1 ? "sports_fees" : "";
        mt.question = "Will " + std::string(kFirstNames[b % 20]) + " " + kLastNames[(b / 20) % 20]
                      + " reach goal #" + std::to_string(b) + "?";
        mt.slug = "sim-binary-" + std::to_string(b);
        mt.startDate = isoDate(dayMs - draw.range(1, 30) * kDayMs);
        mt.endDate = isoDate(dayMs + draw.range(3, 40) * kDayMs);
        mt.liquidity = Decimal::fromMicros(draw.range(1'000, 500'000) * 10'000);
        mt.volume = Decimal::fromMicros(draw.range(10'000, 50'000'000) * 10'000);
        buildBooks(*u, m, draw.range(30'000, 970'000), draw, nowMs, mt);

        GeneratedEventText et;
        et.title = mt.question;
        et.slug = mt.slug;
        et.startDate = mt.startDate;
        et.endDate = mt.endDate;
        et.liquidity = mt.liquidity;
        et.volume = mt.volume;
        event.markets.push_back(marketIndex);
        GammaJsonWriter::beginEvent(event.json, event, et);
        event.json += '[';
        const json::Slice slice = GammaJsonWriter::appendMarket(event.json, *u, m, mt);
        m.jsonOffset = slice.first;
        m.jsonLength = slice.second;
        event.json += ']';
        GammaJsonWriter::endEvent(event.json, event, et);
    }

    for (SimToken& token : u->tokens) {
        token.negRisk = u->markets[static_cast<std::size_t>(token.market)].negRisk;
    }
    u->buildIndex();
    return u;
}

} // namespace polaris::sim
