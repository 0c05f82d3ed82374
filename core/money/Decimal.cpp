#include "core/money/Decimal.h"

#include <charconv>
#include <cstdlib>
#include <limits>

namespace polaris {

namespace {

__extension__ using Int128 = __int128; // GCC/Clang builtin, 128-bit intermediates

constexpr std::int64_t kPow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000};

/// Divides with the requested rounding; the divisor must be positive.
template <typename Int> Int divideRoundedAs(Int numerator, Int divisor, Rounding rounding)
{
    const Int quotient = numerator / divisor;
    const Int remainder = numerator % divisor;
    if (remainder == 0) {
        return quotient;
    }
    switch (rounding) {
    case Rounding::Down: // toward negative infinity
        return numerator < 0 ? quotient - 1 : quotient;
    case Rounding::Up: // toward positive infinity
        return numerator < 0 ? quotient : quotient + 1;
    case Rounding::Nearest: { // half away from zero: 2|r| >= d, written so it cannot overflow
        const Int magnitude = remainder < 0 ? -remainder : remainder;
        if (magnitude >= divisor - magnitude) {
            return numerator < 0 ? quotient - 1 : quotient + 1;
        }
        return quotient;
    }
    }
    return quotient;
}

bool fitsInt64(Int128 value)
{
    return value >= std::numeric_limits<std::int64_t>::min()
           && value <= std::numeric_limits<std::int64_t>::max();
}

/// The same on 128-bit values. Products and quotients of prices and sizes nearly always fit in
/// 64 bits, where division is one instruction instead of a libgcc call (it was ~15 % of sizing
/// a 30-leg basket); the result is the same either way.
Int128 divideRounded(Int128 numerator, Int128 divisor, Rounding rounding)
{
    if (fitsInt64(numerator) && fitsInt64(divisor)) {
        return divideRoundedAs<std::int64_t>(static_cast<std::int64_t>(numerator),
                                             static_cast<std::int64_t>(divisor), rounding);
    }
    return divideRoundedAs<Int128>(numerator, divisor, rounding);
}

Error formatError(std::string_view text, const char* why)
{
    return Error{ErrorCode::InvalidFormat,
                 std::string("'") + std::string(text.substr(0, 64)) + "': " + why};
}

Result<Decimal> parseImpl(std::string_view text, bool strict, Rounding rounding)
{
    if (text.empty()) {
        return formatError(text, "empty number");
    }
    std::size_t pos = 0;
    const bool negative = text[0] == '-';
    if (negative) {
        ++pos;
    }
    Int128 integerPart = 0;
    std::size_t integerDigits = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
        integerPart = integerPart * 10 + (text[pos] - '0');
        if (integerPart > Decimal::kMaxAbsMicros / Decimal::kOne) {
            return Error{ErrorCode::OutOfRange,
                         "'" + std::string(text.substr(0, 64)) + "' exceeds 10^12"};
        }
        ++pos;
        ++integerDigits;
    }
    Int128 fraction = 0;
    std::size_t fractionDigits = 0;
    bool excessNonZero = false;
    int excessFirstDigit = -1;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            const int digit = text[pos] - '0';
            if (fractionDigits < Decimal::kScale) {
                fraction = fraction * 10 + digit;
            } else {
                if (excessFirstDigit < 0) {
                    excessFirstDigit = digit;
                }
                excessNonZero = excessNonZero || digit != 0;
            }
            ++fractionDigits;
            ++pos;
        }
        if (fractionDigits == 0 && integerDigits == 0) {
            return formatError(text, "no digits");
        }
    }
    if (integerDigits == 0 && fractionDigits == 0) {
        return formatError(text, "no digits");
    }
    if (pos != text.size()) {
        return formatError(text, "unexpected character");
    }
    const std::size_t kept = fractionDigits < Decimal::kScale ? fractionDigits : Decimal::kScale;
    Int128 micros = integerPart * Decimal::kOne + fraction * kPow10[Decimal::kScale - kept];
    if (excessNonZero) {
        if (strict) {
            return Error{ErrorCode::OverPrecise, "'" + std::string(text.substr(0, 64))
                                                         + "' has more than 6 decimal places"};
        }
        // Magnitude rounding on the absolute value; the sign is applied below.
        const bool towardInfinityOfMagnitude =
                (rounding == Rounding::Up && !negative) || (rounding == Rounding::Down && negative)
                || (rounding == Rounding::Nearest && excessFirstDigit >= 5);
        if (towardInfinityOfMagnitude) {
            micros += 1;
        }
    }
    if (micros > Decimal::kMaxAbsMicros) {
        return Error{ErrorCode::OutOfRange,
                     "'" + std::string(text.substr(0, 64)) + "' exceeds 10^12"};
    }
    return Decimal::fromMicros(static_cast<std::int64_t>(negative ? -micros : micros));
}

} // namespace

