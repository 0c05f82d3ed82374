#include "translations/UiLanguage.h"
#include "ui/MainWindow.h"
#include "ui/models/OpportunityTableModel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using polaris::i18n::UiLanguage;
using polaris::ui::OpportunityTableModel;

namespace {

/// One <message> of a .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString translation;
    QString type; // "unfinished", "vanished", "obsolete", or empty when done
};

QList<TsMessage> readTs(const QString& path)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(path));
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (xml.readNext() != QXmlStreamReader::Invalid && !xml.atEnd()) {
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            messages.push_back({context, {}, {}, {}});
        } else if (xml.name() == QLatin1String("source")) {
            messages.back().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            messages.back().type = xml.attributes().value(QLatin1String("type")).toString();
            messages.back().translation =
                    xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    if (xml.hasError()) {
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
        messages.clear();
    }
    return messages;
}

/// The sorted %1…%99 placeholders of a text.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2})"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        found << it.next().captured(0);
    }
    found.sort();
    return found;
}

QString translationsDir()
{
    return QFileInfo(QFINDTESTDATA("../../translations/polaris_zh_CN.ts")).absolutePath();
}

QString lupdatePath()
{
    const QString qtBin =
            QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
    return QFileInfo::exists(qtBin) ? qtBin
                                    : QStandardPaths::findExecutable(QStringLiteral("lupdate"));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogsAreEmbedded()
    {
        for (const QString& language : UiLanguage::available()) {
            QVERIFY2(QFile::exists(UiLanguage::resourcePath(language)), qPrintable(language));
        }
        QTranslator translator;
        QVERIFY(translator.load(UiLanguage::resourcePath(QStringLiteral("zh_CN"))));
        QCOMPARE(translator.language(), QStringLiteral("zh_CN"));
    }

    void mainWindowShowsChinese()
    {
        QTranslator translator;
        QVERIFY(translator.load(UiLanguage::resourcePath(QStringLiteral("zh_CN"))));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const auto uninstall =
                qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });

        QCOMPARE(QCoreApplication::translate("polaris::ui::MainWindow", "SIMULATED DATA — %1"),
                 QStringLiteral("模拟数据 — %1"));
        QCOMPARE(QCoreApplication::translate("polaris::ui::MainWindow",
                                             "Near-misses (closest %1 of %2)"),
                 QStringLiteral("未达标机会（%2 个中最接近的 %1 个）"));

        polaris::ui::MainWindow window;
        window.setSimulatedBanner(QStringLiteral("--demo"));
        auto* banner = window.findChild<QLabel*>(QStringLiteral("simulatedBanner"));
        QVERIFY(banner);
        QCOMPARE(banner->text(), QStringLiteral("模拟数据 — --demo"));

        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("opportunityTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(0), QStringLiteral("套利机会"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("未达标机会"));

        auto* table = window.findChild<QTableView*>(QStringLiteral("opportunitiesTable"));
        QVERIFY(table);
        const auto header = [table](int column) {
            return table->model()->headerData(column, Qt::Horizontal).toString();
        };
        QCOMPARE(header(OpportunityTableModel::NetProfitColumn), QStringLiteral("净利润"));
        QCOMPARE(header(OpportunityTableModel::AnnualizedColumn), QStringLiteral("年化 %"));
        QCOMPARE(header(OpportunityTableModel::FreshnessColumn), QStringLiteral("订单簿时长"));

        polaris::MarketDataStatus status;
        status.phase = polaris::MarketDataStatus::Phase::Live;
        status.events = 12;
        window.setMarketDataStatus(status);
        auto* feed = window.findChild<QLabel*>(QStringLiteral("feedStatus"));
        QVERIFY(feed);
        QVERIFY2(feed->text().startsWith(QStringLiteral("实时 · 12 个事件 · 订单簿 ")),
                 qPrintable(feed->text()));
    }

    void consoleAndCoreMessagesAreChinese()
    {
        QTranslator translator;
        QVERIFY(translator.load(UiLanguage::resourcePath(QStringLiteral("zh_CN"))));
        QCOMPARE(translator.translate("ConsoleRoot",
                                      "Polymarket is not reachable from this machine (%1); showing "
                                      "the built-in simulator"),
                 QStringLiteral("本机无法连接 Polymarket（%1）；正在显示内置模拟器的数据"));
        QCOMPARE(translator.translate("polaris::MarketDataService",
                                      "Could not load the list of markets: %1"),
                 QStringLiteral("无法加载市场列表：%1"));
        QCOMPARE(translator.translate("polaris::polymarket::VenueProbe", "no answer within %1 s"),
                 QStringLiteral("%1 秒内无响应"));
    }

    void everyChineseEntryIsFinishedAndKeepsItsPlaceholders()
    {
        const QList<TsMessage> messages =
                readTs(translationsDir() + QStringLiteral("/polaris_zh_CN.ts"));
        QVERIFY(messages.size() > 100);
        QStringList problems;
        for (const TsMessage& m : messages) {
            const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
            if (!m.type.isEmpty()) {
                problems << where + QStringLiteral(" is ") + m.type;
            } else if (m.translation.trimmed().isEmpty()) {
                problems << where + QStringLiteral(" has no translation");
            } else if (placeholders(m.translation) != placeholders(m.source)) {
                problems << where + QStringLiteral(" changes the placeholders: ") + m.translation;
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral(
                                    "translations/polaris_zh_CN.ts (see docs/translations.md):\n")
                            + problems.join(QLatin1Char('\n'))));
    }

    void englishCatalogListsTheSameStrings()
    {
        const QString dir = translationsDir();
        const QList<TsMessage> en = readTs(dir + QStringLiteral("/polaris_en.ts"));
        const QList<TsMessage> zh = readTs(dir + QStringLiteral("/polaris_zh_CN.ts"));
        QCOMPARE(en.size(), zh.size());
        for (qsizetype i = 0; i < en.size(); ++i) {
            QCOMPARE(en[i].context, zh[i].context);
            QCOMPARE(en[i].source, zh[i].source);
        }
    }

    /// A tr() string added to the sources without running lupdate is caught here: lupdate is run
    /// on the same sources into a scratch file and must find exactly the committed strings.
    void catalogMatchesTheSources()
    {
        const QString lupdate = lupdatePath();
        if (lupdate.isEmpty()) {
            QSKIP("lupdate is not installed (Debian: qt6-l10n-tools)");
        }
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString fresh = scratch.filePath(QStringLiteral("polaris_zh_CN.ts"));
        QProcess process;
        process.setWorkingDirectory(QDir(translationsDir()).absoluteFilePath(QStringLiteral("..")));
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(lupdate, {QStringLiteral("-I"), QStringLiteral("."),
                                QStringLiteral("@translations/lupdate-sources.lst"),
                                QStringLiteral("-locations"), QStringLiteral("none"),
                                QStringLiteral("-silent"), QStringLiteral("-ts"), fresh});
        QVERIFY(process.waitForFinished(60'000));
        QVERIFY2(process.exitCode() == 0, process.readAll().constData());

        QSet<QString> committed;
        for (const TsMessage& m : readTs(translationsDir() + QStringLiteral("/polaris_zh_CN.ts"))) {
            committed.insert(m.context + QLatin1Char('|') + m.source);
        }
        QSet<QString> current;
        for (const TsMessage& m : readTs(fresh)) {
            current.insert(m.context + QLatin1Char('|') + m.source);
        }
        QVERIFY(current.size() > 100);
        const QStringList added = (current - committed).values();
        const QStringList removed = (committed - current).values();
        QVERIFY2(added.isEmpty() && removed.isEmpty(),
                 qPrintable(QStringLiteral("run the lupdate command of docs/translations.md and "
                                           "translate; new: [%1]; gone: [%2]")
                                    .arg(added.join(QStringLiteral("; ")),
                                         removed.join(QStringLiteral("; ")))));
    }

    void resolvesTheLanguage()
    {
        QCOMPARE(UiLanguage::resolve(QStringLiteral("zh_CN"), QLocale(QStringLiteral("en_US"))),
                 QStringLiteral("zh_CN"));
        QCOMPARE(UiLanguage::resolve(QStringLiteral("en"), QLocale(QStringLiteral("zh_CN"))),
                 QStringLiteral("en"));
        QCOMPARE(UiLanguage::resolve({}, QLocale(QStringLiteral("zh_CN"))),
                 QStringLiteral("zh_CN"));
        QCOMPARE(UiLanguage::resolve(QStringLiteral("system"), QLocale(QStringLiteral("zh_SG"))),
                 QStringLiteral("zh_CN"));
        QCOMPARE(UiLanguage::resolve({}, QLocale(QStringLiteral("zh_TW"))), QStringLiteral("en"));
        QCOMPARE(UiLanguage::resolve({}, QLocale(QStringLiteral("de_DE"))), QStringLiteral("en"));
        QCOMPARE(UiLanguage::resolve({}, QLocale(QStringLiteral("en_GB"))), QStringLiteral("en"));
    }

    void unknownLanguageFallsBackToEnglish()
    {
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("no translation for language fr")));
        QCOMPARE(UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("fr")),
                 QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("polaris::ui::MainWindow", "Near-misses"),
                 QStringLiteral("Near-misses"));
    }

    void installsChinese()
    {
        QCOMPARE(UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")),
                 QStringLiteral("zh_CN"));
        QCOMPARE(QCoreApplication::translate("polaris::ui::OpportunityTableModel", "Net profit"),
                 QStringLiteral("净利润"));
        QCOMPARE(QCoreApplication::translate("polaris::ui::display::Text", "%1 m %2 s"),
                 QStringLiteral("%1 分 %2 秒"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
