#include "ui/dialogs/KeysDialog.h"

#include "core/secrets/SecretStore.h"
#include "core/signing/PrivateKey.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

namespace polaris::ui {

Q_LOGGING_CATEGORY(lcKeys, "polaris.ui.keys")

namespace {

/// Overwrites secret bytes before they are released (best effort: QString copies made by the
/// line edit are out of reach, which is why fields are emptied right after use).
void wipe(QByteArray& bytes)
{
    bytes.fill('\0');
    bytes.clear();
}
void wipe(std::string& text)
{
    std::fill(text.begin(), text.end(), '\0');
    text.clear();
}

/// The address of a private key given as hex text, or the reason it is not a key.
Result<QString> addressOf(const QByteArray& hex)
{
    std::string text = hex.trimmed().toStdString();
    auto key = signing::PrivateKey::fromHex(text);
    wipe(text);
    if (!key.ok()) {
        return key.error();
    }
    return QString::fromStdString(key->address().toChecksumHex());
}

QString checkPrivateKey(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    const auto address = addressOf(bytes);
    wipe(bytes);
    return address.ok() ? QString()
                        : KeysDialog::tr("Not a private key: 64 hex digits, 0x optional.");
}

QString checkApiKey(const QString& text)
{
    return QUuid::fromString(text.trimmed()).isNull()
                   ? KeysDialog::tr("An API key is a UUID: 8-4-4-4-12 hex digits.")
                   : QString();
}

QString checkApiSecret(const QString& text)
{
    const QByteArray bytes = text.trimmed().toLatin1();
    for (const auto encoding : {QByteArray::Base64UrlEncoding, QByteArray::Base64Encoding}) {
        const auto decoded = QByteArray::fromBase64Encoding(
                bytes, encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && !decoded.decoded.isEmpty()) {
            return {};
        }
    }
    return KeysDialog::tr("The API secret is base64 text, as Polymarket returned it.");
}

QString checkPassphrase(const QString& text)
{
    return text.isEmpty() ? KeysDialog::tr("Enter the passphrase.") : QString();
}

} // namespace

KeysDialog::KeysDialog(secrets::SecretStore& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Keys"));
    setObjectName(QStringLiteral("keysDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Keys are kept only in the system keychain. Polaris shows whether "
                                "each one is stored, never its value."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("keychainMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color:#c0392b;font-weight:bold;"));
    m_message->setVisible(false);
    layout->addWidget(m_message);

    auto* polymarket = new QGroupBox(tr("Polymarket"), this);
    auto* grid = new QGridLayout(polymarket);
    grid->setColumnStretch(1, 1);
    addEntry(grid, 0, secrets::keyName(secrets::kPrivateKey), QStringLiteral("privateKey"),
             tr("Private key"), checkPrivateKey);
    m_address = new QLabel(polymarket);
    m_address->setObjectName(QStringLiteral("privateKeyAddress"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_address, 2, 1, 1, 3);
    addEntry(grid, 3, secrets::keyName(secrets::kApiKey), QStringLiteral("apiKey"), tr("API key"),
             checkApiKey);
    addEntry(grid, 5, secrets::keyName(secrets::kApiSecret), QStringLiteral("apiSecret"),
             tr("API secret"), checkApiSecret);
    addEntry(grid, 7, secrets::keyName(secrets::kApiPassphrase), QStringLiteral("apiPassphrase"),
             tr("API passphrase"), checkPassphrase);
    layout->addWidget(polymarket);
    layout->addWidget(makeKalshiSection());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(QStringLiteral("saveKeys"));
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 0);
    refresh();
}

KeysDialog::~KeysDialog()
{
    for (Entry& e : m_entries) {
        e.edit->setText(QString()); // also drops the undo history
    }
}

void KeysDialog::addEntry(QGridLayout* grid,
                          int row,
                          const QString& key,
                          const QString& name,
                          const QString& label,
                          std::function<QString(const QString&)> check)
{
    Entry e;
    e.key = key;
    e.check = std::move(check);
    auto* parent = grid->parentWidget();
    grid->addWidget(new QLabel(label, parent), row, 0);
    e.edit = new QLineEdit(parent);
    e.edit->setObjectName(name);
    e.edit->setEchoMode(QLineEdit::Password);
    e.edit->setPlaceholderText(tr("enter to replace"));
    grid->addWidget(e.edit, row, 1);
    e.status = new QLabel(tr("checking…"), parent);
    e.status->setObjectName(name + QStringLiteral("Status"));
    e.status->setMinimumWidth(80);
    grid->addWidget(e.status, row, 2);
    e.remove = new QPushButton(tr("Remove"), parent);
    e.remove->setObjectName(name + QStringLiteral("Remove"));
    grid->addWidget(e.remove, row, 3);
    e.problem = new QLabel(parent);
    e.problem->setObjectName(name + QStringLiteral("Problem"));
    e.problem->setStyleSheet(QStringLiteral("color:#c0392b;"));
    e.problem->setVisible(false);
    grid->addWidget(e.problem, row + 1, 1, 1, 3);

    connect(e.edit, &QLineEdit::textChanged, this, [this, key](const QString& text) {
        Entry* current = entry(key);
        const QString problem = text.isEmpty() ? QString() : current->check(text);
        current->problem->setText(problem);
        current->problem->setVisible(!problem.isEmpty());
        if (key == secrets::keyName(secrets::kPrivateKey)) {
            QByteArray bytes = text.toUtf8();
            const auto address = addressOf(bytes);
            wipe(bytes);
            m_address->setText(address.ok() ? tr("This key's address: %1").arg(*address)
                                            : QString());
        }
        updateButtons();
    });
    // Removal asks twice (the second click within five seconds), without a modal prompt.
    connect(e.remove, &QPushButton::clicked, this, [this, key] {
        QPushButton* button = entry(key)->remove;
        if (button->property("armed").toBool()) {
            button->setProperty("armed", false);
            button->setText(tr("Remove"));
            remove(key);
            return;
        }
        button->setProperty("armed", true);
        button->setText(tr("Confirm removal"));
        QTimer::singleShot(5000, button, [button] {
            button->setProperty("armed", false);
            button->setText(tr("Remove"));
        });
    });
    m_entries.push_back(std::move(e));
}

QWidget* KeysDialog::makeKalshiSection()
{
    auto* kalshi = new QGroupBox(tr("Kalshi — coming"), this);
    kalshi->setObjectName(QStringLiteral("kalshiSection"));
    auto* grid = new QGridLayout(kalshi);
    grid->addWidget(new QLabel(tr("API key ID"), kalshi), 0, 0);
    grid->addWidget(new QLineEdit(kalshi), 0, 1);
    grid->addWidget(new QLabel(tr("RSA private key"), kalshi), 1, 0);
    grid->addWidget(new QLineEdit(kalshi), 1, 1);
    kalshi->setEnabled(false);
    return kalshi;
}

KeysDialog::Entry* KeysDialog::entry(const QString& key)
{
    for (Entry& e : m_entries) {
        if (e.key == key) {
            return &e;
        }
    }
    return nullptr;
}

void KeysDialog::refresh()
{
    QPointer<KeysDialog> self(this);
    ++m_pending; // as in save()
    for (Entry& e : m_entries) {
        ++m_pending;
        const QString key = e.key;
        m_store.readAsync(key, [self, key](Result<QByteArray> value) {
            if (!self) {
                if (value.ok()) {
                    QByteArray bytes = *value;
                    wipe(bytes);
                }
                return;
            }
            Entry* current = self->entry(key);
            if (value.ok()) {
                QByteArray bytes = std::move(value).value();
                QString detail;
                if (key == secrets::keyName(secrets::kPrivateKey)) {
                    const auto address = addressOf(bytes);
                    detail = address.ok() ? tr("address %1").arg(*address)
                                          : tr("not a valid key; enter it again");
                }
                wipe(bytes);
                self->showPresence(*current, true, detail);
            } else if (value.error().code == ErrorCode::NotFound) {
                self->showPresence(*current, false);
            } else {
                current->status->setText(tr("unknown"));
                self->showStoreError(value.error().detail, secrets::isNoBackend(value.error()));
            }
            self->operationFinished();
        });
    }
    operationFinished();
}

void KeysDialog::showPresence(Entry& e, bool present, const QString& detail)
{
    e.status->setText(present ? tr("stored") : tr("not set"));
    e.status->setToolTip(detail);
    e.status->setStyleSheet(present ? QStringLiteral("color:#1e8449;font-weight:bold;")
                                    : QString());
    if (!detail.isEmpty() && e.edit->text().isEmpty()) {
        m_address->setText(tr("Stored key: %1").arg(detail));
    } else if (!present && e.key == secrets::keyName(secrets::kPrivateKey)
               && e.edit->text().isEmpty()) {
        m_address->clear();
    }
    e.remove->setEnabled(present);
}

void KeysDialog::showStoreError(const std::string& detail, bool noBackend)
{
    // Store errors name the entry and the keychain's complaint, never a value.
    const QString text =
            noBackend ? tr("No keychain service is available, so keys cannot be "
                           "stored. Start a Secret Service (for example "
                           "gnome-keyring) in your desktop session and open this "
                           "dialog again. Polaris never keeps keys in plain files.")
                      : tr("The keychain refused: %1").arg(QString::fromStdString(detail));
    if (!m_message->isHidden() && m_message->text() == text) {
        return; // every entry's read fails the same way without a keychain: say it once
    }
    m_message->setText(text);
    m_message->setVisible(true);
    qCWarning(lcKeys).noquote() << "keychain:" << QString::fromStdString(detail);
}

bool KeysDialog::save()
{
    bool anything = false;
    for (Entry& e : m_entries) {
        if (e.edit->text().isEmpty()) {
            continue;
        }
        anything = true;
        if (!e.check(e.edit->text()).isEmpty()) {
            e.edit->setFocus();
            return false; // the problem is already shown under the field
        }
    }
    if (!anything) {
        return false;
    }
    m_message->setVisible(false);
    QPointer<KeysDialog> self(this);
    ++m_pending; // the batch itself: a store that answers at once must not finish it early
    for (Entry& e : m_entries) {
        if (e.edit->text().isEmpty()) {
            continue;
        }
        const QString key = e.key;
        // Keys and secrets are pasted: surrounding whitespace is never part of them.
        QByteArray value = key == secrets::keyName(secrets::kApiPassphrase)
                                   ? e.edit->text().toUtf8()
                                   : e.edit->text().trimmed().toUtf8();
        ++m_pending;
        qCInfo(lcKeys).noquote() << "storing" << key;
        m_store.writeAsync(key, value, [self, key](Status status) {
            if (!self) {
                return;
            }
            if (status.ok()) {
                self->entry(key)->edit->setText(QString());
                self->m_changed = true;
                qCInfo(lcKeys).noquote() << "stored" << key;
            } else {
                self->showStoreError(status.error().detail, secrets::isNoBackend(status.error()));
            }
            self->operationFinished();
        });
        wipe(value);
    }
    operationFinished();
    return true;
}

void KeysDialog::remove(const QString& key)
{
    QPointer<KeysDialog> self(this);
    ++m_pending;
    qCInfo(lcKeys).noquote() << "removing" << key;
    m_store.removeAsync(key, [self, key](Status status) {
        if (!self) {
            return;
        }
        if (status.ok()) {
            self->m_changed = true;
        } else {
            self->showStoreError(status.error().detail, secrets::isNoBackend(status.error()));
        }
        self->operationFinished();
    });
    updateButtons();
}

void KeysDialog::operationFinished()
{
    --m_pending;
    if (m_pending == 0 && m_changed) {
        m_changed = false;
        Q_EMIT secretsChanged();
        refresh(); // what the store now holds, not what we think we wrote
    }
    updateButtons();
}

void KeysDialog::updateButtons()
{
    bool anyText = false;
    bool allValid = true;
    for (const Entry& e : m_entries) {
        if (!e.edit->text().isEmpty()) {
            anyText = true;
            allValid = allValid && e.check(e.edit->text()).isEmpty();
        }
    }
    m_save->setEnabled(m_pending == 0 && anyText && allValid);
}

} // namespace polaris::ui
