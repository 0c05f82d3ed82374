#include "core/market/VenueTime.h"

#include <chrono>

namespace polaris {

namespace {

/// Cursor over the text; every reader consumes exactly what it accepts.
struct Scanner
{
    std::string_view text;
    std::size_t pos = 0;

    bool atEnd() const { return pos >= text.size(); }
    char peek() const { return atEnd() ? '\0' : text[pos]; }
    bool take(char c)
    {
        if (peek() != c) {
            return false;
        }
        ++pos;
        return true;
    }
    /// Exactly `count` decimal digits.
    std::optional<int> digits(int count)
    {
        int value = 0;
        for (int i = 0; i < count; ++i) {
            const char c = peek();
            if (c < '0' || c > '9') {
                return std::nullopt;
            }
            value = value * 10 + (c - '0');
            ++pos;
        }
        return value;
    }
};

constexpr std::int64_t kMsPerSecond = 1000;
constexpr std::int64_t kMsPerMinute = 60 * kMsPerSecond;
constexpr std::int64_t kMsPerHour = 60 * kMsPerMinute;

std::optional<std::int64_t> parseEpochDigits(std::string_view text)
{
    // 18 digits keep us far from int64 overflow; real ms stamps have 13.
    if (text.empty() || text.size() > 18) {
        return std::nullopt;
    }
    std::int64_t value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

/// "Z", "+00", "+00:00", "+0000", "-05:00"; returns the offset east of UTC in ms.
std::optional<std::int64_t> parseZone(Scanner& in)
{
    if (in.atEnd()) {
        return 0; // no zone: the venues' zone-less stamps are UTC
    }
    if (in.take('Z') || in.take('z')) {
        return 0;
    }
    const char sign = in.peek();
    if (sign != '+' && sign != '-') {
        return std::nullopt;
    }
    ++in.pos;
    const auto hours = in.digits(2);
    if (!hours || *hours > 23) {
        return std::nullopt;
    }
    int minutes = 0;
    if (!in.atEnd()) {
        in.take(':');
        const auto parsed = in.digits(2);
        if (!parsed || *parsed > 59) {
            return std::nullopt;
        }
        minutes = *parsed;
    }
    const std::int64_t offset = *hours * kMsPerHour + minutes * kMsPerMinute;
    return sign == '+' ? offset : -offset;
}

} // namespace

std::optional<std::int64_t> parseVenueTimeMs(std::string_view text)
{
    if (const auto epoch = parseEpochDigits(text)) {
        return epoch;
    }
    Scanner in{text};
    const auto year = in.digits(4);
    if (!year || !in.take('-')) {
        return std::nullopt;
    }
    const auto month = in.digits(2);
    if (!month || !in.take('-')) {
        return std::nullopt;
    }
    const auto day = in.digits(2);
    if (!day) {
        return std::nullopt;
    }
    const std::chrono::year_month_day date{std::chrono::year(*year),
                                           std::chrono::month(static_cast<unsigned>(*month)),
                                           std::chrono::day(static_cast<unsigned>(*day))};
    if (!date.ok()) {
        return std::nullopt;
    }
    const std::int64_t dayMs =
            std::chrono::sys_days(date).time_since_epoch().count() * 24 * kMsPerHour;
    if (in.atEnd()) {
        return dayMs;
    }
    if (!in.take('T') && !in.take('t') && !in.take(' ')) {
        return std::nullopt;
    }
    const auto hour = in.digits(2);
    if (!hour || *hour > 23 || !in.take(':')) {
        return std::nullopt;
    }
    const auto minute = in.digits(2);
    if (!minute || *minute > 59) {
        return std::nullopt;
    }
    int second = 0;
    int millis = 0;
    if (in.take(':')) {
        const auto parsed = in.digits(2);
        if (!parsed || *parsed > 60) { // 60: a leap second, as ISO 8601 allows
            return std::nullopt;
        }
        second = *parsed;
        if (in.take('.')) {
            int fractionDigits = 0;
            while (in.peek() >= '0' && in.peek() <= '9') {
                if (fractionDigits < 3) {
                    millis = millis * 10 + (in.peek() - '0');
                }
                ++fractionDigits;
                ++in.pos;
            }
            if (fractionDigits == 0) {
                return std::nullopt;
            }
            for (int i = fractionDigits; i < 3; ++i) {
                millis *= 10;
            }
        }
    }
    const auto offset = parseZone(in);
    if (!offset || !in.atEnd()) {
        return std::nullopt;
    }
    return dayMs + *hour * kMsPerHour + *minute * kMsPerMinute + second * kMsPerSecond + millis
           - *offset;
}

} // namespace polaris
