#include "ui/DatabaseStatusLabel.h"

#include "core/storage/DatabaseUrl.h"
#include "core/storage/StorageQueries.h"
#include "ui/models/DatabaseReadPool.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

namespace polaris::ui {

DatabaseStatusLabel::DatabaseStatusLabel(const QString& databaseUrl,
                                         int intervalMs,
                                         QWidget* parent)
    : QLabel(parent)
    , m_url(databaseUrl)
    , m_timer(this)
{
    setObjectName(QStringLiteral("databaseStatus"));
    setText(tr("database: checking…"));
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DatabaseStatusLabel::probe);
    m_timer.start();
    QTimer::singleShot(0, this, &DatabaseStatusLabel::probe);
}

void DatabaseStatusLabel::probe()
{
    if (m_running) {
        return;
    }
    m_running = true;
    struct Answer
    {
        bool reachable = false;
        QString name;
        QString error;
    };
    const QString text = m_url;
    auto* watcher = new QFutureWatcher<Answer>(this);
    connect(watcher, &QFutureWatcher<Answer>::finished, this, [this, watcher] {
        const Answer answer = watcher->result();
        watcher->deleteLater();
        m_running = false;
        if (answer.reachable) {
            setText(tr("database: %1").arg(answer.name));
            setToolTip(QString());
        } else {
            setText(tr("database unreachable (%1)").arg(answer.name));
            setToolTip(answer.error);
        }
        Q_EMIT probed(answer.reachable);
    });
    watcher->setFuture(QtConcurrent::run(databaseReadPool(), [text]() -> Answer {
        const Result<DatabaseUrl> url =
                text.isEmpty() ? DatabaseUrl::resolve(QString()) : DatabaseUrl::parse(text);
        if (!url) {
            return Answer{false, QStringLiteral("?"), QString::fromStdString(url.error().detail)};
        }
        const StorageStatus status = StorageQueries::status(url.value());
        const QString name =
                url->isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
        return Answer{status.reachable, name, status.error};
    }));
}

} // namespace polaris::ui
