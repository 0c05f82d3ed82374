#pragma once

#include "tests/core/signing/SigningVectors.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>

namespace polaris::e2e {

/// What must never appear in logs, the database or crash output: the test private key (hex with
/// and without 0x) and the API secret and passphrase the simulator issued for it.
struct Secret
{
    const char* name;
    QByteArray value;
};

inline QList<Secret> secretsOf(const QByteArray& apiSecret, const QByteArray& apiPassphrase)
{
    const QByteArray key(signing_vectors::kKeyHex);
    return {{"private key", key},
            {"private key without 0x", key.mid(2)},
            {"API secret", apiSecret},
            {"API passphrase", apiPassphrase}};
}

/// The names of the secrets found in `bytes` (compared case-insensitively: hex in any case).
inline QStringList leaksIn(const QByteArray& bytes, const QList<Secret>& secrets)
{
    const QByteArray haystack = bytes.toLower();
    QStringList found;
    for (const Secret& secret : secrets) {
        if (!secret.value.isEmpty() && haystack.contains(secret.value.toLower())) {
            found.append(QLatin1String(secret.name));
        }
    }
    return found;
}

/// Every file in `dir` (the SQLite file and its -wal / -shm / -journal companions).
inline QByteArray filesIn(const QString& dir)
{
    QByteArray all;
    for (const QString& name : QDir(dir).entryList(QDir::Files)) {
        QFile file(QDir(dir).filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            all += file.readAll();
        }
    }
    return all;
}

/// Everything this process logs (qDebug ... qFatal from any thread), kept for a later search and
/// passed on to the previous handler (the test log).
class LogCapture
{
public:
    static void install() { s_previous = qInstallMessageHandler(&LogCapture::handle); }
    static QByteArray text()
    {
        QMutexLocker lock(&mutex());
        return buffer();
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        {
            QMutexLocker lock(&mutex());
            buffer() += QByteArray(context.category ? context.category : "") + ": "
                        + message.toUtf8() + '\n';
        }
        if (s_previous) {
            s_previous(type, context, message);
        }
    }
    static QMutex& mutex()
    {
        static QMutex m;
        return m;
    }
    static QByteArray& buffer()
    {
        static QByteArray b;
        return b;
    }
    static inline QtMessageHandler s_previous = nullptr;
};

} // namespace polaris::e2e
