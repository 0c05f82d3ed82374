#pragma once

#include "core/util/Result.h"
#include "core/venues/polymarket/MarketMessage.h"

#include <cstdint>
#include <span>
#include <vector>

namespace polaris {

/// One event of a frame, in wire order: its type and its index in the frame's list of that type.
struct MarketEvent
{
    MarketEventType type;
    std::uint32_t index;
};

/// The parsed content of one market-channel frame: the good events in wire order plus one Error
/// per bad element. Reuse one MarketFrame for every frame of a connection: messages and their
/// vectors are recycled, so after warm-up parsing into it does not allocate. Views inside the
/// messages point into the MarketMessageParser that filled it (valid until its next parse()).
/// Plain data, owned by the thread that parses.
class MarketFrame
{
public:
    /// Events in the order they appeared in the frame.
    std::span<const MarketEvent> events() const { return m_events; }
    /// One per rejected element (or one for a rejected frame), with the field and value named.
    std::span<const Error> errors() const { return m_errors; }
    bool empty() const { return m_events.empty() && m_errors.empty(); }

    std::span<const BookMessage> books() const { return m_books.view(); }
    std::span<const PriceChangeMessage> priceChanges() const { return m_priceChanges.view(); }
    std::span<const TickSizeChangeMessage> tickSizeChanges() const
    {
        return m_tickSizeChanges.view();
    }
    std::span<const LastTradePriceMessage> lastTradePrices() const { return m_lastTrades.view(); }
    std::span<const BestBidAskMessage> bestBidAsks() const { return m_bestBidAsks.view(); }
    std::span<const NewMarketMessage> newMarkets() const { return m_newMarkets.view(); }
    std::span<const MarketResolvedMessage> marketResolutions() const
    {
        return m_resolutions.view();
    }

    const BookMessage& book(const MarketEvent& e) const { return m_books.at(e.index); }
    const PriceChangeMessage& priceChange(const MarketEvent& e) const
    {
        return m_priceChanges.at(e.index);
    }
    const TickSizeChangeMessage& tickSizeChange(const MarketEvent& e) const
    {
        return m_tickSizeChanges.at(e.index);
    }
    const LastTradePriceMessage& lastTradePrice(const MarketEvent& e) const
    {
        return m_lastTrades.at(e.index);
    }
    const BestBidAskMessage& bestBidAsk(const MarketEvent& e) const
    {
        return m_bestBidAsks.at(e.index);
    }
    const NewMarketMessage& newMarket(const MarketEvent& e) const
    {
        return m_newMarkets.at(e.index);
    }
    const MarketResolvedMessage& marketResolved(const MarketEvent& e) const
    {
        return m_resolutions.at(e.index);
    }

    /// Forgets the content, keeping every buffer's capacity.
    void clear();

private:
    friend class MarketMessageParser;

    /// A vector whose elements are recycled rather than destroyed, so their own vectors keep
    /// their capacity across frames.
    template <typename T> class Pool
    {
    public:
        T& acquire()
        {
            if (m_used == m_items.size()) {
                m_items.emplace_back();
            }
            T& item = m_items[m_used++];
            item.clear();
            return item;
        }
        void dropLast() { --m_used; }
        void clear() { m_used = 0; }
        std::size_t size() const { return m_used; }
        const T& at(std::size_t i) const { return m_items[i]; }
        std::span<const T> view() const { return std::span<const T>(m_items.data(), m_used); }

    private:
        std::vector<T> m_items;
        std::size_t m_used = 0;
    };

    std::vector<MarketEvent> m_events;
    std::vector<Error> m_errors;
    Pool<BookMessage> m_books;
    Pool<PriceChangeMessage> m_priceChanges;
    Pool<TickSizeChangeMessage> m_tickSizeChanges;
    Pool<LastTradePriceMessage> m_lastTrades;
    Pool<BestBidAskMessage> m_bestBidAsks;
    Pool<NewMarketMessage> m_newMarkets;
    Pool<MarketResolvedMessage> m_resolutions;
};

} // namespace polaris
