#include "core/report/OpportunityJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

namespace polaris {

namespace {

QJsonValue money(Decimal value)
{
    return QString::fromStdString(value.toString());
}

QJsonArray stringArray(const std::vector<std::string>& values)
{
    QJsonArray array;
    for (const std::string& value : values) {
        array.append(QString::fromStdString(value));
    }
    return array;
}

/// Two decimals of a percent is all a person reads; the exact figures are the money fields.
double percent(double fraction)
{
    return std::round(fraction * 10000.0) / 100.0;
}

QJsonObject legToJson(const OpportunityLeg& leg)
{
    QJsonObject object;
    object.insert(QStringLiteral("token_id"), QString::fromStdString(leg.tokenId));
    object.insert(QStringLiteral("condition_id"), QString::fromStdString(leg.conditionId));
    object.insert(QStringLiteral("outcome"), QString::fromStdString(leg.outcome));
    object.insert(QStringLiteral("side"),
                  leg.side == TradeSide::Buy ? QStringLiteral("BUY") : QStringLiteral("SELL"));
    object.insert(QStringLiteral("limit_price"), money(leg.limitPrice));
    object.insert(QStringLiteral("shares"), money(leg.shares));
    object.insert(QStringLiteral("vwap"), money(leg.vwap));
    object.insert(QStringLiteral("notional"), money(leg.notional));
    object.insert(QStringLiteral("fee"), money(leg.fee));
    object.insert(QStringLiteral("book_hash"), QString::fromStdString(leg.bookHash));
    object.insert(QStringLiteral("book_timestamp"),
                  leg.bookTimestampMs > 0 ? QJsonValue(isoUtc(leg.bookTimestampMs)) : QJsonValue());
    return object;
}

} // namespace

QString isoUtc(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject opportunityToJson(const Opportunity& opportunity)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), QString::fromStdString(opportunity.id));
    object.insert(QStringLiteral("strategy"), QLatin1String(strategyCode(opportunity.strategy)));
    object.insert(QStringLiteral("event_id"), QString::fromStdString(opportunity.eventId));
    object.insert(QStringLiteral("event_title"), QString::fromStdString(opportunity.eventTitle));
    object.insert(QStringLiteral("market_ids"), stringArray(opportunity.marketIds));
    object.insert(QStringLiteral("shares"), money(opportunity.shares));
    object.insert(QStringLiteral("cost"), money(opportunity.cost));
    object.insert(QStringLiteral("payout"), money(opportunity.payout));
    object.insert(QStringLiteral("fees"), money(opportunity.fees));
    object.insert(QStringLiteral("gas"), money(opportunity.gas));
    object.insert(QStringLiteral("net_profit"), money(opportunity.netProfit));
    object.insert(QStringLiteral("net_profit_pct"), percent(opportunity.netProfitPct));
    object.insert(QStringLiteral("annualized_pct"),
                  opportunity.annualizedPct ? QJsonValue(percent(*opportunity.annualizedPct))
                                            : QJsonValue());
    object.insert(QStringLiteral("locked_until"),
                  opportunity.lockedUntilMs ? QJsonValue(isoUtc(*opportunity.lockedUntilMs))
                                            : QJsonValue());
    object.insert(QStringLiteral("first_seen"), isoUtc(opportunity.firstSeenMs));
    object.insert(QStringLiteral("last_seen"), isoUtc(opportunity.lastSeenMs));
    QJsonArray legs;
    for (const OpportunityLeg& leg : opportunity.legs) {
        legs.append(legToJson(leg));
    }
    object.insert(QStringLiteral("legs"), legs);
    return object;
}

QJsonObject refusalToJson(const Refusal& refusal)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), QString::fromStdString(refusal.id));
    object.insert(QStringLiteral("strategy"), QLatin1String(strategyCode(refusal.strategy)));
    object.insert(QStringLiteral("event_id"), QString::fromStdString(refusal.eventId));
    object.insert(QStringLiteral("event_title"), QString::fromStdString(refusal.eventTitle));
    object.insert(QStringLiteral("market_ids"), stringArray(refusal.marketIds));
    object.insert(QStringLiteral("reason"), QLatin1String(refusalReasonName(refusal.reason)));
    object.insert(QStringLiteral("layer"), int(refusalLayer(refusal.reason)));
    object.insert(QStringLiteral("detail"), QString::fromStdString(refusal.detail));
    object.insert(QStringLiteral("edge"), refusal.edge ? money(*refusal.edge) : QJsonValue());
    return object;
}

