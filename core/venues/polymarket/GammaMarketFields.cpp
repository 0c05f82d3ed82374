#include "core/venues/polymarket/GammaMarketFields.h"

#include "core/venues/polymarket/GammaFieldReader.h"

#include <algorithm>

namespace polaris::polymarket {

namespace {

constexpr std::size_t kMaxTokenIdDigits = 78; // uint256 max has 78 decimal digits
constexpr std::int64_t kMaxBps = 10'000;

std::optional<int>
boundedInt(GammaFieldReader& in, std::string_view key, std::int64_t lo, std::int64_t hi)
{
    const auto value = in.integer(key);
    if (!value) {
        return std::nullopt;
    }
    if (*value < lo || *value > hi) {
        in.fail(key, ErrorCode::OutOfRange,
                std::to_string(*value) + " outside [" + std::to_string(lo) + ", "
                        + std::to_string(hi) + "]");
        return std::nullopt;
    }
    return static_cast<int>(*value);
}

bool inUnitInterval(Decimal value)
{
    return !value.isNegative() && value <= Decimal::fromInt(1);
}

} // namespace

const char* tokenIdProblem(std::string_view tokenId)
{
    if (tokenId.empty()) {
        return "empty token id";
    }
    if (tokenId.size() > kMaxTokenIdDigits) {
        return "token id longer than 78 digits";
    }
    if (!std::all_of(tokenId.begin(), tokenId.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return "token id is not a decimal integer";
    }
    return nullptr;
}

void readTradingParams(GammaFieldReader& in, Market& market, const TradingParamKeys& keys)
{
    if (const auto tick = in.decimal(keys.tickSize)) {
        if (!tick->isPositive() || *tick >= Decimal::fromInt(1)) {
            in.fail(keys.tickSize, ErrorCode::OutOfRange,
                    "tick size " + tick->toString() + " outside (0, 1)");
        } else {
            market.tickSize = *tick;
        }
    }
    if (const auto size = in.decimal(keys.minOrderSize)) {
        if (size->isNegative()) {
            in.fail(keys.minOrderSize, ErrorCode::OutOfRange,
                    "negative minimum order size " + size->toString());
        } else {
            market.minOrderSize = *size;
        }
    }
    market.makerBaseFeeBps = boundedInt(in, keys.makerBaseFee, 0, kMaxBps).value_or(0);
    market.takerBaseFeeBps = boundedInt(in, keys.takerBaseFee, 0, kMaxBps).value_or(0);
    market.secondsDelay = boundedInt(in, keys.secondsDelay, 0, 86'400).value_or(0);
}

FeeSchedule readFeeSchedule(GammaFieldReader& in, std::string_view key, const FeeKeys& keys)
{
    FeeSchedule schedule;
    const auto value = in.value(key);
    if (!value) {
        return schedule;
    }
    simdjson::dom::object object;
    if (value->get_object().get(object) != simdjson::SUCCESS) {
        in.fail(key, ErrorCode::InvalidFormat, "expected an object, got " + jsonExcerpt(*value));
        return schedule;
    }
    GammaFieldReader fee(object, in.context() + ": " + std::string(key), nullptr);
    const auto rate = fee.decimal(keys.rate);
    if (!rate && !fee.failed()) {
        fee.fail(keys.rate, ErrorCode::MissingField, "required in a fee schedule");
    } else if (rate && !inUnitInterval(*rate)) {
        fee.fail(keys.rate, ErrorCode::OutOfRange,
                 "fee rate " + rate->toString() + " outside [0, 1]");
    }
    const auto exponent = boundedInt(fee, keys.exponent, 0, 16);
    if (!exponent && !fee.failed()) {
        fee.fail(keys.exponent, ErrorCode::MissingField, "required in a fee schedule");
    }
    schedule.takerOnly = fee.flag(keys.takerOnly);
    if (!keys.rebateRate.empty()) {
        const auto rebate = fee.decimal(keys.rebateRate);
        if (rebate && !inUnitInterval(*rebate)) {
            fee.fail(keys.rebateRate, ErrorCode::OutOfRange,
                     "rebate rate " + rebate->toString() + " outside [0, 1]");
        }
        schedule.rebateRate = rebate.value_or(Decimal());
    }
    in.adopt(fee);
    if (in.failed()) {
        return FeeSchedule{};
    }
    schedule.present = true;
    schedule.rate = rate.value_or(Decimal());
    schedule.exponent = exponent.value_or(0);
    return schedule;
}

std::string nestedEventId(simdjson::dom::object market)
{
    simdjson::dom::array events;
    if (market.at_key("events").get_array().get(events) != simdjson::SUCCESS) {
        return {};
    }
    for (const simdjson::dom::element event : events) {
        simdjson::dom::element id;
        if (event.at_key("id").get(id) != simdjson::SUCCESS) {
            return {};
        }
        if (id.is_string()) {
            return std::string(id.get_string().value_unsafe());
        }
        return id.is_int64() ? std::to_string(id.get_int64().value_unsafe()) : std::string();
    }
    return {};
}

void readGammaTokens(GammaFieldReader& in, Market& market)
{
    auto outcomes = in.stringList("outcomes");
    auto ids = in.stringList("clobTokenIds");
    if (in.failed() || !ids) {
        return; // no clobTokenIds: the market is not (yet) on the order book
    }
    if (outcomes && outcomes->size() != ids->size()) {
        in.fail("clobTokenIds", ErrorCode::InvalidFormat,
                std::to_string(ids->size()) + " token ids for " + std::to_string(outcomes->size())
                        + " outcomes");
        return;
    }
    const bool allEmpty =
            std::all_of(ids->begin(), ids->end(), [](const std::string& id) { return id.empty(); });
    if (allEmpty) {
        if (!ids->empty()) {
            in.warn("clobTokenIds", ErrorCode::MissingField, "all token ids empty; no tokens");
        }
        return;
    }
    for (std::size_t i = 0; i < ids->size(); ++i) {
        if (const char* problem = tokenIdProblem((*ids)[i])) {
            in.fail("clobTokenIds", ErrorCode::InvalidFormat,
                    std::string(problem) + " at index " + std::to_string(i) + ": '"
                            + (*ids)[i].substr(0, 90) + "'");
            return;
        }
    }
    auto prices = in.priceList("outcomePrices");
    if (prices && prices->size() != ids->size()) {
        in.warn("outcomePrices", ErrorCode::InvalidFormat,
                std::to_string(prices->size()) + " prices for " + std::to_string(ids->size())
                        + " tokens; prices ignored");
        prices.reset();
    }
    market.tokens.reserve(ids->size());
    for (std::size_t i = 0; i < ids->size(); ++i) {
        Token token;
        token.tokenId = std::move((*ids)[i]);
        token.outcome = outcomes ? std::move((*outcomes)[i]) : std::string();
        token.price = prices ? (*prices)[i] : std::nullopt;
        market.tokens.push_back(std::move(token));
    }
}

} // namespace polaris::polymarket
