#pragma once

#include "core/market/Event.h"
#include "core/market/Market.h"
#include "core/util/Result.h"

#include <string>
#include <string_view>
#include <vector>

#include <simdjson.h>

namespace polaris::polymarket {

class GammaFieldReader;

/// Turns Gamma `/events` and `/markets` payloads and CLOB market objects into the Event/Market
/// model. A payload that is not JSON, or not an array/object, is an Error; a bad event or market
/// inside an otherwise good payload is skipped and reported in `warnings` (code + detail naming
/// the event/market id, the field and the value) while everything else is kept. Informational
/// problems (liquidity, cached prices, dates) are warnings on objects that are kept.
/// Owns two reusable simdjson parsers, so one instance serves one thread at a time (keep one per
/// connector thread). Not on the hot path: the DOM API is used for clarity.
class GammaParser
{
public:
    /// Payloads above this are refused (TooLarge) before parsing.
    static constexpr std::size_t kMaxPayloadBytes = 64u << 20;

    /// `GET /events` (array) or `GET /events/slug/{slug}` (one object; an Error if that event is
    /// bad). `rawEvents`, if given, receives the exact text of each returned event, index-aligned
    /// with the result, viewing into `json` (for snapshots that store what the venue sent).
    /// `padded`: simdjson::SIMDJSON_PADDING readable bytes follow `json`, so events are parsed
    /// in place rather than copied into the parser.
    Result<std::vector<Event>> parseEvents(std::string_view json,
                                           std::vector<Error>* warnings,
                                           std::vector<std::string_view>* rawEvents = nullptr,
                                           bool padded = false);
    /// `GET /markets` (array) or `GET /markets/slug/{slug}` (one object).
    Result<std::vector<Market>> parseMarkets(std::string_view json, std::vector<Error>* warnings);
    /// CLOB `GET /markets/{condition_id}` (one object), `GET /markets` pages
    /// (`{"data":[...],"next_cursor":"..."}`, cursor stored in `nextCursor` if given), plain
    /// arrays, and the compact `GET /clob-markets/{condition_id}` form ({c, t, mts, nr, fd, ...}).
    Result<std::vector<Market>> parseClobMarkets(std::string_view json,
                                                 std::vector<Error>* warnings,
                                                 std::string* nextCursor = nullptr);

private:
    Result<simdjson::dom::element> parseDocument(std::string_view json, bool padded = false);
    Result<std::vector<Event>> parseEventsOneByOne(std::string_view json,
                                                   Error whole,
                                                   std::vector<Error>* warnings,
                                                   std::vector<std::string_view>* rawEvents);
    Result<std::vector<Event>> parseEventElements(const std::vector<std::string_view>& elements,
                                                  std::vector<Error>* warnings,
                                                  std::vector<std::string_view>* rawEvents,
                                                  bool padded);
    Result<std::vector<Market>>
    parseMarketsOneByOne(std::string_view json, Error whole, std::vector<Error>* warnings);
    std::optional<Event> readEvent(simdjson::dom::element value,
                                   std::size_t index,
                                   std::vector<Error>* warnings,
                                   Error* fatal);
    void readEventMarkets(simdjson::dom::array array,
                          const std::string& where,
                          Event& event,
                          std::vector<Error>& warnings);
    std::optional<Market> readMarket(simdjson::dom::element value,
                                     const std::string& where,
                                     std::vector<Error>* warnings,
                                     Error* fatal);
    std::optional<Market> readClobMarket(simdjson::dom::element value,
                                         const std::string& where,
                                         std::vector<Error>* warnings,
                                         Error* fatal);
    void readCompactClobMarket(GammaFieldReader& in, Market& market);

    simdjson::dom::parser m_parser; ///< the payload document
    simdjson::dom::parser m_nested; ///< JSON-encoded arrays inside it (outcomes, clobTokenIds)
};

} // namespace polaris::polymarket
