#include "core/venues/polymarket/VenueEndpoints.h"

#include <QCommandLineParser>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace polaris;
using polaris::polymarket::VenueEndpoints;

class TestVenueEndpoints : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<QSettings> settings()
    {
        return std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("polaris.ini")),
                                           QSettings::IniFormat);
    }

private Q_SLOTS:
    void init()
    {
        qunsetenv("POLARIS_GAMMA_URL");
        qunsetenv("POLARIS_CLOB_URL");
        qunsetenv("POLARIS_WS_URL");
        settings()->clear();
    }

    void defaults()
    {
        auto resolved = VenueEndpoints::resolve(nullptr, nullptr);
        QVERIFY(resolved.ok());
        QCOMPARE(resolved->gammaUrl, QUrl(QStringLiteral("https://gamma-api.polymarket.com")));
        QCOMPARE(resolved->clobUrl, QUrl(QStringLiteral("https://clob.polymarket.com")));
        QCOMPARE(resolved->wsUrl,
                 QUrl(QStringLiteral("wss://ws-subscriptions-clob.polymarket.com/ws/market")));
    }

    void precedenceFlagThenEnvThenSettings()
    {
        auto ini = settings();
        ini->setValue(QStringLiteral("venues/polymarket/gamma_url"), QStringLiteral("http://s:1"));
        ini->setValue(QStringLiteral("venues/polymarket/clob_url"), QStringLiteral("http://s:2"));
        ini->setValue(QStringLiteral("venues/polymarket/ws_url"), QStringLiteral("ws://s:3/ws"));
        qputenv("POLARIS_CLOB_URL", "http://env:2");
        qputenv("POLARIS_WS_URL", "ws://env:3/ws");
        QCommandLineParser parser;
        VenueEndpoints::addOptions(parser);
        QVERIFY(parser.parse({QStringLiteral("app"), QStringLiteral("--ws-url"),
                              QStringLiteral("ws://127.0.0.1:9/ws/market")}));

        auto resolved = VenueEndpoints::resolve(&parser, ini.get());
        QVERIFY(resolved.ok());
        QCOMPARE(resolved->gammaUrl, QUrl(QStringLiteral("http://s:1")));  // settings
        QCOMPARE(resolved->clobUrl, QUrl(QStringLiteral("http://env:2"))); // env beats settings
        QCOMPARE(resolved->wsUrl, QUrl(QStringLiteral("ws://127.0.0.1:9/ws/market"))); // flag
    }

    void rejectsWrongScheme()
    {
        QCommandLineParser parser;
        VenueEndpoints::addOptions(parser);
        QVERIFY(parser.parse({QStringLiteral("app"), QStringLiteral("--clob-url"),
                              QStringLiteral("ws://127.0.0.1:1")}));
        auto resolved = VenueEndpoints::resolve(&parser, nullptr);
        QVERIFY(!resolved.ok());
        QCOMPARE(resolved.error().code, ErrorCode::InvalidFormat);
        QCOMPARE(resolved.error().detail,
                 std::string("--clob-url: 'ws://127.0.0.1:1' must use http:// or https://"));
    }

    void rejectsMalformedFromEnvironment()
    {
        qputenv("POLARIS_WS_URL", "https://127.0.0.1/ws");
        auto wrongScheme = VenueEndpoints::resolve(nullptr, nullptr);
        QVERIFY(!wrongScheme.ok());
        QVERIFY(wrongScheme.error().detail.find("POLARIS_WS_URL") != std::string::npos);
        QVERIFY(wrongScheme.error().detail.find("ws:// or wss://") != std::string::npos);

        qputenv("POLARIS_WS_URL", "not a url");
        auto noHost = VenueEndpoints::resolve(nullptr, nullptr);
        QVERIFY(!noHost.ok());
        QCOMPARE(noHost.error().code, ErrorCode::InvalidFormat);
        QVERIFY(noHost.error().detail.find("absolute URL") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestVenueEndpoints)
#include "tst_venueendpoints.moc"
