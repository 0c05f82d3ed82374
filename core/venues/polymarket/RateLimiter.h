#pragma once

#include <QString>

#include <cstdint>
#include <functional>

class QObject;

namespace polaris::polymarket {

/// A documented venue limit: at most `requests` per `windowMs` (spec §1.1, §2).
struct RateLimit
{
    int requests = 0;
    int windowMs = 10'000;
};

/// Client-side token bucket for one endpoint class (e.g. CLOB `POST /books`: 500 per 10 s).
///
/// Lives on (and is only used from) the worker thread of the client that owns it. Requests are
/// never refused: reserve() hands out the next free slot, possibly in the future, and run()
/// defers the call with a timer until then. The bucket holds `burst` tokens and refills at
/// (requests - burst) per window, so that burst + refill never exceeds the documented limit in
/// any window of that length (a plain "N tokens, N per window" bucket would allow 2N).
class RateLimiter
{
public:
    using Clock = std::function<std::int64_t()>; ///< monotonic milliseconds

    /// burst <= 0 picks requests / 10 (at least 1).
    RateLimiter(QString name, RateLimit limit, int burst = 0, Clock clock = {});

    /// Takes a token; returns how many ms the caller has to wait before sending (0 = now).
    std::int64_t reserve();
    /// Calls fn now if a token is free, otherwise after the wait (QTimer on context's thread).
    void run(QObject* context, std::function<void()> fn);

    const QString& name() const { return m_name; }
    RateLimit limit() const { return m_limit; }
    int burst() const { return m_burst; }
    /// Tokens available now (negative: that many requests are already queued for later slots).
    double available();

private:
    void refill();

    QString m_name;
    RateLimit m_limit;
    int m_burst;
    double m_ratePerMs;
    double m_tokens;
    std::int64_t m_lastMs;
    Clock m_clock;
};

} // namespace polaris::polymarket
