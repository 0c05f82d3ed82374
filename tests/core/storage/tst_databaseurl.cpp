#include "core/storage/DatabaseUrl.h"

#include <QTest>

using namespace polaris;

class TstDatabaseUrl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sqliteForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path");
        QTest::newRow("scheme") << QStringLiteral("sqlite:/tmp/a.sqlite")
                                << QStringLiteral("/tmp/a.sqlite");
        QTest::newRow("scheme-slashes")
                << QStringLiteral("sqlite:///tmp/b.db") << QStringLiteral("/tmp/b.db");
        QTest::newRow("plain path") << QStringLiteral("/var/lib/x/../polaris.sqlite")
                                    << QStringLiteral("/var/lib/polaris.sqlite");
        QTest::newRow("memory") << QStringLiteral("sqlite::memory:") << QStringLiteral(":memory:");
    }
    void sqliteForms()
    {
        QFETCH(QString, text);
        QFETCH(QString, path);
        Result<DatabaseUrl> url = DatabaseUrl::parse(text);
        QVERIFY(url.ok());
        QCOMPARE(url->backend, DatabaseUrl::Backend::Sqlite);
        QCOMPARE(url->path, path);
    }

    void postgresSocketUrl()
    {
        Result<DatabaseUrl> url = DatabaseUrl::parse(
                QStringLiteral("postgresql:///polaris_test?host=/var/run/postgresql"));
        QVERIFY(url.ok());
        QVERIFY(url->isPostgres());
        QCOMPARE(url->database, QStringLiteral("polaris_test"));
        QCOMPARE(url->host, QStringLiteral("/var/run/postgresql"));
        QCOMPARE(url->port, -1);
        QCOMPARE(url->redacted(),
                 QStringLiteral("postgresql:///polaris_test?host=/var/run/postgresql"));
    }

    void postgresFullUrlHidesPassword()
    {
        Result<DatabaseUrl> url = DatabaseUrl::parse(QStringLiteral(
                "postgres://arb:s%40cret@db.example:6543/polaris?schema=live&connect_timeout=2"));
        QVERIFY(url.ok());
        QCOMPARE(url->user, QStringLiteral("arb"));
        QCOMPARE(url->password, QStringLiteral("s@cret"));
        QCOMPARE(url->host, QStringLiteral("db.example"));
        QCOMPARE(url->port, 6543);
        QCOMPARE(url->schema, QStringLiteral("live"));
        QCOMPARE(url->connectTimeoutS, 2);
        QCOMPARE(url->redacted(),
                 QStringLiteral("postgresql://arb:***@db.example:6543/polaris?schema=live"));
        QVERIFY(!url->redacted().contains(QStringLiteral("cret")));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mention");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("mysql") << QStringLiteral("mysql://x/y") << QStringLiteral("'mysql'");
        QTest::newRow("no db") << QStringLiteral("postgresql://host")
                               << QStringLiteral("database name");
        QTest::newRow("bad schema")
                << QStringLiteral("postgresql:///d?schema=x;drop") << QStringLiteral("schema");
        QTest::newRow("bad port") << QStringLiteral("postgresql:///d?port=99999")
                                  << QStringLiteral("port");
        QTest::newRow("unknown option")
                << QStringLiteral("postgresql:///d?sslmode=x") << QStringLiteral("'sslmode'");
        QTest::newRow("password not echoed")
                << QStringLiteral("postgresql://u:hunter2@h/d?bogus=1") << QStringLiteral("bogus");
    }
    void rejects()
    {
        QFETCH(QString, text);
        QFETCH(QString, mention);
        Result<DatabaseUrl> url = DatabaseUrl::parse(text);
        QVERIFY(!url.ok());
        QCOMPARE(url.error().code, ErrorCode::InvalidFormat);
        const QString detail = QString::fromStdString(url.error().detail);
        QVERIFY2(detail.contains(mention), qPrintable(detail));
        QVERIFY(!detail.contains(QStringLiteral("hunter2")));
    }

    void resolvePrecedence()
    {
        qputenv("POLARIS_DB_URL", "sqlite:/tmp/from-env.sqlite");
        Result<DatabaseUrl> fromCli =
                DatabaseUrl::resolve(QStringLiteral("sqlite:/tmp/from-cli.sqlite"));
        QVERIFY(fromCli.ok());
        QCOMPARE(fromCli->path, QStringLiteral("/tmp/from-cli.sqlite"));
        Result<DatabaseUrl> fromEnv = DatabaseUrl::resolve(QString());
        QVERIFY(fromEnv.ok());
        QCOMPARE(fromEnv->path, QStringLiteral("/tmp/from-env.sqlite"));
        qunsetenv("POLARIS_DB_URL");
        QVERIFY(DatabaseUrl::defaultSqlite().path.endsWith(QStringLiteral("/polaris.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TstDatabaseUrl)
#include "tst_databaseurl.moc"
