#include "core/venues/polymarket/Backoff.h"

#include <algorithm>
#include <cmath>

namespace polaris::polymarket {

Backoff::Backoff(Options options, unsigned seed)
    : m_options(options)
    , m_rng(seed)
{
    m_options.baseMs = std::max(1, m_options.baseMs);
    m_options.capMs = std::max(m_options.baseMs, m_options.capMs);
    m_options.factor = std::max(1.0, m_options.factor);
    m_options.jitter = std::clamp(m_options.jitter, 0.0, 1.0);
}

int Backoff::nominalDelayMs() const
{
    // Computed in double so that a long outage cannot overflow the exponent.
    const double nominal = m_options.baseMs * std::pow(m_options.factor, m_attempt);
    return static_cast<int>(std::min<double>(nominal, m_options.capMs));
}

int Backoff::nextDelayMs()
{
    const int nominal = nominalDelayMs();
    if (nominal < m_options.capMs) {
        ++m_attempt; // stop growing once capped: keeps pow() bounded during long outages
    }
    const double low = nominal * (1.0 - m_options.jitter);
    std::uniform_real_distribution<double> dist(low, static_cast<double>(nominal));
    return std::max(1,
                    static_cast<int>(std::lround(m_options.jitter > 0.0 ? dist(m_rng) : nominal)));
}

} // namespace polaris::polymarket