Result<Decimal> Decimal::parse(std::string_view text)
{
    return parseImpl(text, true, Rounding::Down);
}

Result<Decimal> Decimal::parseRounded(std::string_view text, Rounding rounding)
{
    return parseImpl(text, false, rounding);
}

Result<Decimal> Decimal::fromJsonNumber(double value)
{
    char buffer[64];
    // Fixed notation in shortest round-trip form: 0.01 -> "0.01", 1e-05 -> "0.00001".
    const auto [end, ec] =
            std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    if (ec != std::errc()) {
        return Error{ErrorCode::OutOfRange, "number too large to represent"};
    }
    return parse(std::string_view(buffer, static_cast<std::size_t>(end - buffer)));
}

std::string Decimal::toString() const
{
    const bool negative = m_micros < 0;
    // Unsigned magnitude avoids overflow on INT64_MIN.
    const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(m_micros)
                                             : static_cast<std::uint64_t>(m_micros);
    std::string out = negative ? "-" : "";
    out += std::to_string(magnitude / kOne);
    std::uint64_t fraction = magnitude % kOne;
    if (fraction != 0) {
        char digits[kScale + 1] = {};
        for (int i = kScale - 1; i >= 0; --i) {
            digits[i] = static_cast<char>('0' + fraction % 10);
            fraction /= 10;
        }
        int length = kScale;
        while (length > 0 && digits[length - 1] == '0') {
            --length;
        }
        out += '.';
        out.append(digits, static_cast<std::size_t>(length));
    }
    return out;
}

std::string Decimal::toFixed(int places) const
{
    places = places < 0 ? 0 : (places > kScale ? kScale : places);
    const std::int64_t step = kPow10[kScale - places];
    const Decimal rounded = roundToMultiple(Decimal(step), Rounding::Nearest);
    const bool negative = rounded.m_micros < 0;
    const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(rounded.m_micros)
                                             : static_cast<std::uint64_t>(rounded.m_micros);
    std::string out = negative ? "-" : "";
    out += std::to_string(magnitude / kOne);
    if (places > 0) {
        std::string fraction = std::to_string(magnitude % kOne + kOne).substr(1); // zero-padded
        out += '.';
        out += fraction.substr(0, static_cast<std::size_t>(places));
    }
    return out;
}

Decimal Decimal::mul(Decimal a, Decimal b, Rounding rounding)
{
    const Int128 product = static_cast<Int128>(a.m_micros) * b.m_micros;
    if (fitsInt64(product)) {
        // By a constant: the compiler turns this division into a multiplication.
        return Decimal(divideRoundedAs<std::int64_t>(static_cast<std::int64_t>(product),
                                                     static_cast<std::int64_t>(kOne), rounding));
    }
    return Decimal(static_cast<std::int64_t>(divideRounded(product, kOne, rounding)));
}

Decimal Decimal::div(Decimal a, Decimal b, Rounding rounding)
{
    assert(b.m_micros != 0);
    Int128 numerator = static_cast<Int128>(a.m_micros) * kOne;
    Int128 divisor = b.m_micros;
    if (divisor < 0) {
        numerator = -numerator;
        divisor = -divisor;
    }
    return Decimal(static_cast<std::int64_t>(divideRounded(numerator, divisor, rounding)));
}

Decimal Decimal::roundToMultiple(Decimal step, Rounding rounding) const
{
    assert(step.m_micros > 0);
    const Int128 units = divideRounded(m_micros, step.m_micros, rounding);
    return Decimal(static_cast<std::int64_t>(units * step.m_micros));
}

} // namespace polaris
