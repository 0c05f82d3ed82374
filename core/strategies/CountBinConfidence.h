#pragma once

#include "core/strategies/ConfidenceProvider.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace polaris {

/// Tail-end confidence for count-bin events ("how many X by date") from the Poisson model:
/// the operator (or a feed) tells it an event's count so far; each bin market's YES token then
/// gets the probability of its bin (PoissonCountBinModel), its NO token the complement.
/// Markets whose groupItemTitle is not a bin, events without a count, and counts of zero (no
/// observed rate: the model would call further events impossible) have no estimate.
/// Configured and read on the market-data thread; not synchronised.
class CountBinConfidence : public ConfidenceProvider
{
public:
    /// The count of an event's counting period as of `observedAtMs`.
    struct Observation
    {
        std::int64_t count = 0;
        std::int64_t periodStartMs = 0;          ///< when counting began
        std::int64_t observedAtMs = 0;           ///< when `count` was true
        std::optional<std::int64_t> periodEndMs; ///< default: the market's end date
    };

    void setObservation(std::string_view eventId, Observation observation);
    void clear(std::string_view eventId);

    std::optional<double>
    confidence(const Market& market, std::string_view tokenId, std::int64_t nowMs) const override;
    std::string unavailableReason(const Market& market,
                                  std::string_view tokenId,
                                  std::int64_t nowMs) const override;

private:
    struct StringHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const
        {
            return std::hash<std::string_view>{}(text);
        }
    };
    /// Bin probability of the market's YES outcome, or why there is none.
    std::optional<double>
    yesProbability(const Market& market, std::int64_t nowMs, std::string* why) const;

    std::unordered_map<std::string, Observation, StringHash, std::equal_to<>> m_observations;
};

} // namespace polaris
