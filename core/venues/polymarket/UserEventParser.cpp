#include "core/venues/polymarket/UserEventParser.h"

#include "core/venues/polymarket/TradingJson.h"
#include "core/venues/polymarket/TradingParsers.h"

namespace polaris::polymarket {

namespace dom = simdjson::dom;
using tradingjson::excerpt;
using tradingjson::FieldReader;

namespace {

void readEvent(dom::element element,
               std::size_t index,
               UserFrame& frame,
               std::vector<Error>* warnings)
{
    const std::string context = "event #" + std::to_string(index);
    const auto warn = [warnings](Error error) {
        if (warnings) {
            warnings->push_back(std::move(error));
        }
    };
    dom::object object;
    if (element.get_object().get(object) != simdjson::SUCCESS) {
        warn(Error{ErrorCode::InvalidFormat,
                   context + ": expected an object, got " + excerpt(simdjson::minify(element))});
        return;
    }
    FieldReader reader(object, context);
    const std::string eventType = reader.text("event_type", true);
    if (reader.failed()) {
        warn(*reader.error());
        return;
    }
    if (eventType == "order") {
        FieldReader fields(object, context + " (order)");
        UserOrderEvent event;
        readOpenOrderFields(fields, event.order);
        event.type = fields.text("type");
        event.timestampMs = fields.integer("timestamp");
        if (fields.failed()) {
            warn(*fields.error());
            return;
        }
        frame.sequence.emplace_back(false, frame.orders.size());
        frame.orders.push_back(std::move(event));
    } else if (eventType == "trade") {
        FieldReader fields(object, context + " (trade)");
        ClobTrade trade;
        readTradeFields(fields, trade);
        if (fields.failed()) {
            warn(*fields.error());
            return;
        }
        frame.sequence.emplace_back(true, frame.trades.size());
        frame.trades.push_back(std::move(trade));
    } else {
        warn(Error{ErrorCode::UnknownMessage,
                   context + ".event_type: unknown '" + excerpt(eventType) + "'"});
    }
}

} // namespace

Result<UserFrame> parseUserFrame(std::string_view text, std::vector<Error>* warnings)
{
    UserFrame frame;
    const std::size_t start = text.find_first_not_of(" \t\r\n");
    if (start != std::string_view::npos && text.substr(start, 4) == "PONG"
        && text.find_first_not_of(" \t\r\n", start + 4) == std::string_view::npos) {
        frame.pong = true;
        return frame;
    }
    auto document = tradingjson::parseDocument(text, "user frame");
    if (!document) {
        return document.error();
    }
    dom::array array;
    if (document->get_array().get(array) == simdjson::SUCCESS) {
        std::size_t index = 0;
        for (dom::element element : array) {
            readEvent(element, index++, frame, warnings);
        }
        return frame;
    }
    if (!document->is_object()) {
        return Error{ErrorCode::InvalidFormat, "user frame: expected an event object or array, got "
                                                       + excerpt(simdjson::minify(*document))};
    }
    readEvent(*document, 0, frame, warnings);
    return frame;
}

} // namespace polaris::polymarket
