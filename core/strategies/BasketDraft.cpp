#include "core/strategies/BasketDraft.h"

#include "core/book/OrderBook.h"
#include "core/market/Event.h"

#include <algorithm>
#include <cstdio>

namespace polaris {

namespace {

constexpr double kDayMs = 24.0 * 3600.0 * 1000.0;

std::string hashTokens(std::vector<std::string_view> tokens)
{
    std::sort(tokens.begin(), tokens.end());
    std::uint64_t hash = 14695981039346656037ULL; // FNV-1a 64
    const auto feed = [&hash](char c) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (i > 0) {
            feed(',');
        }
        for (const char c : tokens[i]) {
            feed(c);
        }
    }
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
    return text;
}

std::string shortToken(std::string_view token)
{
    return token.size() > 12 ? std::string(token.substr(0, 12)) + "…" : std::string(token);
}

std::string outcomeLabel(const Market& market, const Token* token)
{
    const std::string side = token ? token->outcome : std::string();
    if (market.groupItemTitle.empty()) {
        return side;
    }
    return side.empty() ? market.groupItemTitle : market.groupItemTitle + " " + side;
}

/// Legs from which an id is worth remembering (hashing ~4 token ids costs ~0.5 us).
constexpr std::size_t kMemoisedLegs = 4;

} // namespace

BasketDraft::BasketDraft(Strategy strategy, const Event& event, BasketIdMemo* ids)
    : m_strategy(strategy)
    , m_event(event)
    , m_ids(ids)
    , m_title(event.title)
{}

void BasketDraft::addLeg(const Market& market,
                         const Token* token,
                         TradeSide side,
                         const OrderBook* book)
{
    m_spec.legs.push_back(BasketLegSpec{book, side, market.minOrderSize, legFeeFor(market)});
    m_legs.push_back(LegInfo{&market, token});
}

void BasketDraft::reserve(std::size_t legs)
{
    m_spec.legs.reserve(legs);
    m_legs.reserve(legs);
}

std::string BasketDraft::id() const
{
    // Two-leg ids (B) cost little; the memo is for baskets over many outcomes.
    const bool memoised = m_ids != nullptr && m_legs.size() >= kMemoisedLegs;
    std::vector<const Token*> legTokens;
    if (memoised) {
        legTokens.reserve(m_legs.size());
        for (const LegInfo& leg : m_legs) {
            legTokens.push_back(leg.token);
        }
        if (const std::string* known = m_ids->find(m_strategy, legTokens)) {
            return *known;
        }
    }
    std::vector<std::string_view> tokens;
    tokens.reserve(m_legs.size());
    for (const LegInfo& leg : m_legs) {
        tokens.push_back(leg.tokenId());
    }
    std::string id = std::string(strategyCode(m_strategy)) + ":" + m_event.id + ":"
                     + hashTokens(std::move(tokens));
    if (memoised) {
        m_ids->remember(m_strategy, legTokens, id);
    }
    return id;
}

BasketDraft::TopOfBook BasketDraft::topOfBook() const
{
    for (const BasketLegSpec& leg : m_spec.legs) {
        const OrderBook* book = leg.book;
        if (book == nullptr || book->state() == BookState::Empty
            || book->state() == BookState::Invalid
            || !(leg.side == TradeSide::Buy ? book->bestAsk() : book->bestBid())) {
            return TopOfBook::Unknown;
        }
    }
    return BasketSizer::noSizePasses(m_spec) ? TopOfBook::NoEdge : TopOfBook::Pays;
}

std::optional<Refusal> BasketDraft::checkBooks(const ScanContext& context, bool requireSide) const
{
    for (std::size_t i = 0; i < m_legs.size(); ++i) {
        const OrderBook* book = m_spec.legs[i].book;
        // Texts only for the leg that fails.
        const auto token = [&] { return shortToken(m_legs[i].tokenId()); };
        if (book == nullptr || book->state() == BookState::Empty) {
            return refusal(RefusalReason::MissingAsk, "no book for token " + token());
        }
        if (book->state() == BookState::Invalid) {
            return refusal(RefusalReason::InvalidBook,
                           "book " + token() + " is invalid: " + book->invalidReason());
        }
        if (!book->isFresh(context.nowMs, context.config.maxBookAgeMs)) {
            return refusal(RefusalReason::StaleBook,
                           "book " + token() + " last confirmed "
                                   + std::to_string(context.nowMs - book->confirmedAtMs())
                                   + " ms ago (" + bookStateName(book->state()) + ", limit "
                                   + std::to_string(context.config.maxBookAgeMs) + " ms)");
        }
        const bool buy = m_spec.legs[i].side == TradeSide::Buy;
        if (requireSide && !(buy ? book->bestAsk() : book->bestBid())) {
            return refusal(RefusalReason::MissingAsk,
                           std::string(buy ? "no ask" : "no bid") + " for "
                                   + outcomeLabel(*m_legs[i].market, m_legs[i].token));
        }
    }
    return std::nullopt;
}