namespace {

/// Writes values in QJsonDocument's indented layout (4 spaces per level, "key": value, members
/// in the order given - callers give them sorted, as QJsonObject stores them).
class IndentedWriter
{
public:
    IndentedWriter(std::string& out, int depth)
        : m_out(out)
        , m_depth(depth)
    {}

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    /// Starts a member: separator, indent, "name": (names are plain ASCII, never escaped).
    void key(std::string_view name)
    {
        item();
        m_out += '"';
        m_out += name;
        m_out += "\": ";
    }
    /// Starts an array element.
    void element() { item(); }

    void string(std::string_view text) { appendJsonString(m_out, text); }
    void money(Decimal value)
    {
        m_out += '"';
        m_out += value.toString();
        m_out += '"';
    }
    void number(double value) { appendJsonNumber(m_out, value); }
    void integer(long long value) { m_out += std::to_string(value); }
    void time(std::int64_t ms) { appendIsoUtc(m_out, ms); }
    void null() { m_out += "null"; }
    void strings(const std::vector<std::string>& values)
    {
        beginArray();
        for (const std::string& value : values) {
            element();
            string(value);
        }
        endArray();
    }

private:
    void open(char bracket)
    {
        m_out += bracket;
        m_out += '\n';
        ++m_depth;
        m_first[++m_level] = true;
    }
    void close(char bracket)
    {
        const bool empty = m_first[m_level--];
        --m_depth;
        if (!empty) {
            m_out += '\n';
        }
        m_out.append(std::size_t(4 * m_depth), ' ');
        m_out += bracket;
    }
    void item()
    {
        if (!m_first[m_level]) {
            m_out += ",\n";
        }
        m_first[m_level] = false;
        m_out.append(std::size_t(4 * m_depth), ' ');
    }

