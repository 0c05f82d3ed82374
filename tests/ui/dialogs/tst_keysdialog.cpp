#include "core/secrets/MemorySecretStore.h"
#include "ui/dialogs/KeysDialog.h"

#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace polaris;
using polaris::secrets::MemorySecretStore;
using polaris::ui::KeysDialog;

namespace {

// Hardhat's first development account: a published test key, never a real one.
const QString kKeyHex =
        QStringLiteral("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
const QString kKeyAddress = QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
const QString kApiKey = QStringLiteral("1c2b3a4d-5e6f-4a1b-8c9d-0e1f2a3b4c5d");
const QString kApiSecret = QStringLiteral("c2VjcmV0LWJ5dGVzLWZvci1obWFjLXRlc3Rpbmc=");
const QString kPassphrase = QStringLiteral("correct horse battery staple");

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ')
                         + message;
    }
    if (g_previous) {
        g_previous(type, context, message);
    }
}

} // namespace

/// KeysDialog against the in-memory store: presence shown, values never shown or logged,
/// fields emptied after saving, removal, and the no-keychain message.
class TestKeysDialog : public QObject
{
    Q_OBJECT

private:
    template <class T> T* child(KeysDialog& dialog, const char* name)
    {
        T* found = dialog.findChild<T*>(QLatin1String(name));
        if (!found) {
            qWarning("no child %s", name);
        }
        return found;
    }
    QString status(KeysDialog& dialog, const char* name)
    {
        return child<QLabel>(dialog, (std::string(name) + "Status").c_str())->text();
    }
    /// Every text the dialog shows or holds, to prove a secret is in none of them.
    QString everyText(KeysDialog& dialog)
    {
        QStringList texts;
        for (const QLabel* label : dialog.findChildren<QLabel*>()) {
            texts << label->text() << label->toolTip();
        }
        for (const QLineEdit* edit : dialog.findChildren<QLineEdit*>()) {
            texts << edit->text() << edit->displayText();
        }
        return texts.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void showsPresenceNeverValues()
    {
        MemorySecretStore store;
        QVERIFY(store.write(QStringLiteral("polymarket/api_key"), kApiKey.toUtf8()).ok());
        KeysDialog dialog(store);
        QCOMPARE(status(dialog, "privateKey"), QStringLiteral("not set"));
        QCOMPARE(status(dialog, "apiKey"), QStringLiteral("stored"));
        QCOMPARE(status(dialog, "apiSecret"), QStringLiteral("not set"));
        QCOMPARE(status(dialog, "apiPassphrase"), QStringLiteral("not set"));
        QVERIFY(child<QPushButton>(dialog, "apiKeyRemove")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "privateKeyRemove")->isEnabled());
        QVERIFY(!everyText(dialog).contains(kApiKey));
        for (const QLineEdit* edit : dialog.findChildren<QLineEdit*>()) {
            if (edit->isEnabled()) {
                QCOMPARE(edit->echoMode(), QLineEdit::Password);
            }
        }
        auto* kalshi = child<QGroupBox>(dialog, "kalshiSection");
        QVERIFY(!kalshi->isEnabled());
        QCOMPARE(kalshi->title(), QString::fromUtf8("Kalshi — coming"));
    }

    void validatesBeforeSaving()
    {
        MemorySecretStore store;
        KeysDialog dialog(store);
        auto* save = child<QPushButton>(dialog, "saveKeys");
        QVERIFY(!save->isEnabled()); // nothing entered
        child<QLineEdit>(dialog, "privateKey")->setText(QStringLiteral("0x1234"));
        QCOMPARE(child<QLabel>(dialog, "privateKeyProblem")->text(),
                 QStringLiteral("Not a private key: 64 hex digits, 0x optional."));
        QVERIFY(!save->isEnabled());
        QVERIFY(!dialog.save());
        child<QLineEdit>(dialog, "privateKey")->setText(kKeyHex);
        QCOMPARE(child<QLabel>(dialog, "privateKeyAddress")->text(),
                 QStringLiteral("This key's address: ") + kKeyAddress);
        QVERIFY(save->isEnabled());
        child<QLineEdit>(dialog, "apiKey")->setText(QStringLiteral("not-a-uuid"));
        QCOMPARE(child<QLabel>(dialog, "apiKeyProblem")->text(),
                 QStringLiteral("An API key is a UUID: 8-4-4-4-12 hex digits."));
        child<QLineEdit>(dialog, "apiSecret")->setText(QStringLiteral("not base64 !"));
        QVERIFY(!save->isEnabled());
        QVERIFY(!dialog.save()); // one bad field: nothing is written
        QCOMPARE(store.size(), qsizetype(0));
    }