Refusal
BasketDraft::refusal(RefusalReason reason, std::string detail, std::optional<Decimal> edge) const
{
    Refusal refusal;
    refusal.id = id();
    refusal.strategy = m_strategy;
    refusal.eventId = m_event.id;
    refusal.eventTitle = std::string(m_title);
    refusal.marketIds.reserve(m_legs.size());
    for (const LegInfo& leg : m_legs) {
        refusal.marketIds.push_back(leg.market->conditionId);
    }
    refusal.reason = reason;
    refusal.detail = std::move(detail);
    refusal.edge = edge;
    return refusal;
}

Refusal BasketDraft::refusal(const BasketSizing& sizing, std::string_view extraDetail) const
{
    std::string detail = sizing.detail;
    if (sizing.netProfitPctAtMin) {
        char text[48];
        std::snprintf(text, sizeof text, "; net %.3f %% at min size",
                      *sizing.netProfitPctAtMin * 100.0);
        detail += text;
    }
    if (!extraDetail.empty()) {
        detail += "; ";
        detail += extraDetail;
    }
    return refusal(sizing.reason, std::move(detail), sizing.topEdgePerShare);
}

Opportunity BasketDraft::opportunity(const SizedBasket& basket,
                                     const ScanContext& context,
                                     std::optional<std::int64_t> lockedUntilMs) const
{
    Opportunity out;
    out.id = id();
    out.strategy = m_strategy;
    out.eventId = m_event.id;
    out.eventTitle = std::string(m_title);
    out.marketIds.reserve(m_legs.size());
    out.legs.reserve(m_legs.size());
    for (std::size_t i = 0; i < m_legs.size(); ++i) {
        const LegInfo& info = m_legs[i];
        const SizedLeg& sized = basket.legs[i];
        const OrderBook& book = *m_spec.legs[i].book;
        OpportunityLeg leg;
        leg.tokenId = std::string(info.tokenId());
        leg.conditionId = info.market->conditionId;
        leg.outcome = outcomeLabel(*info.market, info.token);
        leg.side = m_spec.legs[i].side;
        leg.limitPrice = sized.limitPrice;
        leg.shares = sized.shares;
        leg.vwap = sized.vwap;
        leg.notional = sized.notional;
        leg.fee = sized.fee;
        leg.bookHash = book.hash();
        leg.bookTimestampMs = book.venueTimestampMs();
        const std::span<const BookLevel> levels =
                leg.side == TradeSide::Buy ? book.asks() : book.bids();
        leg.depth.assign(levels.begin(),
                         levels.begin() + std::ptrdiff_t(std::min(levels.size(), kLadderLevels)));
        out.marketIds.push_back(info.market->conditionId);
        out.legs.push_back(std::move(leg));
    }
    out.shares = basket.shares;
    out.cost = basket.cost;
    out.payout = basket.payout;
    out.fees = basket.fees;
    out.gas = basket.gas;
    out.netProfit = basket.netProfit;
    out.netProfitPct =
            basket.cost.isPositive() ? basket.netProfit.toDouble() / basket.cost.toDouble() : 0.0;
    out.lockedUntilMs = lockedUntilMs;
    if (lockedUntilMs && *lockedUntilMs > context.nowMs) {
        const double days = static_cast<double>(*lockedUntilMs - context.nowMs) / kDayMs;
        out.annualizedPct = out.netProfitPct * 365.0 / days;
    }
    out.firstSeenMs = context.nowMs;
    out.lastSeenMs = context.nowMs;
    return out;
}

std::optional<std::string> untradableDetail(const Event& event,
                                            const std::vector<const Market*>& markets)
{
    if (event.closed || event.archived) {
        return std::string("event ") + (event.closed ? "closed" : "archived");
    }
    for (const Market* market : markets) {
        if (market->isTradable()) {
            continue;
        }
        const std::string name =
                market->groupItemTitle.empty() ? market->conditionId : market->groupItemTitle;
        std::string why = market->closed             ? "closed"
                          : market->archived         ? "archived"
                          : !market->active          ? "inactive"
                          : !market->acceptingOrders ? "not accepting orders"
                                                     : "order book disabled";
        return "market " + name + " is " + why;
    }
    return std::nullopt;
}

std::optional<std::int64_t> resolutionTimeMs(const Event& event, const ArbConfig& config)
{
    std::optional<std::int64_t> end = event.endDateMs;
    if (!end) {
        // No event end date: the latest market end date is when the last leg can resolve.
        for (const Market& market : event.markets) {
            if (market.endDateMs && (!end || *market.endDateMs > *end)) {
                end = market.endDateMs;
            }
        }
    }
    if (!end) {
        return std::nullopt;
    }
    return *end + config.resolutionLagMs;
}

} // namespace polaris