    std::string& m_out;
    int m_depth;
    int m_level = 0;
    std::array<bool, 8> m_first{};
};

void writeLeg(IndentedWriter& w, const OpportunityLeg& leg)
{
    w.beginObject();
    w.key("book_hash");
    w.string(leg.bookHash);
    w.key("book_timestamp");
    if (leg.bookTimestampMs > 0) {
        w.time(leg.bookTimestampMs);
    } else {
        w.null();
    }
    w.key("condition_id");
    w.string(leg.conditionId);
    w.key("fee");
    w.money(leg.fee);
    w.key("limit_price");
    w.money(leg.limitPrice);
    w.key("notional");
    w.money(leg.notional);
    w.key("outcome");
    w.string(leg.outcome);
    w.key("shares");
    w.money(leg.shares);
    w.key("side");
    w.string(leg.side == TradeSide::Buy ? "BUY" : "SELL");
    w.key("token_id");
    w.string(leg.tokenId);
    w.key("vwap");
    w.money(leg.vwap);
    w.endObject();
}

/// Days since 1970-01-01 -> civil date (proleptic Gregorian), H. Hinnant's algorithm.
void civilFromDays(std::int64_t days, int& year, unsigned& month, unsigned& day)
{
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto dayOfEra = static_cast<unsigned>(days - era * 146097);
    const unsigned yearOfEra =
            (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned mp = (5 * dayOfYear + 2) / 153;
    day = dayOfYear - (153 * mp + 2) / 5 + 1;
    month = mp < 10 ? mp + 3 : mp - 9;
    year = static_cast<int>(static_cast<std::int64_t>(yearOfEra) + era * 400 + (month <= 2));
}

void appendDigits(std::string& out, unsigned value, int width)
{
    char digits[8];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    out.append(digits, static_cast<std::size_t>(width));
}

} // namespace

void appendJsonString(std::string& out, std::string_view text)
{
    const auto plain = [](unsigned char c) { return c >= 0x20 && c != '"' && c != '\\'; };
    // Bytes that need more than a copy: escapes, and non-ASCII (UTF-8 normalisation below).
    static constexpr auto kSpecial = [] {
        std::array<bool, 256> special{};
        for (int c = 0; c < 256; ++c) {
            special[std::size_t(c)] = c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
        }
        return special;
    }();
    const bool ordinary = std::none_of(text.begin(), text.end(), [](char c) {
        return kSpecial[static_cast<unsigned char>(c)];
    });
    out += '"';
    if (ordinary) {
        out += text;
        out += '"';
        return;
    }
    const bool ascii = std::none_of(text.begin(), text.end(),
                                    [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    // QJsonDocument writes QStrings: text that is not valid UTF-8 went through QString's
    // replacement characters first. Doing the same round trip keeps the bytes identical.
    QByteArray normalised;
    if (!ascii) {
        normalised = QString::fromUtf8(text.data(), qsizetype(text.size())).toUtf8();
        text = std::string_view(normalised.constData(), std::size_t(normalised.size()));
    }
    static constexpr char kHex[] = "0123456789abcdef";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (plain(byte)) {
            out += c;
            continue;
        }
        out += '\\';
        switch (byte) {
        case '"':
            out += '"';
            break;
        case '\\':
            out += '\\';
            break;
        case '\b':
            out += 'b';
            break;
        case '\f':
            out += 'f';
            break;
        case '\n':
            out += 'n';
            break;
        case '\r':
            out += 'r';
            break;
        case '\t':
            out += 't';
            break;
        default:
            out += "u00";
            out += kHex[byte >> 4];
            out += kHex[byte & 0xf];
            break;
        }
    }
    out += '"';
}

void appendJsonNumber(std::string& out, double value)
{
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    // QJsonValue keeps a whole number that a double holds exactly (|v| <= 2^53) as an integer,
    // printed without exponent (100000, not 1e+05); everything else as the shortest 'g' form.
    constexpr double kExactIntegers = 9007199254740992.0; // 2^53
    if (std::trunc(value) == value && std::fabs(value) <= kExactIntegers) {
        out += std::to_string(static_cast<long long>(value));
        return;
    }
    const QByteArray text = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    out.append(text.constData(), std::size_t(text.size()));
}

void appendIsoUtc(std::string& out, std::int64_t ms)
{
    constexpr std::int64_t kMsPerDay = 86'400'000;
    constexpr std::int64_t kYear10000 = 253'402'300'800'000; // 10000-01-01T00:00:00Z
    if (ms < 0 || ms >= kYear10000) {
        // Outside four-digit years Qt's own format applies (signs, wider years).
        const QByteArray text = isoUtc(ms).toUtf8();
        out += '"';
        out.append(text.constData(), std::size_t(text.size()));
        out += '"';
        return;
    }
    int year = 0;
    unsigned month = 0;
    unsigned day = 0;
    civilFromDays(ms / kMsPerDay, year, month, day);
    const auto inDay = static_cast<unsigned>(ms % kMsPerDay);
    out += '"';
    appendDigits(out, static_cast<unsigned>(year), 4);
    out += '-';
    appendDigits(out, month, 2);
    out += '-';
    appendDigits(out, day, 2);
    out += 'T';
    appendDigits(out, inDay / 3'600'000, 2);
    out += ':';
    appendDigits(out, inDay / 60'000 % 60, 2);
    out += ':';
    appendDigits(out, inDay / 1000 % 60, 2);
    out += '.';
    appendDigits(out, inDay % 1000, 3);
    out += "Z\"";
}

void appendOpportunityJson(std::string& out, const Opportunity& opportunity, int depth)
{
    IndentedWriter w(out, depth);
    w.beginObject();
    w.key("annualized_pct");
    if (opportunity.annualizedPct) {
        w.number(percent(*opportunity.annualizedPct));
    } else {
        w.null();
    }
    w.key("cost");
    w.money(opportunity.cost);
    w.key("event_id");
    w.string(opportunity.eventId);
    w.key("event_title");
    w.string(opportunity.eventTitle);
    w.key("fees");
    w.money(opportunity.fees);
    w.key("first_seen");
    w.time(opportunity.firstSeenMs);
    w.key("gas");
    w.money(opportunity.gas);
    w.key("id");
    w.string(opportunity.id);
    w.key("last_seen");
    w.time(opportunity.lastSeenMs);
    w.key("legs");
    w.beginArray();
    for (const OpportunityLeg& leg : opportunity.legs) {
        w.element();
        writeLeg(w, leg);
    }
    w.endArray();
    w.key("locked_until");
    if (opportunity.lockedUntilMs) {
        w.time(*opportunity.lockedUntilMs);
    } else {
        w.null();
    }
    w.key("market_ids");
    w.strings(opportunity.marketIds);
    w.key("net_profit");
    w.money(opportunity.netProfit);
    w.key("net_profit_pct");
    w.number(percent(opportunity.netProfitPct));
    w.key("payout");
    w.money(opportunity.payout);
    w.key("shares");
    w.money(opportunity.shares);
    w.key("strategy");
    w.string(strategyCode(opportunity.strategy));
    w.endObject();
}

void appendRefusalJson(std::string& out, const Refusal& refusal, int depth)
{
    IndentedWriter w(out, depth);
    w.beginObject();
    w.key("detail");
    w.string(refusal.detail);
    w.key("edge");
    if (refusal.edge) {
        w.money(*refusal.edge);
    } else {
        w.null();
    }
    w.key("event_id");
    w.string(refusal.eventId);
    w.key("event_title");
    w.string(refusal.eventTitle);
    w.key("id");
    w.string(refusal.id);
    w.key("layer");
    w.integer(int(refusalLayer(refusal.reason)));
    w.key("market_ids");
    w.strings(refusal.marketIds);
    w.key("reason");
    w.string(refusalReasonName(refusal.reason));
    w.key("strategy");
    w.string(strategyCode(refusal.strategy));
    w.endObject();
}

} // namespace polaris
