// CLOB market objects (snake_case) for GammaParser: `GET /markets/{condition_id}`, the
// `{"data":[...]}` pages of `GET /markets`, and the compact `GET /clob-markets/{id}` form.
#include "core/venues/polymarket/GammaFieldReader.h"
#include "core/venues/polymarket/GammaMarketFields.h"
#include "core/venues/polymarket/GammaParser.h"

namespace polaris::polymarket {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

std::string clobLabel(element value, std::size_t index)
{
    std::string_view conditionId;
    if (value.at_key("condition_id").get(conditionId) == simdjson::SUCCESS
        && !conditionId.empty()) {
        return "clob market " + std::string(conditionId);
    }
    if (value.at_key("c").get(conditionId) == simdjson::SUCCESS && !conditionId.empty()) {
        return "clob market " + std::string(conditionId);
    }
    return "clob market #" + std::to_string(index);
}

/// One `tokens[i]` entry; appends a token, or records why the market is unusable.
void readClobToken(GammaFieldReader& market,
                   element value,
                   std::size_t index,
                   std::vector<Token>& tokens,
                   bool compact)
{
    const std::string key = "tokens[" + std::to_string(index) + "]";
    simdjson::dom::object object;
    if (value.get_object().get(object) != simdjson::SUCCESS) {
        market.fail(key, ErrorCode::InvalidFormat, "expected an object, got " + jsonExcerpt(value));
        return;
    }
    GammaFieldReader in(object, market.context() + ": " + key, nullptr);
    Token token;
    token.tokenId = in.identifier(compact ? "t" : "token_id");
    token.outcome = in.text(compact ? "o" : "outcome");
    if (!compact) {
        token.price = in.price("price");
        token.winner = in.flag("winner");
    }
    if (!in.failed() && !token.tokenId.empty()) {
        if (const char* problem = tokenIdProblem(token.tokenId)) {
            in.fail(compact ? "t" : "token_id", ErrorCode::InvalidFormat,
                    std::string(problem) + ": '" + token.tokenId.substr(0, 90) + "'");
        }
    }
    const bool usable = !in.failed() && !token.tokenId.empty();
    if (!in.failed() && token.tokenId.empty()) {
        // Legacy pre-CLOB markets list placeholder tokens with empty ids; nothing to trade.
        in.warn(compact ? "t" : "token_id", ErrorCode::MissingField,
                "empty token id; token dropped");
    }
    market.adopt(in);
    if (usable) {
        tokens.push_back(std::move(token));
    }
}

} // namespace

void GammaParser::readCompactClobMarket(GammaFieldReader& in, Market& market)
{
    // Trading parameters only: the compact form has no active/closed/archived/order-book flags,
    // so they stay false (isTradable() is false) until merged with Gamma or full CLOB state.
    market.conditionId = in.text("c");
    market.negRisk = in.flag("nr");
    market.acceptingOrders = in.flag("ao");
    readTradingParams(in, market, {"mts", "mos", "mbf", "tbf", "sd"});
    market.feeSchedule = readFeeSchedule(in, "fd", {"r", "e", "to", {}});
    market.feesEnabled = market.feeSchedule.present && market.feeSchedule.rate.isPositive();
}

std::optional<Market> GammaParser::readClobMarket(element value,
                                                  const std::string& where,
                                                  std::vector<Error>* warnings,
                                                  Error* fatal)
{
    simdjson::dom::object object;
    if (value.get_object().get(object) != simdjson::SUCCESS) {
        *fatal = Error{ErrorCode::InvalidFormat,
                       where + ": expected an object, got " + jsonExcerpt(value)};
        return std::nullopt;
    }
    GammaFieldReader in(object, where, &m_nested);
    Market market;
    const bool compact = !in.has("condition_id") && in.has("c");
    if (compact) {
        readCompactClobMarket(in, market);
    } else {
        market.conditionId = in.text("condition_id");
        market.questionId = in.text("question_id");
        market.question = in.text("question");
        market.slug = in.text("market_slug");
        market.description = in.text("description");
        market.active = in.flag("active");
        market.closed = in.flag("closed");
        market.archived = in.flag("archived");
        market.acceptingOrders = in.flag("accepting_orders");
        market.enableOrderBook = in.flag("enable_order_book");
        market.negRisk = in.flag("neg_risk");
        market.negRiskMarketId = in.text("neg_risk_market_id");
        market.endDateMs = in.time("end_date_iso");
        readTradingParams(in, market,
                          {"minimum_tick_size", "minimum_order_size", "maker_base_fee",
                           "taker_base_fee", "seconds_delay"});
        if (in.has("fd")) {
            market.feeSchedule = readFeeSchedule(in, "fd", {"r", "e", "to", {}});
            market.feesEnabled = market.feeSchedule.present && market.feeSchedule.rate.isPositive();
        }
    }
    const char* tokensKey = compact ? "t" : "tokens";
    if (const auto tokens = in.value(tokensKey)) {
        simdjson::dom::array array;
        if (tokens->get_array().get(array) != simdjson::SUCCESS) {
            in.fail(tokensKey, ErrorCode::InvalidFormat,
                    "expected an array, got " + jsonExcerpt(*tokens));
        } else {
            std::size_t index = 0;
            for (const element item : array) {
                readClobToken(in, item, index++, market.tokens, compact);
            }
        }
    }
    if (market.conditionId.empty()) {
        in.fail(compact ? "c" : "condition_id", ErrorCode::MissingField,
                "required, absent or empty");
    }
    if (in.failed()) {
        *fatal = in.error();
        return std::nullopt;
    }
    if (warnings) {
        for (Error& warning : in.warnings()) {
            warnings->push_back(std::move(warning));
        }
    }
    return market;
}

Result<std::vector<Market>> GammaParser::parseClobMarkets(std::string_view json,
                                                          std::vector<Error>* warnings,
                                                          std::string* nextCursor)
{
    auto document = parseDocument(json);
    if (!document.ok()) {
        return document.error();
    }
    std::vector<Market> markets;
    element list = *document;
    if (document->type() == element_type::OBJECT) {
        element data;
        if (document->at_key("data").get(data) != simdjson::SUCCESS) {
            Error bad{ErrorCode::InvalidFormat, {}};
            auto market = readClobMarket(*document, clobLabel(*document, 0), warnings, &bad);
            if (!market) {
                return bad;
            }
            markets.push_back(std::move(*market));
            return markets;
        }
        list = data;
        std::string_view cursor;
        if (nextCursor && document->at_key("next_cursor").get(cursor) == simdjson::SUCCESS) {
            *nextCursor = std::string(cursor);
        }
    }
    simdjson::dom::array array;
    if (list.get_array().get(array) != simdjson::SUCCESS) {
        return Error{ErrorCode::InvalidFormat,
                     "expected CLOB markets (array, {\"data\":[...]} page or object), got "
                             + jsonExcerpt(list)};
    }
    std::size_t index = 0;
    for (const element item : array) {
        Error bad{ErrorCode::InvalidFormat, {}};
        auto market = readClobMarket(item, clobLabel(item, index), warnings, &bad);
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
