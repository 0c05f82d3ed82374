#pragma once

#include <QLabel>
#include <QTimer>

namespace polaris::ui {

/// The status bar's database indicator: which database the console records to and whether it
/// answers. Probes with StorageQueries::status() on the database read pool every `intervalMs`
/// (and at once), never on the GUI thread; a probe still running is not started again. GUI
/// thread.
class DatabaseStatusLabel : public QLabel
{
    Q_OBJECT
public:
    /// `databaseUrl` empty = DatabaseUrl::resolve(""): $POLARIS_DB_URL, settings, default file.
    explicit DatabaseStatusLabel(const QString& databaseUrl,
                                 int intervalMs = 15'000,
                                 QWidget* parent = nullptr);

public Q_SLOTS:
    void probe();

Q_SIGNALS:
    void probed(bool reachable);

private:
    QString m_url;
    QTimer m_timer;
    bool m_running = false;
};

} // namespace polaris::ui
