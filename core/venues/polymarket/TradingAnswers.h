#pragma once

#include "core/util/Result.h"
#include "core/venues/polymarket/TradingHttp.h"
#include "core/venues/polymarket/TradingTypes.h"

#include <QByteArray>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace polaris::polymarket {

/// What the HTTP answers of the trading endpoints mean (spec §4.4, §4.5). Free functions over
/// plain values, any thread; `request` ("POST /order") prefixes every error detail.

inline std::string_view bytesView(const QByteArray& bytes)
{
    return std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

/// The body of a 2xx answer; otherwise an Error with the venue's message: NotFound (404),
/// RateLimited (429), ServerError (5xx), Http (other). Transport errors pass through.
Result<QByteArray> successBody(const std::string& request, Result<HttpAnswer> answer);

/// A 2xx body parsed with `parse` (std::string_view -> Result<T>), errors prefixed.
template <typename T, typename Parse>
Result<T> parseAnswer(const std::string& request, Result<HttpAnswer> answer, Parse parse)
{
    auto body = successBody(request, std::move(answer));
    if (!body) {
        return body.error();
    }
    Result<T> value = parse(bytesView(body.value()));
    if (!value) {
        return Error{value.error().code, request + ": " + value.error().detail};
    }
    return value;
}

/// The answer to POST /order. A value is the venue's word: accepted, or refused (a 4xx, or a
/// 5xx naming a known refusal like "Trading is currently disabled", is a refusal with
/// success = false, the message in errorMsg and httpStatus set). An Error means the outcome is
/// unknown: no answer, an unreadable 2xx, or another 5xx; its detail says the order may have
/// been placed.
Result<PlaceOrderResult> orderOutcome(const std::string& request, Result<HttpAnswer> answer);

/// The answer to one POST /orders request of `count` orders, one slot per order in order: a
/// refusal of the whole request repeats in every slot; slots the venue did not answer, or
/// answered unreadably, are Errors (unknown outcome).
std::vector<Result<PlaceOrderResult>>
batchOutcomes(const std::string& request, Result<HttpAnswer> answer, std::size_t count);

} // namespace polaris::polymarket
