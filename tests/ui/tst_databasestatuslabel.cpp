#include "ui/DatabaseStatusLabel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace polaris;

/// The status bar's database indicator against a real SQLite file and an unreachable PostgreSQL.
class TstDatabaseStatusLabel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sqliteFileIsReachable()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ui::DatabaseStatusLabel label(QStringLiteral("sqlite://%1/polaris.db").arg(dir.path()));
        QSignalSpy probed(&label, &ui::DatabaseStatusLabel::probed);
        QVERIFY(probed.wait(10'000));
        QCOMPARE(probed.at(0).at(0).toBool(), true);
        QCOMPARE(label.text(), QStringLiteral("database: SQLite"));
        QVERIFY(label.toolTip().isEmpty());
    }

    void closedPortIsUnreachable()
    {
        ui::DatabaseStatusLabel label(
                QStringLiteral("postgresql://polaris@127.0.0.1:1/polaris?connect_timeout=2"));
        QSignalSpy probed(&label, &ui::DatabaseStatusLabel::probed);
        QVERIFY(probed.wait(15'000));
        QCOMPARE(probed.at(0).at(0).toBool(), false);
        QCOMPARE(label.text(), QStringLiteral("database unreachable (PostgreSQL)"));
        QVERIFY(!label.toolTip().isEmpty()); // the reason, for the operator
    }

    void malformedUrlSaysSo()
    {
        ui::DatabaseStatusLabel label(QStringLiteral("mysql://nope"));
        QSignalSpy probed(&label, &ui::DatabaseStatusLabel::probed);
        QVERIFY(probed.wait(5'000));
        QCOMPARE(probed.at(0).at(0).toBool(), false);
        QVERIFY(label.text().startsWith(QStringLiteral("database unreachable")));
    }
};

QTEST_MAIN(TstDatabaseStatusLabel)
#include "tst_databasestatuslabel.moc"
