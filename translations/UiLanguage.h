#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace polaris::i18n {

/// Chooses the console's language (the "ui/language" setting, a --lang flag, or the system
/// locale) and installs the matching translators: ours, embedded under :/i18n, and Qt's own for
/// its standard widgets when the system has them. Call on the GUI thread before any window exists;
/// the translators are children of the application.
class UiLanguage
{
public:
    /// The languages we ship, in the codes the setting and --lang use.
    static QStringList available();

    /// "en" or "zh_CN" as given; "" or "system" picks from `system`'s UI languages (any Simplified
    /// Chinese -> "zh_CN", otherwise "en"). Anything else is returned unchanged so install() can
    /// report it.
    static QString resolve(const QString& requested, const QLocale& system = QLocale::system());

    /// The embedded catalogue of a language: ":/i18n/polaris_zh_CN.qm".
    static QString resourcePath(const QString& language);

    /// Installs the translators for `language` (a resolve()d code) on `app`. English needs none.
    /// A language we do not ship, or a catalogue that fails to load, logs a warning, leaves the
    /// application in English and returns "en"; otherwise returns `language`.
    static QString install(QCoreApplication& app, const QString& language);
};

} // namespace polaris::i18n
