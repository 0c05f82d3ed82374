#include "core/strategies/PoissonCountBinModel.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <string>

namespace polaris {

namespace {

constexpr std::int64_t kMaxCount = 1'000'000'000'000LL;

std::string normalized(std::string_view title)
{
    // Lower-case, drop spaces and thousands separators, and fold the Unicode signs people
    // use in titles (en/em dash, ≥, ≤) onto ASCII.
    std::string text;
    text.reserve(title.size());
    for (std::size_t i = 0; i < title.size(); ++i) {
        const auto c = static_cast<unsigned char>(title[i]);
        const std::string_view rest = title.substr(i);
        if (rest.starts_with("\u2013") || rest.starts_with("\u2014")) {
            text += '-';
            i += 2;
        } else if (rest.starts_with("\u2265")) {
            text += ">=";
            i += 2;
        } else if (rest.starts_with("\u2264")) {
            text += "<=";
            i += 2;
        } else if (std::isspace(c) == 0 && c != ',') {
            text += static_cast<char>(std::tolower(c));
        }
    }
    return text;
}

/// Parses all of `text` as a non-negative integer.
std::optional<std::int64_t> wholeNumber(std::string_view text)
{
    if (text.empty() || text.size() > 13) {
        return std::nullopt;
    }
    std::int64_t value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    return value <= kMaxCount ? std::optional(value) : std::nullopt;
}

bool stripPrefix(std::string_view& text, std::string_view prefix)
{
    if (text.starts_with(prefix)) {
        text.remove_prefix(prefix.size());
        return true;
    }
    return false;
}

bool stripSuffix(std::string_view& text, std::string_view suffix)
{
    if (text.ends_with(suffix)) {
        text.remove_suffix(suffix.size());
        return true;
    }
    return false;
}

} // namespace

double PoissonCountBinModel::pmf(std::int64_t k, double mean)
{
    if (k < 0 || !(mean >= 0.0)) {
        return 0.0;
    }
    if (mean == 0.0) {
        return k == 0 ? 1.0 : 0.0;
    }
    const double kd = static_cast<double>(k);
    return std::exp(kd * std::log(mean) - mean - std::lgamma(kd + 1.0));
}

double PoissonCountBinModel::cdf(std::int64_t k, double mean)
{
    if (k < 0 || !(mean >= 0.0)) {
        return 0.0;
    }
    if (mean == 0.0) {
        return 1.0;
    }
    // Sum the upper tail instead when it is the smaller side: fewer terms, less cancellation.
    double sum = 0.0;
    const auto mode = static_cast<std::int64_t>(mean);
    if (k <= mode) {
        for (std::int64_t i = 0; i <= k; ++i) {
            sum += pmf(i, mean);
        }
        return std::min(1.0, sum);
    }
    // P(X <= k) = 1 - P(X > k); terms beyond k decay geometrically once past the mean.
    for (std::int64_t i = k + 1;; ++i) {
        const double term = pmf(i, mean);
        sum += term;
        if (term < 1e-18 * std::max(sum, 1e-300) || i - k > 100'000) {
            break;
        }
    }
    return std::max(0.0, 1.0 - sum);
}

double
PoissonCountBinModel::binProbability(const CountBin& bin, std::int64_t currentCount, double mean)
{
    const std::int64_t lower = std::max<std::int64_t>(0, bin.lo - currentCount); // X >= lower
    if (bin.hi && *bin.hi < currentCount) {
        return 0.0; // the count already passed the bin
    }
    const double below = cdf(lower - 1, mean);
    if (!bin.hi) {
        return std::max(0.0, 1.0 - below);
    }
    const std::int64_t upper = *bin.hi - currentCount;
    if (upper < lower) {
        return 0.0;
    }
    return std::max(0.0, cdf(upper, mean) - below);
}

std::optional<double> PoissonCountBinModel::expectedRemaining(std::int64_t currentCount,
                                                              std::int64_t elapsedMs,
                                                              std::int64_t remainingMs)
{
    if (elapsedMs <= 0 || remainingMs < 0 || currentCount < 0) {
        return std::nullopt;
    }
    const double rate = static_cast<double>(currentCount) / static_cast<double>(elapsedMs);
    return rate * static_cast<double>(remainingMs);
}

std::optional<double> PoissonCountBinModel::probability(const CountBin& bin,
                                                        std::int64_t currentCount,
                                                        std::int64_t elapsedMs,
                                                        std::int64_t remainingMs)
{
    const auto mean = expectedRemaining(currentCount, elapsedMs, remainingMs);
    if (!mean) {
        return std::nullopt;
    }
    return binProbability(bin, currentCount, *mean);
}

std::optional<CountBin> PoissonCountBinModel::parseBinTitle(std::string_view title)
{
    const std::string text = normalized(title);
    std::string_view rest = text;
    if (const auto single = wholeNumber(rest)) {
        return CountBin{*single, *single};
    }
    // Open upwards: at least n.
    for (std::string_view suffix : {"+", "ormore", "orabove", "orhigher"}) {
        std::string_view body = rest;
        if (stripSuffix(body, suffix)) {
            if (const auto n = wholeNumber(body)) {
                return CountBin{*n, std::nullopt};
            }
        }
    }
    for (std::string_view prefix : {">=", "atleast"}) {
        std::string_view body = rest;
        if (stripPrefix(body, prefix)) {
            if (const auto n = wholeNumber(body)) {
                return CountBin{*n, std::nullopt};
            }
        }
    }
    for (std::string_view prefix : {">", "morethan", "over", "above"}) {
        std::string_view body = rest;
        if (stripPrefix(body, prefix)) {
            if (const auto n = wholeNumber(body)) {
                return CountBin{*n + 1, std::nullopt};
            }
        }
    }
    // Closed from zero.
    for (std::string_view prefix : {"<=", "atmost", "upto"}) {
        std::string_view body = rest;
        if (stripPrefix(body, prefix)) {
            if (const auto n = wholeNumber(body)) {
                return CountBin{0, *n};
            }
        }
    }
    for (std::string_view suffix : {"orfewer", "orless", "orbelow"}) {
        std::string_view body = rest;
        if (stripSuffix(body, suffix)) {
            if (const auto n = wholeNumber(body)) {
                return CountBin{0, *n};
            }
        }
    }
    for (std::string_view prefix : {"<", "lessthan", "fewerthan", "under", "below"}) {
        std::string_view body = rest;
        if (stripPrefix(body, prefix)) {
            if (const auto n = wholeNumber(body); n && *n > 0) {
                return CountBin{0, *n - 1};
            }
            return std::nullopt;
        }
    }
    // Ranges: "a-b" or "a to b".
    for (std::string_view separator : {"-", "to"}) {
        const std::size_t at = rest.find(separator);
        if (at == std::string_view::npos) {
            continue;
        }
        const auto lo = wholeNumber(rest.substr(0, at));
        const auto hi = wholeNumber(rest.substr(at + separator.size()));
        if (lo && hi && *lo <= *hi) {
            return CountBin{*lo, *hi};
        }
    }
    return std::nullopt;
}

} // namespace polaris
