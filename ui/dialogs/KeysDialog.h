#pragma once

#include <QDialog>

#include <functional>
#include <vector>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace polaris::secrets {
class SecretStore;
}

namespace polaris::ui {

/// Enters and removes the venue credentials (the Polymarket private key and CLOB API key,
/// secret and passphrase; Kalshi's later). Values go only into the SecretStore (the OS keychain):
/// never into settings, logs or any label. The dialog shows per secret whether it is stored
/// ("stored" / "not set") and, for the private key, only the address derived from it. Fields
/// echo as passwords and are emptied after a successful save. A missing keychain service is said
/// plainly, with the next step. The store must outlive the dialog; asynchronous answers that
/// arrive after the dialog closed are dropped. GUI thread.
class KeysDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KeysDialog(secrets::SecretStore& store, QWidget* parent = nullptr);
    ~KeysDialog() override;

    /// Asks the store again which secrets are present.
    void refresh();
    /// Writes every non-empty field after checking all of them; nothing is written when any is
    /// invalid. Returns false when nothing was started.
    bool save();
    /// Removes one secret (well-known key name such as "polymarket/api_key").
    void remove(const QString& key);
    /// Operations still waiting for the store.
    int pending() const { return m_pending; }

Q_SIGNALS:
    /// A secret was written or removed: whoever holds credentials should read them again.
    void secretsChanged();

private:
    struct Entry
    {
        QString key;
        QLineEdit* edit = nullptr;
        QLabel* status = nullptr;
        QLabel* problem = nullptr;
        QPushButton* remove = nullptr;
        std::function<QString(const QString&)> check;
    };

    void addEntry(QGridLayout* grid,
                  int row,
                  const QString& key,
                  const QString& name,
                  const QString& label,
                  std::function<QString(const QString&)> check);
    Entry* entry(const QString& key);
    void showPresence(Entry& entry, bool present, const QString& detail = {});
    void showStoreError(const std::string& detail, bool noBackend);
    void operationFinished();
    void updateButtons();
    QWidget* makeKalshiSection();

    secrets::SecretStore& m_store;
    std::vector<Entry> m_entries;
    QLabel* m_message = nullptr;
    QLabel* m_address = nullptr;
    QPushButton* m_save = nullptr;
    int m_pending = 0;
    bool m_changed = false;
};

} // namespace polaris::ui
