#include "core/strategies/ConfidenceProvider.h"

namespace polaris {

std::string
ConfidenceProvider::unavailableReason(const Market&, std::string_view tokenId, std::int64_t) const
{
    return "no confidence estimate for token " + std::string(tokenId);
}

} // namespace polaris
