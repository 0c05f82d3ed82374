#include "core/venues/polymarket/MarketFrame.h"

namespace polaris {

void MarketFrame::clear()
{
    m_events.clear();
    m_errors.clear();
    m_books.clear();
    m_priceChanges.clear();
    m_tickSizeChanges.clear();
    m_lastTrades.clear();
    m_bestBidAsks.clear();
    m_newMarkets.clear();
    m_resolutions.clear();
}

} // namespace polaris
