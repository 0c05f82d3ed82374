#include "core/execution/UniverseQuoteSource.h"

#include "core/strategies/BinaryArbChecker.h"
#include "core/strategies/BondScanner.h"
#include "core/strategies/NegRiskSumChecker.h"
#include "core/strategies/NoConvertChecker.h"
#include "core/strategies/TailEndScanner.h"

namespace polaris {

UniverseQuoteSource::UniverseQuoteSource(const Universe& universe,
                                         const BookSource& books,
                                         ArbConfig config,
                                         const Clock& clock,
                                         const ConfidenceProvider* confidence)
    : m_universe(universe)
    , m_books(books)
    , m_clock(clock)
    , m_confidence(confidence)
{
    std::vector<std::unique_ptr<StrategyChecker>> checkers;
    checkers.push_back(std::make_unique<NegRiskSumChecker>());
    checkers.push_back(std::make_unique<BinaryArbChecker>());
    checkers.push_back(std::make_unique<NoConvertChecker>());
    checkers.push_back(std::make_unique<BondScanner>());
    if (m_confidence != nullptr) {
        checkers.push_back(std::make_unique<TailEndScanner>(*m_confidence));
    }
    m_scanner = std::make_unique<ArbScanner>(std::move(config), std::move(checkers));
    m_scanner->setUniverse(&m_universe);
}

UniverseQuoteSource::~UniverseQuoteSource() = default;

Result<std::optional<Opportunity>> UniverseQuoteSource::requote(const Opportunity& quoted)
{
    if (quoted.strategy == Strategy::TailEnd && m_confidence == nullptr) {
        return Error{ErrorCode::NotFound,
                     "cannot re-quote tail-end (G) " + quoted.id + ": no confidence provider"};
    }
    if (quoted.legs.empty()) {
        return Error{ErrorCode::MissingField, "opportunity " + quoted.id + " has no legs"};
    }
    std::vector<std::string_view> tokens;
    tokens.reserve(quoted.legs.size());
    for (const OpportunityLeg& leg : quoted.legs) {
        if (m_universe.eventsOfToken(leg.tokenId).empty()) {
            return Error{ErrorCode::NotFound,
                         "token " + leg.tokenId + " of " + quoted.id + " is not in the universe"};
        }
        tokens.push_back(leg.tokenId);
    }
    std::bitset<8> enabled;
    enabled.set(static_cast<std::size_t>(quoted.strategy));
    m_scanner->setEnabled(enabled);
    m_scanner->rescanTokens(tokens, m_books, m_clock.nowMs());
    for (Opportunity& opportunity : m_scanner->opportunities()) {
        if (opportunity.id == quoted.id) {
            return std::optional<Opportunity>(std::move(opportunity));
        }
    }
    return std::optional<Opportunity>();
}

std::optional<OrderBook> UniverseQuoteSource::book(std::string_view tokenId)
{
    const OrderBook* found = m_books.find(tokenId);
    return found != nullptr ? std::optional<OrderBook>(*found) : std::nullopt;
}

const Market* UniverseQuoteSource::marketOf(std::string_view tokenId) const
{
    for (const std::uint32_t index : m_universe.eventsOfToken(tokenId)) {
        for (const Market& market : m_universe.event(index).markets) {
            if (market.findToken(tokenId) != nullptr) {
                return &market;
            }
        }
    }
    return nullptr;
}

std::optional<LegFee> UniverseQuoteSource::feeOf(std::string_view tokenId) const
{
    const Market* market = marketOf(tokenId);
    return market != nullptr ? legFeeFor(*market) : std::nullopt;
}

} // namespace polaris
