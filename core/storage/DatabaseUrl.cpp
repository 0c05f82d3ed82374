#include "core/storage/DatabaseUrl.h"

#include <QDir>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace polaris {

namespace {

Error invalid(const QString& detail)
{
    return Error{ErrorCode::InvalidFormat, detail.toStdString()};
}

Result<DatabaseUrl> parsePostgres(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        // QUrl's message quotes the input, which may hold a password: keep it out.
        return invalid(QStringLiteral("database URL is not a valid postgresql:// URL"));
    }
    DatabaseUrl result;
    result.backend = DatabaseUrl::Backend::Postgres;
    result.host = url.host();
    result.port = url.port(-1);
    result.user = url.userName();
    result.password = url.password();
    result.database = url.path().mid(1);
    if (result.database.isEmpty() || result.database.contains(QLatin1Char('/'))) {
        return invalid(QStringLiteral("database URL needs one database name after the host, e.g. "
                                      "postgresql://localhost/polaris"));
    }
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            result.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            result.port = value.toInt(&ok);
            if (!ok || result.port <= 0 || result.port > 65535) {
                return invalid(
                        QStringLiteral("database URL: port %1 is not a TCP port").arg(value));
            }
        } else if (key == QLatin1String("schema")) {
            static const QRegularExpression name(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
            if (!name.match(value).hasMatch()) {
                return invalid(QStringLiteral("database URL: schema '%1' must be a lower-case SQL "
                                              "identifier")
                                       .arg(value));
            }
            result.schema = value;
        } else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            result.connectTimeoutS = value.toInt(&ok);
            if (!ok || result.connectTimeoutS <= 0) {
                return invalid(
                        QStringLiteral("database URL: connect_timeout '%1' is not a positive "
                                       "number of seconds")
                                .arg(value));
            }
        } else if (key == QLatin1String("user")) {
            result.user = value;
        } else {
            return invalid(QStringLiteral("database URL: unknown option '%1' (known: host, port, "
                                          "schema, connect_timeout, user)")
                                   .arg(key));
        }
    }
    return result;
}

} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return invalid(QStringLiteral("database URL is empty"));
    }
    if (trimmed.startsWith(QLatin1String("postgresql://"))
        || trimmed.startsWith(QLatin1String("postgres://"))) {
        return parsePostgres(trimmed);
    }
    DatabaseUrl result;
    QString path = trimmed;
    if (path.startsWith(QLatin1String("sqlite://"))) {
        path = path.mid(9);
    } else if (path.startsWith(QLatin1String("sqlite:"))) {
        path = path.mid(7);
    } else if (path.contains(QLatin1String("://"))) {
        return invalid(QStringLiteral("database URL scheme '%1' is not supported (use sqlite:PATH "
                                      "or postgresql://...)")
                               .arg(path.section(QLatin1String("://"), 0, 0)));
    }
    if (path.isEmpty()) {
        return invalid(QStringLiteral("database URL: sqlite: needs a file path"));
    }
    result.path = path == QLatin1String(":memory:") ? path : QDir::cleanPath(path);
    return result;
}

DatabaseUrl DatabaseUrl::defaultSqlite()
{
    DatabaseUrl url;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty()) {
        dir = QDir::homePath() + QStringLiteral("/.local/share/polaris");
    }
    url.path = dir + QStringLiteral("/polaris.sqlite");
    return url;
}

Result<DatabaseUrl> DatabaseUrl::resolve(const QString& cliValue)
{
    if (!cliValue.isEmpty()) {
        return parse(cliValue);
    }
    const QString env = qEnvironmentVariable("POLARIS_DB_URL");
    if (!env.isEmpty()) {
        return parse(env);
    }
    const QString setting = QSettings().value(QStringLiteral("storage/url")).toString();
    if (!setting.isEmpty()) {
        return parse(setting);
    }
    return defaultSqlite();
}

QString DatabaseUrl::redacted() const
{
    if (backend == Backend::Sqlite) {
        return QStringLiteral("sqlite:") + path;
    }
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty()) {
        text += user + (password.isEmpty() ? QString() : QStringLiteral(":***")) + QLatin1Char('@');
    }
    if (!host.startsWith(QLatin1Char('/'))) {
        text += host;
    }
    if (port > 0) {
        text += QLatin1Char(':') + QString::number(port);
    }
    text += QLatin1Char('/') + database;
    QStringList options;
    if (host.startsWith(QLatin1Char('/'))) {
        options << QStringLiteral("host=") + host;
    }
    if (!schema.isEmpty()) {
        options << QStringLiteral("schema=") + schema;
    }
    return options.isEmpty() ? text : text + QLatin1Char('?') + options.join(QLatin1Char('&'));
}

} // namespace polaris
