#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace polaris {

/// An inclusive range of final counts a count-bin market pays on: [lo, hi], hi open when absent.
struct CountBin
{
    std::int64_t lo = 0;
    std::optional<std::int64_t> hi;

    bool operator==(const CountBin&) const = default;
};

/// The Poisson forecast for count-bin markets ("how many X by date", strategies.md G).
///
/// Events so far arrived at rate = count / elapsed; the remaining ones are Poisson with
/// mean = rate x remaining, so the final count is current + X, X ~ Poisson(mean), and a bin's
/// probability is P(lo - current <= X <= hi - current). Pure functions of doubles (statistics);
/// callable from any thread.
class PoissonCountBinModel
{
public:
    /// P(X = k) for X ~ Poisson(mean); evaluated in log space so large means do not underflow.
    static double pmf(std::int64_t k, double mean);
    /// P(X <= k); 0 for k < 0, 1 for mean 0 and k >= 0.
    static double cdf(std::int64_t k, double mean);
    /// Probability that current + X lands in `bin`.
    static double binProbability(const CountBin& bin, std::int64_t currentCount, double mean);
    /// Expected further events: (count / elapsed) x remaining; nullopt when elapsed <= 0,
    /// remaining < 0 or count < 0.
    static std::optional<double>
    expectedRemaining(std::int64_t currentCount, std::int64_t elapsedMs, std::int64_t remainingMs);
    /// binProbability() with the mean from expectedRemaining().
    static std::optional<double> probability(const CountBin& bin,
                                             std::int64_t currentCount,
                                             std::int64_t elapsedMs,
                                             std::int64_t remainingMs);

    /// Reads a bin market's groupItemTitle. Accepted (case-insensitive, spaces optional,
    /// thousands separators "1,000" allowed):
    ///   "10-14", "10 – 14", "10 to 14"                         -> [10, 14]
    ///   "15+", "15 or more", "at least 15", ">=15", "≥15"      -> [15, open)
    ///   ">14", "more than 14", "over 14", "above 14"           -> [15, open)
    ///   "<5", "less than 5", "fewer than 5", "under 5", "below 5" -> [0, 4]
    ///   "<=4", "≤4", "4 or fewer", "4 or less", "at most 4", "up to 4" -> [0, 4]
    ///   "7"                                                    -> [7, 7]
    /// Anything else (words, decimals, reversed ranges, "<0") -> nullopt.
    static std::optional<CountBin> parseBinTitle(std::string_view title);
};

} // namespace polaris
