#pragma once

#include "core/money/Decimal.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace polaris::sim {

/// Fault switches of the simulator, set from the command line and at run time through
/// `POST /sim/faults` with a JSON body using the same names:
///   http_error_status  int     status for injected HTTP errors (429 adds Retry-After: 1; 500...)
///   http_error_rate    0..1    fraction of venue HTTP requests answered with that status
///   http_error_next    int     answer the next N venue HTTP requests with it (then stop)
///   http_delay_ms      int     delay every venue HTTP response by this much
///   ws_drop_now        bool    abort every market-channel WebSocket now (an action, not kept)
///   ws_drop_every_s    int     abort every market-channel WebSocket every N seconds (0 = off)
///   ws_malformed_rate  0..1    per tick and connection: send a malformed frame (truncated JSON
///                              and unknown event_type alternate)
///   ws_malformed_next  int     send a malformed frame on each of the next N ticks
/// Trading faults (the matching engine, see SimExchange):
///   order_reject_next     int     refuse the next N orders (each leg of a batch counts) with
///                                 order_reject_message, after auth and signature checks
///   order_reject_message  string  the venue text to refuse with (default "could not insert
///                                 order"); `success` follows the spec's table for that text
///   fill_fraction         (0,1]   at most this fraction of each order's size can fill (floored
///                                 to 0.01 shares): FAK fills it and cancels the rest, GTC rests
///                                 the rest, FOK is killed. 1 = off
///   order_delay_ms        int     delay the answers of POST /order(s) and the cancel endpoints
///                                 (on top of http_delay_ms); matching still happens on arrival,
///                                 so user-channel events can beat the HTTP answer
///   reject_as_http_error  bool    answer refused single orders (POST /order) with HTTP 400
///                                 {"error": msg} instead of 200 + errorMsg
///   competing_taker_rate     0..1   probability that a competing taker hits the levels a
///                                   marketable order is about to take, just before it matches
///   competing_taker_fraction (0,1]  share of each of those levels it takes (default 0.5)
///   user_ws_drop_now      bool    abort every user-channel WebSocket now (an action)
///   user_ws_drop_every_s  int     abort every user-channel WebSocket every N seconds (0 = off)
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

    int orderRejectNext = 0;
    QString orderRejectMessage = QStringLiteral("could not insert order");
    Decimal fillFraction = Decimal::fromInt(1);
    int orderDelayMs = 0;
    bool rejectAsHttpError = false;
    double competingTakerRate = 0.0;
    Decimal competingTakerFraction = Decimal::fromMicros(500'000);
    int userWsDropEverySec = 0;

    /// Actions asked for by one apply() call (they are not kept as state).
    struct Actions
    {
        bool dropMarketSockets = false;
        bool dropUserSockets = false;
    };

    /// Applies the members present in `object`; reports ws_drop_now / user_ws_drop_now through
    /// `actions`. Rejects unknown names, wrong types and out-of-range values without changing
    /// anything.
    Status apply(const QJsonObject& object, Actions* actions = nullptr);
    QByteArray toJson() const;
};

} // namespace polaris::sim
