#include "core/strategies/CountBinConfidence.h"

#include "core/market/Market.h"
#include "core/strategies/PoissonCountBinModel.h"

namespace polaris {

void CountBinConfidence::setObservation(std::string_view eventId, Observation observation)
{
    m_observations.insert_or_assign(std::string(eventId), observation);
}

void CountBinConfidence::clear(std::string_view eventId)
{
    if (const auto it = m_observations.find(eventId); it != m_observations.end()) {
        m_observations.erase(it);
    }
}

std::optional<double>
CountBinConfidence::yesProbability(const Market& market, std::int64_t nowMs, std::string* why) const
{
    const auto fail = [why](std::string reason) -> std::optional<double> {
        if (why != nullptr) {
            *why = std::move(reason);
        }
        return std::nullopt;
    };
    const auto bin = PoissonCountBinModel::parseBinTitle(market.groupItemTitle);
    if (!bin) {
        return fail("count-bin model: title '" + market.groupItemTitle + "' is not a count bin");
    }
    const auto it = m_observations.find(market.eventId);
    if (it == m_observations.end()) {
        return fail("count-bin model: no current count configured for event " + market.eventId);
    }
    const Observation& seen = it->second;
    if (seen.count <= 0) {
        return fail("count-bin model: no events counted yet, so no observed rate");
    }
    if (seen.observedAtMs > nowMs) {
        return fail("count-bin model: count observed in the future");
    }
    const std::optional<std::int64_t> endMs =
            seen.periodEndMs ? seen.periodEndMs : market.endDateMs;
    if (!endMs) {
        return fail("count-bin model: counting period has no end");
    }
    const auto probability = PoissonCountBinModel::probability(
            *bin, seen.count, seen.observedAtMs - seen.periodStartMs,
            std::max<std::int64_t>(0, *endMs - seen.observedAtMs));
    if (!probability) {
        return fail("count-bin model: counting period has not started");
    }
    return probability;
}

std::optional<double> CountBinConfidence::confidence(const Market& market,
                                                     std::string_view tokenId,
                                                     std::int64_t nowMs) const
{
    const auto yes = market.yesTokenId();
    const auto no = market.noTokenId();
    const bool isYes = yes && *yes == tokenId;
    const bool isNo = no && *no == tokenId;
    if (!isYes && !isNo) {
        return std::nullopt;
    }
    const auto probability = yesProbability(market, nowMs, nullptr);
    if (!probability) {
        return std::nullopt;
    }
    return isYes ? *probability : 1.0 - *probability;
}

std::string CountBinConfidence::unavailableReason(const Market& market,
                                                  std::string_view tokenId,
                                                  std::int64_t nowMs) const
{
    const auto yes = market.yesTokenId();
    const auto no = market.noTokenId();
    if (!(yes && *yes == tokenId) && !(no && *no == tokenId)) {
        return "count-bin model: token " + std::string(tokenId)
               + " is not the YES/NO of a binary bin market";
    }
    std::string why;
    (void)yesProbability(market, nowMs, &why);
    return why.empty() ? ConfidenceProvider::unavailableReason(market, tokenId, nowMs) : why;
}

} // namespace polaris
