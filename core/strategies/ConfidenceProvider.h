#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace polaris {

struct Market;

/// Where tail-end (strategy G) gets the probability that an outcome wins. A probability is a
/// statistic, not money, so it is a double. Implementations are queried from the scan (the
/// market-data thread) and must not block; they are not synchronised unless they say so.
class ConfidenceProvider
{
public:
    virtual ~ConfidenceProvider() = default;
    /// Probability in [0, 1] that `tokenId` of `market` pays out, as of `nowMs`; nullopt when
    /// the provider has no estimate (too little history, no feed entry, no count configured).
    virtual std::optional<double>
    confidence(const Market& market, std::string_view tokenId, std::int64_t nowMs) const = 0;
    /// Why confidence() returned nullopt, in words a refusal can show. Overridden by providers
    /// that know more than "no estimate".
    virtual std::string
    unavailableReason(const Market& market, std::string_view tokenId, std::int64_t nowMs) const;
};

/// What a provider's loader took from a document: good entries are kept even when others are
/// rejected; `firstProblem` names the first rejected entry (field and value).
struct ConfidenceLoadReport
{
    std::size_t accepted = 0;
    std::size_t rejected = 0;
    std::string firstProblem;
};

} // namespace polaris
