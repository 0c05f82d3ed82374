#pragma once

#include <random>

namespace polaris::polymarket {

/// Exponential backoff with jitter for retries and reconnects. Plain value type, no Qt, no
/// locking: each retrying request or socket shard owns its own instance on its own thread.
///
/// The nominal delay for attempt n is min(cap, base * factor^n); the returned delay is drawn
/// uniformly from [nominal * (1 - jitter), nominal], so it never exceeds the cap and clients that
/// lost their connection at the same moment do not all come back at the same moment.
class Backoff
{
public:
    struct Options
    {
        int baseMs = 250;
        int capMs = 30'000;
        double factor = 2.0;
        double jitter = 0.2; ///< fraction of the nominal delay that is randomised, in [0, 1]
    };

    explicit Backoff(Options options, unsigned seed = std::random_device{}());

    /// The delay before the next attempt; advances the exponent.
    int nextDelayMs();
    /// The nominal (un-jittered) delay the next call to nextDelayMs() is based on.
    int nominalDelayMs() const;
    /// Back to the base delay, e.g. after a connection proved healthy.
    void reset() { m_attempt = 0; }
    /// Exponent step of the next delay (stops growing once the cap is reached).
    int attempt() const { return m_attempt; }
    const Options& options() const { return m_options; }

private:
    Options m_options;
    int m_attempt = 0;
    std::mt19937 m_rng;
};

} // namespace polaris::polymarket