    void savesClearsAndNeverLogsTheValues()
    {
        MemorySecretStore store;
        KeysDialog dialog(store);
        QSignalSpy changed(&dialog, &KeysDialog::secretsChanged);
        child<QLineEdit>(dialog, "privateKey")->setText(QStringLiteral("  ") + kKeyHex);
        child<QLineEdit>(dialog, "apiKey")->setText(kApiKey);
        child<QLineEdit>(dialog, "apiSecret")->setText(kApiSecret);
        child<QLineEdit>(dialog, "apiPassphrase")->setText(kPassphrase);

        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        g_log.clear();
        g_previous = qInstallMessageHandler(capture);
        child<QPushButton>(dialog, "saveKeys")->click();
        qInstallMessageHandler(g_previous);
        QLoggingCategory::setFilterRules(QString());

        QCOMPARE(dialog.pending(), 0);
        QCOMPARE(changed.count(), 1);
        // Stored exactly (the pasted whitespace trimmed; a passphrase kept as typed).
        QCOMPARE(store.read(QStringLiteral("polymarket/private_key")).value(), kKeyHex.toUtf8());
        QCOMPARE(store.read(QStringLiteral("polymarket/api_key")).value(), kApiKey.toUtf8());
        QCOMPARE(store.read(QStringLiteral("polymarket/api_secret")).value(), kApiSecret.toUtf8());
        QCOMPARE(store.read(QStringLiteral("polymarket/api_passphrase")).value(),
                 kPassphrase.toUtf8());
        // Cleared, marked stored, only the address shown.
        for (const char* name : {"privateKey", "apiKey", "apiSecret", "apiPassphrase"}) {
            QVERIFY2(child<QLineEdit>(dialog, name)->text().isEmpty(), name);
            QCOMPARE(status(dialog, name), QStringLiteral("stored"));
        }
        QCOMPARE(child<QLabel>(dialog, "privateKeyAddress")->text(),
                 QStringLiteral("Stored key: address ") + kKeyAddress);
        const QString shown = everyText(dialog);
        for (const QString& secret : {kKeyHex, kKeyHex.mid(2), kApiSecret, kPassphrase, kApiKey}) {
            QVERIFY(!shown.contains(secret));
        }
        // The log names the entries (so the capture worked) but holds no value.
        const QString log = g_log.join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QLatin1String("polymarket/private_key")), qPrintable(log));
        for (const QString& secret :
             {kKeyHex.mid(2), kKeyHex.mid(2, 16), kApiSecret, kPassphrase, kApiKey}) {
            QVERIFY2(!log.contains(secret, Qt::CaseInsensitive), qPrintable(log));
        }
    }

    void removesAfterConfirmation()
    {
        MemorySecretStore store;
        QVERIFY(store.write(QStringLiteral("polymarket/private_key"), kKeyHex.toUtf8()).ok());
        KeysDialog dialog(store);
        QCOMPARE(status(dialog, "privateKey"), QStringLiteral("stored"));
        QVERIFY(child<QLabel>(dialog, "privateKeyAddress")->text().endsWith(kKeyAddress));
        auto* remove = child<QPushButton>(dialog, "privateKeyRemove");
        remove->click();
        QCOMPARE(remove->text(), QStringLiteral("Confirm removal"));
        QVERIFY(store.has(QStringLiteral("polymarket/private_key"))); // not yet
        remove->click();
        QVERIFY(!store.has(QStringLiteral("polymarket/private_key")));
        QCOMPARE(status(dialog, "privateKey"), QStringLiteral("not set"));
        QCOMPARE(child<QLabel>(dialog, "privateKeyAddress")->text(), QString());
        QVERIFY(!remove->isEnabled());
    }

    void saysWhenThereIsNoKeychain()
    {
        MemorySecretStore store;
        store.setUnavailable(true);
        KeysDialog dialog(store);
        auto* message = child<QLabel>(dialog, "keychainMessage");
        QVERIFY(!message->isHidden());
        QVERIFY(message->text().startsWith(
                QStringLiteral("No keychain service is available, so keys cannot be stored.")));
        QCOMPARE(status(dialog, "privateKey"), QStringLiteral("unknown"));
        child<QLineEdit>(dialog, "apiKey")->setText(kApiKey);
        QVERIFY(dialog.save());
        QCOMPARE(child<QLineEdit>(dialog, "apiKey")->text(), kApiKey); // kept to try again
        QVERIFY(!message->isHidden());
    }
};

QTEST_MAIN(TestKeysDialog)
#include "tst_keysdialog.moc"
