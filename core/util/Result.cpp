#include "core/util/Result.h"

namespace polaris {

const char* errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidFormat:
        return "invalid format";
    case ErrorCode::OverPrecise:
        return "too many decimal places";
    case ErrorCode::OutOfRange:
        return "out of range";
    case ErrorCode::MissingField:
        return "missing field";
    case ErrorCode::CrossedBook:
        return "crossed book";
    case ErrorCode::UnknownMessage:
        return "unknown message";
    case ErrorCode::NotFound:
        return "not found";
    case ErrorCode::Io:
        return "i/o error";
    case ErrorCode::Timeout:
        return "timeout";
    case ErrorCode::RateLimited:
        return "rate limited";
    case ErrorCode::ServerError:
        return "server error";
    case ErrorCode::Http:
        return "http error";
    case ErrorCode::TooLarge:
        return "too large";
    }
    return "unknown error";
}

} // namespace polaris
