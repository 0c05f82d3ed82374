#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTest>

/// Locates ../shared (the reference fixtures) for tests. The payloads are read at run time and
/// never copied into the repository; a test that needs them QSKIPs when they are absent.
namespace polaris::test {

inline QString sharedDir()
{
    const QByteArray fromEnv = qgetenv("POLARIS_SHARED_DIR");
    return fromEnv.isEmpty() ? QStringLiteral("../shared") : QString::fromLocal8Bit(fromEnv);
}

inline QString fixturePath(const QString& relative)
{
    return sharedDir() + QStringLiteral("/fixtures/") + relative;
}

inline bool readFixture(const QString& relative, QByteArray* out)
{
    QFile file(fixturePath(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    *out = file.readAll();
    return true;
}

} // namespace polaris::test

/// Reads a fixture into `var` or skips the test with a clear message.
#define POLARIS_REQUIRE_FIXTURE(relative, var)                                                     \
    QByteArray var;                                                                                \
    if (!polaris::test::readFixture(QStringLiteral(relative), &var))                               \
        QSKIP(qPrintable(QStringLiteral("fixture %1 not found (../shared absent?)")                \
                                 .arg(polaris::test::fixturePath(QStringLiteral(relative)))));
