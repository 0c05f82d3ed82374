#pragma once

#include "core/market/Market.h"
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
/// Near-miss rule of the basket strategies: a basket is reported as refused (Layer 1 or 2) unless
/// the books, as they are (fresh or not), prove that no size can pass — see topOfBook(). So a
/// binary whose YES and NO books mirror each other (no edge) is silent even when its market is
/// illiquid or a book is stale, while a basket whose first share pays, or whose edge cannot be
/// known (a book missing, Empty or Invalid, or without a level on the side a leg walks), is shown
/// with its reason. Layer 2 refusals therefore always carry a positive top-of-book edge.
///
/// Ids: "<strategy code>:<event id>:<16 hex digits>", the hex being FNV-1a 64 of the legs' token
/// ids sorted and joined with ','. The same basket keeps its id across book updates; a different
/// set of legs (e.g. another subset S for C) is a different opportunity. Ids, titles and details
/// are built only when an opportunity or refusal is emitted: assembling and testing a draft
/// copies no string.
/// Lives for one checkEvent call on the market-data thread; holds pointers into the Event, its
/// markets and tokens, and the books.
class BasketDraft
{
public:
    /// `ids` (the event's, from its ScanResult) remembers the ids of baskets with many legs.
    BasketDraft(Strategy strategy, const Event& event, BasketIdMemo* ids = nullptr);

    /// Adds a leg; `token` (one of market.tokens) and `book` may be null (checkBooks() then
    /// refuses with MissingAsk).
    void addLeg(const Market& market, const Token* token, TradeSide side, const OrderBook* book);
    void reserve(std::size_t legs);

    BasketSpec& spec() { return m_spec; }
    const BasketSpec& spec() const { return m_spec; }
    std::size_t legCount() const { return m_legs.size(); }
    std::string id() const;
    /// Overrides the title shown (B uses the market's question); must outlive the draft.
    void setTitle(std::string_view title) { m_title = title; }

    /// What the books as they are (stale or not) say about the basket, for the near-miss rule.
    enum class TopOfBook {
        Unknown, ///< a leg has no book, an Empty or Invalid one, or no level on its side
        Pays,    ///< some size may pass (the first share pays, or fees make it non-monotone)
        NoEdge,  ///< BasketSizer::noSizePasses: not a candidate at all, report nothing
    };
    TopOfBook topOfBook() const;

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
        const Token* token = nullptr;
        std::string_view tokenId() const { return token ? std::string_view(token->tokenId) : ""; }
    };

    Strategy m_strategy;
    const Event& m_event;
    BasketIdMemo* m_ids = nullptr;
    std::string_view m_title;
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
