#pragma once

#include "core/sim/HttpMessage.h"
#include "core/sim/SimUniverse.h"

#include <optional>

namespace polaris::sim {

/// CLOB public REST endpoints with the venue's shapes and error texts: /book, POST /books
/// (at most 500 ids), /tick-size, /neg-risk, /fee-rate, /midpoint, /price, /spread,
/// /last-trade-price, /clob-markets/{condition_id}, /version, /time, /ok.
/// Lives on SimServer's thread (it fills the universe's per-book JSON cache).
class SimClobApi
{
public:
    static constexpr int kMaxBooksPerRequest = 500;

    explicit SimClobApi(SimUniverse& universe)
        : m_universe(universe)
    {}
    /// The response, or nullopt when the path is not a CLOB path.
    std::optional<HttpResponse> handle(const HttpRequest& request);

private:
    /// The token of ?token_id=, or an error response (400 malformed, 404 unknown / no book).
    int tokenParam(const HttpRequest& request, HttpResponse& error) const;
    HttpResponse books(const HttpRequest& request);
    HttpResponse clobMarket(const QString& conditionId) const;
    HttpResponse tokenEndpoint(const QString& path, const HttpRequest& request);

    SimUniverse& m_universe;
};

} // namespace polaris::sim
