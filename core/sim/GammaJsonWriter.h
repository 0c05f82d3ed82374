#pragma once

#include "core/money/Decimal.h"
#include "core/sim/JsonText.h"
#include "core/sim/SimUniverse.h"

#include <QByteArray>

#include <string>

namespace polaris::sim {

/// Descriptive fields of a generated market that live only in its Gamma JSON.
struct GeneratedMarketText
{
    std::string question;
    std::string slug;
    std::string groupItemTitle; ///< empty for standalone binaries
    int groupItemThreshold = 0;
    std::string negRiskMarketId;
    std::string negRiskRequestId;
    std::string startDate; ///< ISO-8601 UTC, "2026-03-01T12:00:00Z"
    std::string endDate;
    Decimal liquidity;
    Decimal volume;
    Decimal bestBid;
    Decimal bestAsk;
    Decimal lastTradePrice;
    Decimal rebateRate;
    std::string feeType; ///< empty = null
};

/// Descriptive fields of a generated event.
struct GeneratedEventText
{
    std::string title;
    std::string slug;
    std::string negRiskMarketId;
    std::string startDate;
    std::string endDate;
    bool augmented = false;
    Decimal liquidity;
    Decimal volume;
};

/// Writes generated Gamma events and markets in the real venue's field names and types
/// (spec §1.2/1.3: outcomes/outcomePrices/clobTokenIds/umaResolutionStatuses are JSON strings
/// inside JSON; tick size and min size are numbers). Stateless; any thread.
class GammaJsonWriter
{
public:
    /// Appends the market object and returns its byte range within `out`.
    static json::Slice appendMarket(QByteArray& out,
                                    const SimUniverse& universe,
                                    const SimMarket& market,
                                    const GeneratedMarketText& text);
    /// Writes the event fields before "markets" (the object is left open, ends with ',').
    static void beginEvent(QByteArray& out, const SimEvent& event, const GeneratedEventText& text);
    /// Writes the fields after "markets" and closes the object.
    static void endEvent(QByteArray& out, const SimEvent& event, const GeneratedEventText& text);
};

} // namespace polaris::sim
