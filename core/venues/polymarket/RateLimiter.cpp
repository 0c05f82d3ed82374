#include "core/venues/polymarket/RateLimiter.h"

#include <QLoggingCategory>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace polaris::polymarket {

namespace {
Q_LOGGING_CATEGORY(lcPmRate, "polaris.polymarket.ratelimit")

std::int64_t steadyNowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}
} // namespace

RateLimiter::RateLimiter(QString name, RateLimit limit, int burst, Clock clock)
    : m_name(std::move(name))
    , m_limit{std::max(1, limit.requests), std::max(1, limit.windowMs)}
    , m_clock(clock ? std::move(clock) : Clock(&steadyNowMs))
{
    m_burst = burst > 0 ? burst : std::max(1, m_limit.requests / 10);
    m_burst = std::min(m_burst, m_limit.requests);
    // With burst == requests there is nothing left for the refill; keep a trickle so the bucket
    // still drains, accepting a tiny overshoot for that degenerate configuration.
    const int refillPerWindow = std::max(1, m_limit.requests - m_burst);
    m_ratePerMs = static_cast<double>(refillPerWindow) / m_limit.windowMs;
    m_tokens = m_burst;
    m_lastMs = m_clock();
}

void RateLimiter::refill()
{
    const std::int64_t now = m_clock();
    if (now > m_lastMs) {
        m_tokens = std::min<double>(m_burst, m_tokens + (now - m_lastMs) * m_ratePerMs);
        m_lastMs = now;
    }
}

double RateLimiter::available()
{
    refill();
    return m_tokens;
}

std::int64_t RateLimiter::reserve()
{
    refill();
    m_tokens -= 1.0;
    if (m_tokens >= 0.0) {
        return 0;
    }
    // The bucket is in debt: this request owns the slot at which the debt is paid off.
    return static_cast<std::int64_t>(std::ceil(-m_tokens / m_ratePerMs));
}

void RateLimiter::run(QObject* context, std::function<void()> fn)
{
    const std::int64_t wait = reserve();
    if (wait <= 0) {
        fn();
        return;
    }
    qCDebug(lcPmRate) << m_name << "bucket empty, delaying request by" << wait << "ms";
    QTimer::singleShot(std::chrono::milliseconds(wait), context, std::move(fn));
}

} // namespace polaris::polymarket
