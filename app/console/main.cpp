#include "app/console/ConsoleRoot.h"
#include "core/config/ArbConfigLoader.h"
#include "core/secrets/KeychainSecretStore.h"
#include "translations/UiLanguage.h"
#include "ui/DatabaseStatusLabel.h"
#include "ui/widgets/BondLadderView.h"
#include "ui/widgets/PnlChartView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>

/// polaris-console: the desktop console. Composition only.
int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Polaris"));
    QApplication::setApplicationName(QStringLiteral("polaris"));
    QApplication::setApplicationVersion(QStringLiteral(POLARIS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Polaris prediction-market arbitrage console"));
    parser.addHelpOption();
    polaris::polymarket::VenueEndpoints::addOptions(parser);
    parser.addOption({QStringLiteral("demo"),
                      QStringLiteral("Run on the built-in simulator (no network needed).")});
    parser.addOption({QStringLiteral("probe-timeout"),
                      QStringLiteral("Seconds to wait for Polymarket before falling back to the "
                                     "simulator (default 5)."),
                      QStringLiteral("S"), QStringLiteral("5")});
    parser.addOption(
            {QStringLiteral("screenshot"),
             QStringLiteral(
                     "Save the window to this PNG after --screenshot-after seconds, then quit "
                     "(docs/screenshots)."),
             QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("screenshot-after"),
                      QStringLiteral("Seconds before the screenshot (default 8)."),
                      QStringLiteral("S"), QStringLiteral("8")});
    parser.addOption(
            {QStringLiteral("demo-universe"),
             QStringLiteral("The simulated universe: events=N,outcomes=K,binaries=M,seed=S "
                            "(default events=60,outcomes=6,binaries=200; the full ~50,000-book "
                            "universe is events=2000,outcomes=10,binaries=5000)."),
             QStringLiteral("SPEC")});
    parser.addOption(
            {QStringLiteral("lang"),
             QStringLiteral("Interface language: en, zh_CN or system (default: the ui/language "
                            "setting, else the system's)."),
             QStringLiteral("LANG")});
    parser.process(app);

    QSettings settings;
    const QString language = parser.isSet(QStringLiteral("lang"))
                                     ? parser.value(QStringLiteral("lang"))
                                     : settings.value(QStringLiteral("ui/language")).toString();
    polaris::i18n::UiLanguage::install(app, polaris::i18n::UiLanguage::resolve(language));
    auto endpoints = polaris::polymarket::VenueEndpoints::resolve(&parser, &settings);
    if (!endpoints.ok()) {
        QTextStream(stderr) << "polaris-console: "
                            << QString::fromStdString(endpoints.error().detail) << '\n';
        return 2;
    }
    ConsoleRoot::Options options;
    options.endpoints = *endpoints;
    // A bad stored threshold is skipped (named on stderr); the others still apply.
    if (const polaris::Status stored =
                polaris::ArbConfigLoader::applySettings(options.config, settings);
        !stored.ok()) {
        QTextStream(stderr) << "polaris-console: " << QString::fromStdString(stored.error().detail)
                            << '\n';
    }
    if (parser.isSet(QStringLiteral("demo-universe"))) {
        auto spec =
                polaris::sim::GenerateSpec::parse(parser.value(QStringLiteral("demo-universe")));
        if (!spec.ok()) {
            QTextStream(stderr) << "polaris-console: --demo-universe: "
                                << QString::fromStdString(spec.error().detail) << '\n';
            return 2;
        }
        options.demoUniverse = *spec;
    }
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.probeTimeoutMs = qMax(1, parser.value(QStringLiteral("probe-timeout")).toInt()) * 1000;

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/polaris/icons/polaris.svg")));
    // Keys live only in the OS keychain (docs/secrets.md); the window shows whether they are there.
    polaris::secrets::KeychainSecretStore keychain(
            polaris::secrets::KeychainSecretStore::serviceFromEnvironment());
    polaris::ui::MainWindow window;
    window.setSettings(&settings);
    window.setSecretStore(&keychain);
    ConsoleRoot root(options, window);
    // The database views read through DatabaseUrl::resolve(""): $POLARIS_DB_URL, the settings'
    // storage/url, or the default SQLite file. Added before the layout is restored.
    auto* bonds = new polaris::ui::BondLadderView(QString(), &window);
    window.addViewTab(bonds, QObject::tr("Bond ladder"), QKeySequence(Qt::CTRL | Qt::Key_B));
    QObject::connect(&window, &polaris::ui::MainWindow::refreshRequested, bonds,
                     &polaris::ui::BondLadderView::refresh);
    auto* pnl = new polaris::ui::PnlChartView(QString(), &window);
    window.addViewTab(pnl, QObject::tr("PnL"), QKeySequence(Qt::CTRL | Qt::Key_P));
    QObject::connect(&window, &polaris::ui::MainWindow::refreshRequested, pnl,
                     &polaris::ui::PnlChartView::refresh);
    window.statusBar()->addPermanentWidget(new polaris::ui::DatabaseStatusLabel(QString(), 15'000));
    window.restoreLayout();
    window.show();
    root.start();
    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString path = parser.value(QStringLiteral("screenshot"));
        QTimer::singleShot(parser.value(QStringLiteral("screenshot-after")).toInt() * 1000, &window,
                           [&window, path] {
                               const bool saved = window.grab().save(path, "PNG");
                               QTextStream(stdout)
                                       << "polaris-console: screenshot "
                                       << (saved ? "saved to " : "FAILED: ") << path << '\n';
                               QApplication::exit(saved ? 0 : 1);
                           });
    }
    return QApplication::exec();
}
