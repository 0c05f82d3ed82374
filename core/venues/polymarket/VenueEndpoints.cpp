#include "core/venues/polymarket/VenueEndpoints.h"

#include <QCommandLineParser>
#include <QSettings>

namespace polaris::polymarket {

namespace {

struct Source
{
    QString option;      // command-line option name
    const char* envVar;  // environment variable
    QString settingsKey; // QSettings key
    bool webSocket;
};

Source gammaSource()
{
    return {QStringLiteral("gamma-url"), "POLARIS_GAMMA_URL",
            QStringLiteral("venues/polymarket/gamma_url"), false};
}
Source clobSource()
{
    return {QStringLiteral("clob-url"), "POLARIS_CLOB_URL",
            QStringLiteral("venues/polymarket/clob_url"), false};
}
Source wsSource()
{
    return {QStringLiteral("ws-url"), "POLARIS_WS_URL", QStringLiteral("venues/polymarket/ws_url"),
            true};
}

/// First configured value wins; `url` keeps the default when nothing is configured.
Status resolveOne(const Source& src,
                  const QCommandLineParser* parser,
                  const QSettings* settings,
                  QUrl* url)
{
    QString text;
    QString origin;
    if (parser && parser->optionNames().contains(src.option) && parser->isSet(src.option)) {
        text = parser->value(src.option);
        origin = QStringLiteral("--") + src.option;
    } else if (qEnvironmentVariableIsSet(src.envVar)) {
        text = qEnvironmentVariable(src.envVar);
        origin = QString::fromLatin1(src.envVar);
    } else if (settings && settings->contains(src.settingsKey)) {
        text = settings->value(src.settingsKey).toString();
        origin = QStringLiteral("setting ") + src.settingsKey;
    } else {
        return okStatus();
    }
    const QUrl candidate = QUrl(text.trimmed(), QUrl::StrictMode);
    Status status = VenueEndpoints::validate(candidate, src.webSocket, origin);
    if (!status.ok()) {
        return status;
    }
    *url = candidate;
    return okStatus();
}

} // namespace

void VenueEndpoints::addOptions(QCommandLineParser& parser)
{
    parser.addOption({gammaSource().option,
                      QStringLiteral("Polymarket Gamma API base URL (http/https)."),
                      QStringLiteral("url")});
    parser.addOption({clobSource().option,
                      QStringLiteral("Polymarket CLOB REST base URL (http/https)."),
                      QStringLiteral("url")});
    parser.addOption({wsSource().option,
                      QStringLiteral("Polymarket market WebSocket URL (ws/wss)."),
                      QStringLiteral("url")});
}

Status VenueEndpoints::validate(const QUrl& url, bool webSocket, const QString& source)
{
    const QString shown = url.toString();
    const QString scheme = url.scheme().toLower();
    const bool schemeOk =
            webSocket ? (scheme == QLatin1String("ws") || scheme == QLatin1String("wss"))
                      : (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
        return Error{ErrorCode::InvalidFormat,
                     (source + QStringLiteral(": '") + shown
                      + QStringLiteral("' is not an absolute URL with a host"))
                             .toStdString()};
    }
    if (!schemeOk) {
        return Error{ErrorCode::InvalidFormat,
                     (source + QStringLiteral(": '") + shown + QStringLiteral("' must use ")
                      + (webSocket ? QStringLiteral("ws:// or wss://")
                                   : QStringLiteral("http:// or https://")))
                             .toStdString()};
    }
    return okStatus();
}

Result<VenueEndpoints> VenueEndpoints::resolve(const QCommandLineParser* parser,
                                               const QSettings* settings)
{
    VenueEndpoints endpoints;
    const std::pair<Source, QUrl*> all[] = {{gammaSource(), &endpoints.gammaUrl},
                                            {clobSource(), &endpoints.clobUrl},
                                            {wsSource(), &endpoints.wsUrl}};
    for (const auto& [source, url] : all) {
        Status status = resolveOne(source, parser, settings, url);
        if (!status.ok()) {
            return status.error();
        }
    }
    return endpoints;
}

} // namespace polaris::polymarket
