#include "core/venues/polymarket/TradingAnswers.h"

#include "core/execution/OrderTypes.h"
#include "core/venues/polymarket/TradingParsers.h"

#include <optional>

namespace polaris::polymarket {

namespace {

constexpr const char* kMayBePlaced = "; the order may have been placed";

/// The venue refused the whole request: nothing of it was placed.
PlaceOrderResult refusal(const HttpAnswer& answer, const std::string& message)
{
    PlaceOrderResult result;
    result.success = false;
    result.httpStatus = answer.status;
    if (!message.empty()) {
        result.errorMsg = message;
    } else {
        result.errorMsg = answer.status == 429 ? "Too Many Requests"
                                               : "HTTP " + std::to_string(answer.status);
    }
    return result;
}

/// A 2xx body to parse, a refusal, or an Error (unknown outcome).
struct PostAnswer
{
    std::optional<QByteArray> body;
    std::optional<PlaceOrderResult> refused;
    std::optional<Error> unknown;
};

PostAnswer classify(const std::string& request, Result<HttpAnswer> result)
{
    if (!result) {
        return {{}, {}, Error{result.error().code, result.error().detail + kMayBePlaced}};
    }
    const HttpAnswer& answer = result.value();
    if (answer.status >= 200 && answer.status < 300) {
        return {answer.body, {}, {}};
    }
    const std::string message = errorMessageFromBody(bytesView(answer.body));
    if (answer.status < 500) {
        return {{}, refusal(answer, message), {}};
    }
    const TradingError known = tradingErrorFromMessage(message);
    if (known == TradingError::TradingDisabled || known == TradingError::MarketNotReady) {
        return {{}, refusal(answer, message), {}};
    }
    return {{},
            {},
            Error{ErrorCode::ServerError, request + ": HTTP " + std::to_string(answer.status) + ": "
                                                  + message + kMayBePlaced}};
}

} // namespace

Result<QByteArray> successBody(const std::string& request, Result<HttpAnswer> result)
{
    if (!result) {
        return result.error();
    }
    const HttpAnswer& answer = result.value();
    if (answer.status >= 200 && answer.status < 300) {
        return answer.body;
    }
    const std::string message = errorMessageFromBody(bytesView(answer.body));
    ErrorCode code = ErrorCode::Http;
    if (answer.status == 404) {
        code = ErrorCode::NotFound;
    } else if (answer.status == 429) {
        code = ErrorCode::RateLimited;
    } else if (answer.status >= 500) {
        code = ErrorCode::ServerError;
    }
    return Error{code, request + ": HTTP " + std::to_string(answer.status)
                               + (message.empty() ? std::string() : ": " + message)};
}

Result<PlaceOrderResult> orderOutcome(const std::string& request, Result<HttpAnswer> answer)
{
    PostAnswer post = classify(request, std::move(answer));
    if (post.unknown) {
        return *post.unknown;
    }
    if (post.refused) {
        return *post.refused;
    }
    auto parsed = parsePlaceOrderResponse(bytesView(*post.body));
    if (!parsed) {
        return Error{parsed.error().code, request + ": unreadable answer (" + parsed.error().detail
                                                  + ")" + kMayBePlaced};
    }
    return parsed;
}

std::vector<Result<PlaceOrderResult>>
batchOutcomes(const std::string& request, Result<HttpAnswer> answer, std::size_t count)
{
    PostAnswer post = classify(request, std::move(answer));
    std::vector<Result<PlaceOrderResult>> outcomes;
    if (post.unknown || post.refused) {
        for (std::size_t i = 0; i < count; ++i) {
            outcomes.push_back(post.unknown ? Result<PlaceOrderResult>(*post.unknown)
                                            : Result<PlaceOrderResult>(*post.refused));
        }
        return outcomes;
    }
    auto parsed = parsePlaceOrdersResponse(bytesView(*post.body));
    for (std::size_t i = 0; i < count; ++i) {
        if (!parsed) {
            outcomes.emplace_back(Error{parsed.error().code, request + ": unreadable answer ("
                                                                     + parsed.error().detail + ")"
                                                                     + kMayBePlaced});
        } else if (i >= parsed->size()) {
            outcomes.emplace_back(
                    Error{ErrorCode::MissingField,
                          request + ": no answer for order #" + std::to_string(i) + kMayBePlaced});
        } else if (!(*parsed)[i]) {
            outcomes.emplace_back(
                    Error{(*parsed)[i].error().code,
                          request + ": " + (*parsed)[i].error().detail + kMayBePlaced});
        } else {
            outcomes.push_back(std::move((*parsed)[i]));
        }
    }
    return outcomes;
}

} // namespace polaris::polymarket
