#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace polaris {

/// Why an operation failed. Codes are coarse on purpose: the detail string carries the specifics
/// (field name, offending value), the code tells callers and the UI what kind of problem it is.
/// Add new codes at the end; switches over this enum have no default so the compiler flags gaps.
enum class ErrorCode {
    InvalidFormat,  ///< text is not a well-formed number / JSON / message
    OverPrecise,    ///< more decimal places than the type can hold exactly
    OutOfRange,     ///< a value outside what the domain allows (price not in (0,1), overflow)
    MissingField,   ///< a required field is absent
    CrossedBook,    ///< best bid >= best ask after an update
    UnknownMessage, ///< a message type we do not know
    NotFound,       ///< asked for something that does not exist
    Io,             ///< file or socket trouble
    Timeout,        ///< no answer in time
    RateLimited,    ///< venue answered 429
    ServerError,    ///< venue answered 5xx
    Http,           ///< other HTTP failure (4xx)
    TooLarge,       ///< payload beyond the configured bound
};

const char* errorCodeName(ErrorCode code);

struct Error
{
    ErrorCode code;
    std::string detail;
};

/// A value or an Error. No exception crosses a library or thread boundary in Polaris; functions
/// that can fail return this instead.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const&
    {
        assert(ok());
        return std::get<T>(m_data);
    }
    T& value() &
    {
        assert(ok());
        return std::get<T>(m_data);
    }
    T&& value() &&
    {
        assert(ok());
        return std::get<T>(std::move(m_data));
    }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const
    {
        assert(!ok());
        return std::get<Error>(m_data);
    }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that yields nothing but can fail.
using Status = Result<std::monostate>;
inline Status okStatus()
{
    return Status(std::monostate{});
}

} // namespace polaris
