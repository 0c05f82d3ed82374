#pragma once

#include "core/util/Result.h"

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace polaris {

enum class Rounding { Down, Up, Nearest };

/// Exact fixed-point decimal with 6 places (USDC's and CTF shares' on-chain precision), stored as
/// int64 micro-units. Used for every price, size, fee, cost and PnL in Polaris: binary floating
/// point never touches money. Products and quotients go through 128-bit intermediates and round
/// explicitly, so the caller always says which way a sub-micro remainder goes.
/// Plain value type; safe to copy across threads.
class Decimal
{
public:
    static constexpr int kScale = 6;
    static constexpr std::int64_t kOne = 1'000'000;
    /// Largest magnitude accepted from text: a trillion units. Anything bigger is an absurd
    /// size or price from a broken feed, and keeping headroom lets sums of many values not
    /// overflow.
    static constexpr std::int64_t kMaxAbsMicros = 1'000'000'000'000LL * kOne;

    constexpr Decimal() = default;
    static constexpr Decimal fromMicros(std::int64_t micros) { return Decimal(micros); }
    static constexpr Decimal fromInt(std::int64_t units) { return Decimal(units * kOne); }

    /// Parses a venue decimal string: optional '-', digits, optional '.' and up to 6 digits
    /// ("0.45", ".48", "100", "3149725.72"). Rejects exponents, spaces, signs other than a leading
    /// '-', more than 6 decimal places (OverPrecise, unless they are all zeros) and magnitudes
    /// above kMaxAbsMicros (OutOfRange).
    static Result<Decimal> parse(std::string_view text);
    /// Like parse(), but digits past the 6th decimal are rounded as asked instead of rejected.
    /// Only for informational fields (liquidity, volume) that venues send with excess precision.
    static Result<Decimal> parseRounded(std::string_view text, Rounding rounding);
    /// For venues that send a decimal as a JSON number (e.g. `"orderPriceMinTickSize": 0.01`):
    /// the JSON parser has already produced a double, so recover the literal the venue wrote via
    /// the shortest round-trip representation (exact for literals of <= 15 significant digits)
    /// and parse that strictly. Never use this for values we compute.
    static Result<Decimal> fromJsonNumber(double value);

    constexpr std::int64_t micros() const { return m_micros; }
    constexpr bool isZero() const { return m_micros == 0; }
    constexpr bool isNegative() const { return m_micros < 0; }
    constexpr bool isPositive() const { return m_micros > 0; }

    /// Canonical text without trailing zeros: "0.45", "100", "-0.000001". Locale-free.
    std::string toString() const;
    /// Text with exactly `places` decimals (0..6), rounding half away from zero.
    std::string toFixed(int places) const;
    /// For charts and statistics only.
    double toDouble() const { return static_cast<double>(m_micros) / kOne; }

    /// a * b rounded to 6 places in the given direction (exact when it fits).
    static Decimal mul(Decimal a, Decimal b, Rounding rounding);
    /// a / b rounded to 6 places; b must not be zero.
    static Decimal div(Decimal a, Decimal b, Rounding rounding);
    /// Rounds to a multiple of `step` (a tick size or size precision); step must be positive.
    Decimal roundToMultiple(Decimal step, Rounding rounding) const;
    /// Whether this is an exact multiple of step.
    bool isMultipleOf(Decimal step) const
    {
        return step.m_micros != 0 && m_micros % step.m_micros == 0;
    }

    constexpr Decimal operator-() const { return Decimal(-m_micros); }
    constexpr Decimal operator+(Decimal o) const { return Decimal(m_micros + o.m_micros); }
    constexpr Decimal operator-(Decimal o) const { return Decimal(m_micros - o.m_micros); }
    constexpr Decimal& operator+=(Decimal o)
    {
        m_micros += o.m_micros;
        return *this;
    }
    constexpr Decimal& operator-=(Decimal o)
    {
        m_micros -= o.m_micros;
        return *this;
    }
    constexpr Decimal operator*(std::int64_t n) const { return Decimal(m_micros * n); }
    constexpr auto operator<=>(const Decimal&) const = default;

private:
    constexpr explicit Decimal(std::int64_t micros)
        : m_micros(micros)
    {}
    std::int64_t m_micros = 0;
};

constexpr Decimal min(Decimal a, Decimal b)
{
    return b < a ? b : a;
}
constexpr Decimal max(Decimal a, Decimal b)
{
    return a < b ? b : a;
}

} // namespace polaris
