#include "core/venues/polymarket/GammaParser.h"

#include "core/venues/polymarket/GammaFieldReader.h"
#include "core/venues/polymarket/GammaMarketFields.h"
#include "core/venues/polymarket/JsonArraySplitter.h"

namespace polaris::polymarket {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

std::string_view trimJson(std::string_view text)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!text.empty() && isSpace(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && isSpace(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

/// "event 30829" or "event #2" when the id itself is missing or unreadable.
std::string
label(simdjson::dom::object object, const char* noun, std::string_view idKey, std::size_t index)
{
    element id;
    if (object.at_key(idKey).get(id) == simdjson::SUCCESS && !id.is_null()) {
        std::string text =
                id.is_string() ? std::string(id.get_string().value_unsafe()) : jsonExcerpt(id);
        if (!text.empty()) {
            return std::string(noun) + " " + text;
        }
    }
    return std::string(noun) + " #" + std::to_string(index);
}

Error notAnObject(const std::string& where, element value)
{
    return Error{ErrorCode::InvalidFormat,
                 where + ": expected an object, got " + jsonExcerpt(value)};
}

void append(std::vector<Error>* sink, std::vector<Error>& from)
{
    if (sink) {
        for (Error& error : from) {
            sink->push_back(std::move(error));
        }
    }
    from.clear();
}

} // namespace

Result<element> GammaParser::parseDocument(std::string_view json, bool padded)
{
    if (json.size() > kMaxPayloadBytes) {
        return Error{ErrorCode::TooLarge, "payload of " + std::to_string(json.size())
                                                  + " bytes exceeds "
                                                  + std::to_string(kMaxPayloadBytes)};
    }
    element document;
    // realloc_if_needed=false parses the text in place; only allowed when it is padded.
    const auto error = m_parser.parse(json.data(), json.size(), !padded).get(document);
    if (error != simdjson::SUCCESS) {
        return Error{ErrorCode::InvalidFormat,
                     std::string("payload is not valid JSON: ") + simdjson::error_message(error)};
    }
    return document;
}

std::optional<Market> GammaParser::readMarket(element value,
                                              const std::string& where,
                                              std::vector<Error>* warnings,
                                              Error* fatal)
{
    simdjson::dom::object object;
    if (value.get_object().get(object) != simdjson::SUCCESS) {
        *fatal = notAnObject(where, value);
        return std::nullopt;
    }
    GammaFieldReader in(object, where, &m_nested);
    Market market;
    market.id = in.identifier("id");
    market.conditionId = in.text("conditionId");
    market.questionId = in.has("questionID") ? in.text("questionID") : in.text("questionId");
    market.question = in.text("question");
    market.slug = in.text("slug");
    market.groupItemTitle = in.text("groupItemTitle");
    market.description = in.text("description");
    market.active = in.flag("active");
    market.closed = in.flag("closed");
    market.archived = in.flag("archived");
    market.acceptingOrders = in.flag("acceptingOrders");
    market.enableOrderBook = in.flag("enableOrderBook");
    market.restricted = in.flag("restricted");
    market.negRisk = in.flag("negRisk");
    market.negRiskOther = in.flag("negRiskOther");
    market.feesEnabled = in.flag("feesEnabled");
    market.negRiskMarketId =
            in.has("negRiskMarketID") ? in.text("negRiskMarketID") : in.text("negRiskMarketId");
    readTradingParams(in, market,
                      {"orderPriceMinTickSize", "orderMinSize", "makerBaseFee", "takerBaseFee",
                       "secondsDelay"});
    market.feeSchedule =
            readFeeSchedule(in, "feeSchedule", {"rate", "exponent", "takerOnly", "rebateRate"});
    market.liquidity = in.amount("liquidity", "liquidityNum");
    market.volume = in.amount("volume", "volumeNum");
    market.bestBid = in.price("bestBid");
    market.bestAsk = in.price("bestAsk");
    market.endDateMs = in.time("endDate", "endDateIso");
    market.umaResolutionStatus = in.text("umaResolutionStatus");
    market.umaResolutionStatuses =
            in.stringList("umaResolutionStatuses").value_or(std::vector<std::string>{});
    market.eventId = nestedEventId(object);
    readGammaTokens(in, market);
    if (market.conditionId.empty()) {
        in.fail("conditionId", ErrorCode::MissingField, "required, absent or empty");
    }
    if (in.failed()) {
        *fatal = in.error();
        return std::nullopt;
    }
    append(warnings, in.warnings());
    return market;
}

void GammaParser::readEventMarkets(simdjson::dom::array array,
                                   const std::string& where,
                                   Event& event,
                                   std::vector<Error>& warnings)
{
    event.markets.reserve(event.markets.size() + array.size());
    std::size_t index = 0;
    for (const element item : array) {
        simdjson::dom::object object;
        const std::string marketWhere = item.get_object().get(object) == simdjson::SUCCESS
                                                ? where + " " + label(object, "market", "id", index)
                                                : where + " market #" + std::to_string(index);
        ++index;
        Error bad{ErrorCode::InvalidFormat, {}};
        auto market = readMarket(item, marketWhere, &warnings, &bad);
        if (!market) {
            bad.detail += " (market skipped)";
            warnings.push_back(std::move(bad));
            continue;
        }
        if (market->eventId.empty()) {
            market->eventId = event.id;
        }
        event.markets.push_back(std::move(*market));
    }
}

std::optional<Event>
GammaParser::readEvent(element value, std::size_t index, std::vector<Error>* warnings, Error* fatal)
{
    simdjson::dom::object object;
    if (value.get_object().get(object) != simdjson::SUCCESS) {
        *fatal = notAnObject("event #" + std::to_string(index), value);
        return std::nullopt;
    }
    const std::string where = label(object, "event", "id", index);
    GammaFieldReader in(object, where, &m_nested);
    Event event;
    event.id = in.identifier("id");
    event.ticker = in.text("ticker");
    event.slug = in.text("slug");
    event.title = in.text("title");
    event.active = in.flag("active");
    event.closed = in.flag("closed");
    event.archived = in.flag("archived");
    event.negRisk = in.flag("negRisk");
    event.enableNegRisk = in.flag("enableNegRisk");
    event.negRiskAugmented = in.flag("negRiskAugmented");
    event.negRiskMarketId = in.text("negRiskMarketID");
    if (const auto bips = in.integer("negRiskFeeBips")) {
        if (*bips < 0 || *bips > 10'000) {
            in.fail("negRiskFeeBips", ErrorCode::OutOfRange,
                    std::to_string(*bips) + " outside [0, 10000]");
        } else {
            event.negRiskFeeBips = static_cast<int>(*bips);
        }
    }
    event.endDateMs = in.time("endDate");
    event.liquidity = in.amount("liquidity", {});
    event.volume = in.amount("volume", {});
    if (event.id.empty()) {
        in.fail("id", ErrorCode::MissingField, "required, absent or empty");
    }

    std::vector<Error> marketWarnings;
    if (const auto markets = in.value("markets")) {
        simdjson::dom::array array;
        if (markets->get_array().get(array) != simdjson::SUCCESS) {
            in.fail("markets", ErrorCode::InvalidFormat,
                    "expected an array, got " + jsonExcerpt(*markets));
        } else {
            readEventMarkets(array, where, event, marketWarnings);
        }
    }
    if (in.failed()) {
        *fatal = in.error();
        return std::nullopt;
    }
    append(warnings, in.warnings());
    append(warnings, marketWarnings);
    return event;
}

Result<std::vector<Event>>
GammaParser::parseEventsOneByOne(std::string_view json,
                                 Error whole,
                                 std::vector<Error>* warnings,
                                 std::vector<std::string_view>* rawEvents)
{
    // simdjson rejects a whole document for one bad element (e.g. an integer beyond 64 bits).
    // If the top-level array itself is intact, parse its elements one by one so that only the
    // bad element is lost.
    if (whole.code != ErrorCode::InvalidFormat) {
        return whole;
    }
    auto split = splitJsonArray(json);
    if (!split.ok()) {
        return whole;
    }
    return parseEventElements(*split, warnings, rawEvents, false);
}

Result<std::vector<Event>>
GammaParser::parseEventElements(const std::vector<std::string_view>& elements,
                                std::vector<Error>* warnings,
                                std::vector<std::string_view>* rawEvents,
                                bool padded)
{
    std::vector<Event> events;
    events.reserve(elements.size());
    if (rawEvents) {
        rawEvents->clear();
    }
    for (std::size_t index = 0; index < elements.size(); ++index) {
        const std::string_view text = elements[index];
        // Inside a padded text every element is followed by at least the padding.
        auto document = parseDocument(text, padded);
        Error bad{ErrorCode::InvalidFormat, {}};
        std::optional<Event> event;
        if (!document.ok()) {
            bad = Error{document.error().code,
                        "event #" + std::to_string(index) + ": " + document.error().detail};
        } else {
            event = readEvent(*document, index, warnings, &bad);
        }
        if (event) {
            events.push_back(std::move(*event));
            if (rawEvents) {
                rawEvents->push_back(text);
            }
        } else if (warnings) {
            bad.detail += " (event skipped)";
            warnings->push_back(std::move(bad));
        }
    }
    return events;
}

Result<std::vector<Market>>
GammaParser::parseMarketsOneByOne(std::string_view json, Error whole, std::vector<Error>* warnings)
{
    if (whole.code != ErrorCode::InvalidFormat) {
        return whole;
    }
    auto split = splitJsonArray(json);
    if (!split.ok()) {
        return whole;
    }
    std::vector<Market> markets;
    for (std::size_t index = 0; index < split->size(); ++index) {
        const std::string where = "market #" + std::to_string(index);
        auto document = parseDocument((*split)[index]);
        Error bad{ErrorCode::InvalidFormat, {}};
        std::optional<Market> market;
        if (!document.ok()) {
            bad = Error{document.error().code, where + ": " + document.error().detail};
        } else {
            market = readMarket(*document, where, warnings, &bad);
        }
        if (market) {
            markets.push_back(std::move(*market));
        } else if (warnings) {
            bad.detail += " (market skipped)";
            warnings->push_back(std::move(bad));
        }
    }
    return markets;
}

Result<std::vector<Event>> GammaParser::parseEvents(std::string_view json,
                                                    std::vector<Error>* warnings,
                                                    std::vector<std::string_view>* rawEvents,
                                                    bool padded)
{
    // An array is split into its events and each is parsed on its own, as parseEventsOneByOne
    // does for a broken page. The result is the same as parsing the whole document (a valid
    // array's elements are valid on their own, and a bad element is skipped with a warning
    // either way), but the DOM stays the size of one event, in cache, instead of growing to the
    // whole text: on a 50 MB snapshot that halves parsing. Anything that does not split (not an
    // array, broken structure) takes the whole-document path below and its error messages.
    const std::string_view trimmed = trimJson(json);
    if (json.size() <= kMaxPayloadBytes && !trimmed.empty() && trimmed.front() == '[') {
        auto split = splitJsonArray(json);
        if (split.ok()) {
            return parseEventElements(*split, warnings, rawEvents, padded);
        }
    }
    auto document = parseDocument(json);
    if (!document.ok()) {
        return parseEventsOneByOne(json, document.error(), warnings, rawEvents);
    }
    std::vector<Event> events;
    if (rawEvents) {
        rawEvents->clear();
    }
    if (document->type() == element_type::OBJECT) {
        Error bad{ErrorCode::InvalidFormat, {}};
        auto event = readEvent(*document, 0, warnings, &bad);
        if (!event) {
            return bad;
        }
        events.push_back(std::move(*event));
        if (rawEvents) {
            rawEvents->push_back(trimJson(json));
        }
        return events;
    }
    if (document->type() != element_type::ARRAY) {
        return Error{ErrorCode::InvalidFormat,
                     "expected an array of events or an event object, got "
                             + jsonExcerpt(*document)};
    }
    std::vector<std::string_view> raw;
    if (rawEvents) {
        auto split = splitJsonArray(json);
        if (!split.ok()) {
            return split.error();
        }
        raw = std::move(split).value();
    }
    std::size_t index = 0;
    // A named copy: ranging over value_unsafe() of the temporary simdjson_result would dangle
    // (it returns a reference into the temporary; crashed in Release builds).
    const simdjson::dom::array items = document->get_array().value_unsafe();
    for (const element item : items) {
        Error bad{ErrorCode::InvalidFormat, {}};
        auto event = readEvent(item, index, warnings, &bad);
        if (event) {
            events.push_back(std::move(*event));
            if (rawEvents && index < raw.size()) {
                rawEvents->push_back(raw[index]);
            }
        } else if (warnings) {
            bad.detail += " (event skipped)";
            warnings->push_back(std::move(bad));
        }
        ++index;
    }
    if (rawEvents && raw.size() != index) {
        return Error{ErrorCode::InvalidFormat, "array split found " + std::to_string(raw.size())
                                                       + " elements, parser "
                                                       + std::to_string(index)};
    }
    return events;
}

Result<std::vector<Market>> GammaParser::parseMarkets(std::string_view json,
                                                      std::vector<Error>* warnings)
{
    auto document = parseDocument(json);
    if (!document.ok()) {
        return parseMarketsOneByOne(json, document.error(), warnings);
    }
    std::vector<Market> markets;
    if (document->type() == element_type::OBJECT) {
        Error bad{ErrorCode::InvalidFormat, {}};
        auto market = readMarket(*document,
                                 label(document->get_object().value_unsafe(), "market", "id", 0),
                                 warnings, &bad);
        if (!market) {
            return bad;
        }
        markets.push_back(std::move(*market));
        return markets;
    }
    if (document->type() != element_type::ARRAY) {
        return Error{ErrorCode::InvalidFormat,
                     "expected an array of markets or a market object, got "
                             + jsonExcerpt(*document)};
    }
    std::size_t index = 0;
    // A named copy: ranging over value_unsafe() of the temporary simdjson_result would dangle
    // (it returns a reference into the temporary; crashed in Release builds).
    const simdjson::dom::array items = document->get_array().value_unsafe();
    for (const element item : items) {
        std::string where = "market #" + std::to_string(index);
        simdjson::dom::object object;
        if (item.get_object().get(object) == simdjson::SUCCESS) {
            where = label(object, "market", object.at_key("id").error() ? "conditionId" : "id",
                          index);
        }
        Error bad{ErrorCode::InvalidFormat, {}};
        auto market = readMarket(item, where, warnings, &bad);
        if (market) {
            markets.push_back(std::move(*market));
        } else if (warnings) {
            bad.detail += " (market skipped)";
            warnings->push_back(std::move(bad));
        }
        ++index;
    }
    return markets;
}

} // namespace polaris::polymarket
