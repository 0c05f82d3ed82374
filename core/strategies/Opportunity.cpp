#include "core/strategies/Opportunity.h"

namespace polaris {

const char* strategyCode(Strategy strategy)
{
    switch (strategy) {
    case Strategy::NegRiskLong:
        return "A";
    case Strategy::NegRiskShort:
        return "A'";
    case Strategy::BinaryComplement:
        return "B";
    case Strategy::NoConversion:
        return "C";
    case Strategy::Bond:
        return "F";
    case Strategy::TailEnd:
        return "G";
    }
    return "?";
}

std::optional<Strategy> strategyFromCode(std::string_view code)
{
    if (code == "A") {
        return Strategy::NegRiskLong;
    }
    if (code == "A'" || code == "A2") {
        return Strategy::NegRiskShort;
    }
    if (code == "B") {
        return Strategy::BinaryComplement;
    }
    if (code == "C") {
        return Strategy::NoConversion;
    }
    if (code == "F") {
        return Strategy::Bond;
    }
    if (code == "G") {
        return Strategy::TailEnd;
    }
    return std::nullopt;
}

const char* refusalReasonName(RefusalReason reason)
{
    switch (reason) {
    case RefusalReason::MissingAsk:
        return "missing_ask";
    case RefusalReason::NotNegRisk:
        return "not_neg_risk";
    case RefusalReason::MarketNotTradable:
        return "market_not_tradable";
    case RefusalReason::LowLiquidity:
        return "low_liquidity";
    case RefusalReason::StaleBook:
        return "stale_book";
    case RefusalReason::InvalidBook:
        return "invalid_book";
    case RefusalReason::AugmentedNegRisk:
        return "augmented_neg_risk";
    case RefusalReason::UmaDispute:
        return "uma_dispute";
    case RefusalReason::AwaitingResolution:
        return "awaiting_resolution";
    case RefusalReason::BelowMinDiscount:
        return "below_min_discount";
    case RefusalReason::BelowMinShares:
        return "below_min_shares";
    case RefusalReason::BelowMinAnnualized:
        return "below_min_annualized";
    case RefusalReason::BelowMinOrderSize:
        return "below_min_order_size";
    case RefusalReason::LowConfidence:
        return "low_confidence";
    case RefusalReason::TooFarFromResolution:
        return "too_far_from_resolution";
    }
    return "unknown";
}

RiskLayer refusalLayer(RefusalReason reason)
{
    switch (reason) {
    case RefusalReason::MissingAsk:
    case RefusalReason::NotNegRisk:
    case RefusalReason::MarketNotTradable:
    case RefusalReason::LowLiquidity:
    case RefusalReason::StaleBook:
    case RefusalReason::InvalidBook:
    case RefusalReason::AugmentedNegRisk:
    case RefusalReason::UmaDispute:
    case RefusalReason::AwaitingResolution:
        return RiskLayer::DataIntegrity;
    case RefusalReason::BelowMinDiscount:
    case RefusalReason::BelowMinShares:
    case RefusalReason::BelowMinAnnualized:
    case RefusalReason::BelowMinOrderSize:
    case RefusalReason::LowConfidence:
    case RefusalReason::TooFarFromResolution:
        return RiskLayer::Quality;
    }
    return RiskLayer::DataIntegrity;
}

} // namespace polaris
