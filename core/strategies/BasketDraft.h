#pragma once

#include "core/strategies/BasketSizer.h"
#include "core/strategies/Opportunity.h"
#include "core/strategies/ScanContext.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace polaris {

struct Event;
struct Market;

/// A basket a checker (A, A', B, C) is assembling: its legs' markets, tokens and books, the
/// Layer 1 checks shared by those strategies, and the conversion into an Opportunity or a Refusal.
///
/// Ids: "<strategy code>:<event id>:<16 hex digits>", the hex being FNV-1a 64 of the legs' token
/// ids sorted and joined with ','. The same basket keeps its id across book updates; a different
/// set of legs (e.g. another subset S for C) is a different opportunity.
/// Lives for one checkEvent call on the market-data thread; holds pointers into the Event and
/// books.
class BasketDraft
{
public:
    BasketDraft(Strategy strategy, const Event& event);

    /// Adds a leg; `book` may be null (checkBooks() then refuses with MissingAsk).
    void addLeg(const Market& market, std::string tokenId, TradeSide side, const OrderBook* book);

    BasketSpec& spec() { return m_spec; }
    const BasketSpec& spec() const { return m_spec; }
    std::size_t legCount() const { return m_legs.size(); }
    std::string id() const;
    /// Overrides the title shown (B uses the market's question).
    void setTitle(std::string title) { m_title = std::move(title); }

    /// Layer 1 for every leg's book: present, not Invalid, fresh within maxBookAgeMs, and (when
    /// `requireSide`) holding a level on the side the leg walks (asks for buys, bids for sells).
    std::optional<Refusal> checkBooks(const ScanContext& context, bool requireSide = true) const;

    Refusal refusal(RefusalReason reason,
                    std::string detail,
                    std::optional<Decimal> edge = std::nullopt) const;
    /// The Layer 2 refusal of a failed sizing, carrying the top-of-book edge.
    Refusal refusal(const BasketSizing& sizing, std::string_view extraDetail = {}) const;
    Opportunity opportunity(const SizedBasket& basket,
                            const ScanContext& context,
                            std::optional<std::int64_t> lockedUntilMs) const;

private:
    struct LegInfo
    {
        const Market* market = nullptr;
        std::string tokenId;
    };

    Strategy m_strategy;
    const Event& m_event;
    std::string m_title;
    std::vector<LegInfo> m_legs;
    BasketSpec m_spec;
};

/// Layer 1 checks of markets every basket leg needs: event not closed/archived, each market
/// tradable (active, open, not archived, accepting orders, order book enabled).
std::optional<std::string> untradableDetail(const Event& event,
                                            const std::vector<const Market*>& markets);
/// End date + resolution lag: when a held-to-resolution basket returns its capital.
std::optional<std::int64_t> resolutionTimeMs(const Event& event, const ArbConfig& config);

} // namespace polaris
