#pragma once

#include "core/strategies/ConfidenceProvider.h"
#include "core/util/Result.h"

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace polaris {

/// Tail-end confidence from an external feed: a JSON object {"<tokenId>": probability, ...}
/// that the Qt edge fetches (HTTP or file) and hands over as text. Each load replaces the whole
/// table (a feed document is a snapshot); entries that are not probabilities are skipped and
/// counted, the good ones kept. Loaded and read on the market-data thread; not synchronised.
class ExternalFeedConfidence : public ConfidenceProvider
{
public:
    /// Parses and installs a feed document. A malformed document (not JSON, not an object, too
    /// large) is an Error and keeps the previous table.
    Result<ConfidenceLoadReport> load(std::string_view json);

    std::optional<double>
    confidence(const Market& market, std::string_view tokenId, std::int64_t nowMs) const override;
    std::string unavailableReason(const Market& market,
                                  std::string_view tokenId,
                                  std::int64_t nowMs) const override;

    std::size_t size() const { return m_probabilities.size(); }

private:
    struct StringHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const
        {
            return std::hash<std::string_view>{}(text);
        }
    };
    std::unordered_map<std::string, double, StringHash, std::equal_to<>> m_probabilities;
};

} // namespace polaris
