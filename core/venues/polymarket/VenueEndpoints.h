#pragma once

#include "core/util/Result.h"

#include <QUrl>

class QCommandLineParser;
class QSettings;

namespace polaris::polymarket {

/// Base URLs of the Polymarket public APIs (spec §0.1). A plain value, copied to every client.
///
/// Overridable so that the console can run against the local simulator or a proxy. Each URL is
/// resolved on its own, first match wins: command-line flag (--gamma-url, --clob-url, --ws-url),
/// environment (POLARIS_GAMMA_URL, POLARIS_CLOB_URL, POLARIS_WS_URL), QSettings
/// (venues/polymarket/gamma_url, clob_url, ws_url), then the production defaults.
struct VenueEndpoints
{
    QUrl gammaUrl = QUrl(QStringLiteral("https://gamma-api.polymarket.com"));
    QUrl clobUrl = QUrl(QStringLiteral("https://clob.polymarket.com"));
    QUrl wsUrl = QUrl(QStringLiteral("wss://ws-subscriptions-clob.polymarket.com/ws/market"));

    /// Registers the three --*-url options on a parser the application owns.
    static void addOptions(QCommandLineParser& parser);

    /// Resolves all three URLs (either pointer may be null). Fails with InvalidFormat naming the
    /// source (flag / variable / settings key) and the value when a URL is malformed or has the
    /// wrong scheme: http(s) for the REST hosts, ws(s) for the socket.
    static Result<VenueEndpoints> resolve(const QCommandLineParser* parser,
                                          const QSettings* settings);

    /// Checks one URL: valid, absolute, with a host and one of the allowed schemes.
    static Status validate(const QUrl& url, bool webSocket, const QString& source);
};

} // namespace polaris::polymarket
