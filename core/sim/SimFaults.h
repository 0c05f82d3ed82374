#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace polaris::sim {

/// Fault switches of the simulator, set from the command line and at run time through
/// `POST /sim/faults` with a JSON body using the same names:
///   http_error_status  int     status for injected HTTP errors (429 adds Retry-After: 1; 500...)
///   http_error_rate    0..1    fraction of venue HTTP requests answered with that status
///   http_error_next    int     answer the next N venue HTTP requests with it (then stop)
///   http_delay_ms      int     delay every venue HTTP response by this much
///   ws_drop_now        bool    abort every WebSocket connection now (an action, not kept)
///   ws_drop_every_s    int     abort every WebSocket connection every N seconds (0 = off)
///   ws_malformed_rate  0..1    per tick and connection: send a malformed frame (truncated JSON
///                              and unknown event_type alternate)
///   ws_malformed_next  int     send a malformed frame on each of the next N ticks
/// /sim/* control endpoints are never faulted or delayed. Plain value; SimServer's thread.
struct SimFaults
{
    int httpErrorStatus = 429;
    double httpErrorRate = 0.0;
    int httpErrorNext = 0;
    int httpDelayMs = 0;
    int wsDropEverySec = 0;
    double wsMalformedRate = 0.0;
    int wsMalformedNext = 0;

    /// Applies the members present in `object`; returns whether ws_drop_now was asked via
    /// `dropNow`. Rejects wrong types and out-of-range values without changing anything.
    Status apply(const QJsonObject& object, bool* dropNow = nullptr);
    QByteArray toJson() const;
};

} // namespace polaris::sim
