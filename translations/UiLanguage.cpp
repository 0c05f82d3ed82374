#include "translations/UiLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

namespace polaris::i18n {

Q_LOGGING_CATEGORY(lcI18n, "polaris.i18n")

namespace {

const QString kEnglish = QStringLiteral("en");
const QString kChinese = QStringLiteral("zh_CN");

/// Whether a BCP 47 UI language ("zh-CN", "zh-Hans-SG", "zh") is written in Simplified Chinese.
bool isSimplifiedChinese(const QString& bcp47)
{
    const QLocale locale(bcp47);
    if (locale.language() != QLocale::Chinese) {
        return false;
    }
    if (locale.script() != QLocale::AnyScript) {
        return locale.script() == QLocale::SimplifiedHanScript;
    }
    // Without a script, QLocale fills in the likely one: Taiwan and Hong Kong mean Traditional.
    return locale.territory() != QLocale::Taiwan && locale.territory() != QLocale::HongKong
           && locale.territory() != QLocale::Macao;
}

} // namespace

QStringList UiLanguage::available()
{
    return {kEnglish, kChinese};
}

QString UiLanguage::resolve(const QString& requested, const QLocale& system)
{
    const QString wanted = requested.trimmed();
    if (!wanted.isEmpty() && wanted.compare(QLatin1String("system"), Qt::CaseInsensitive) != 0) {
        return wanted;
    }
    // The first UI language we can serve wins; a Traditional Chinese desktop gets English rather
    // than Simplified characters it did not ask for.
    for (const QString& language : system.uiLanguages()) {
        if (isSimplifiedChinese(language)) {
            return kChinese;
        }
        if (QLocale(language).language() == QLocale::English) {
            return kEnglish;
        }
    }
    return kEnglish;
}

QString UiLanguage::resourcePath(const QString& language)
{
    return QStringLiteral(":/i18n/polaris_%1.qm").arg(language);
}

QString UiLanguage::install(QCoreApplication& app, const QString& language)
{
    if (language == kEnglish) {
        return kEnglish; // the source language: tr() already returns it
    }
    if (!available().contains(language)) {
        qCWarning(lcI18n).noquote()
                << QStringLiteral("no translation for language %1 (available: %2); using English")
                           .arg(language, available().join(QStringLiteral(", ")));
        return kEnglish;
    }
    auto* ours = new QTranslator(&app);
    if (!ours->load(resourcePath(language))) {
        qCWarning(lcI18n).noquote() << "translation" << resourcePath(language)
                                    << "is missing or unreadable; using English";
        delete ours;
        return kEnglish;
    }
    QCoreApplication::installTranslator(ours);
    // Qt's own strings (line-edit context menus, network errors shown as reasons) come from the
    // system's Qt translations when installed (Debian: qt6-translations-l10n); optional.
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        qCInfo(lcI18n).noquote() << "Qt's own" << language << "translation is not installed";
        delete qt;
    }
    qCInfo(lcI18n).noquote() << "language" << language;
    return language;
}

} // namespace polaris::i18n
