#pragma once

#include "core/sim/HttpMessage.h"
#include "core/sim/SimUniverse.h"

#include <optional>

namespace polaris::sim {

/// Gamma endpoints: `GET /events` (limit, offset, active, closed, archived, id, slug; `order`
/// and `ascending` accepted and ignored) and `GET /markets` (limit, offset, repeated
/// condition_ids / clob_token_ids / id, active, closed — Gamma's default closed=false).
/// Default limit 20, largest 1000. Serves each event's/market's stored JSON text unchanged.
/// Lives on SimServer's thread.
class SimGammaApi
{
public:
    explicit SimGammaApi(const SimUniverse& universe)
        : m_universe(universe)
    {}
    /// The response, or nullopt when the path is not a Gamma path.
    std::optional<HttpResponse> handle(const HttpRequest& request) const;

private:
    HttpResponse events(const HttpRequest& request) const;
    HttpResponse markets(const HttpRequest& request) const;

    const SimUniverse& m_universe;
};

} // namespace polaris::sim
