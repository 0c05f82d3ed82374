#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStringList>
#include <QTimer>
#include <QUrl>

/// Runs the executables under test and talks HTTP to polaris-sim, always with a time bound.
namespace polaris::test {

/// Starts polaris-sim on a free 127.0.0.1 port with the small generated universe the CLI tests
/// use, and returns the lines it printed once it listens ("polaris-sim listening", "gamma: ...",
/// "clob: ...", "ws: ..."); empty if it did not start within 20 s. `durationS` bounds its life,
/// so it never outlives the test whatever happens to the test process.
inline QList<QByteArray> startSimulator(QProcess& sim, const QString& binDir, int durationS)
{
    sim.start(binDir + QStringLiteral("/sim/polaris-sim"),
              {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--generate"),
               QStringLiteral("events=6,outcomes=5,binaries=10,seed=5"),
               QStringLiteral("--tick-ms"), QStringLiteral("100"), QStringLiteral("--duration"),
               QString::number(durationS)});
    if (!sim.waitForStarted(10'000)) {
        return {};
    }
    QByteArray out;
    QElapsedTimer waited;
    waited.start();
    while (out.count('\n') < 6 && waited.elapsed() < 20'000) {
        sim.waitForReadyRead(200);
        out += sim.readAllStandardOutput();
    }
    return out.count('\n') >= 6 ? out.split('\n') : QList<QByteArray>{};
}

/// One finished (or killed) polaris-arb run.
struct Run
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

inline QJsonObject objectOf(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

inline qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

inline QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

inline QStringList clobTokenIds(const QJsonObject& market)
{
    QStringList out;
    const QJsonArray ids = QJsonDocument::fromJson(
                                   market.value(QStringLiteral("clobTokenIds")).toString().toUtf8())
                                   .array();
    for (const QJsonValue& id : ids) {
        out.append(id.toString());
    }
    return out;
}

/// Command-line words split at spaces: words("scan --once --json").
inline QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

/// A JSON file; a null document when it cannot be read or is not valid JSON.
inline QJsonDocument readJsonFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    return error.error == QJsonParseError::NoError ? document : QJsonDocument();
}

/// The string `key` of every object in `array`.
inline QStringList valuesOf(const QJsonArray& array, const QString& key)
{
    QStringList out;
    for (const QJsonValue& value : array) {
        out.append(value.toObject().value(key).toString());
    }
    return out;
}

/// Runs `program` to completion; kills it after `timeoutMs` (then `finished` is false).
inline Run runProcess(const QString& program,
                      const QStringList& arguments,
                      const QProcessEnvironment& environment,
                      int timeoutMs)
{
    Run run;
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    if (!process.waitForStarted(10'000)) {
        return run;
    }
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5'000);
    }
    run.elapsedMs = clock.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/// One HTTP request, answered within 10 s: (status, body); status 0 on timeout.
inline QPair<int, QByteArray>
httpRequest(const QByteArray& verb, const QUrl& url, const QByteArray& body = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->isFinished()
                               ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()
                               : 0;
    const QByteArray bytes = reply->readAll();
    reply->abort();
    delete reply;
    return {status, bytes};
}

} // namespace polaris::test
