// Test-only executable for tst_crashrecovery: one live execution of the simulator's A basket,
// recorded into a SQLite database (a process the test kills mid-execution), or, with
// --reconcile, ReconcilerDriver::reconcile against the simulator and that database, printed as
// JSON. The private key comes from the file named by POLARIS_PRIVATE_KEY_FILE (never from the
// command line) into a MemorySecretStore; API credentials are derived through L1.
//
//   live_execution_runner --http-url URL --ws-url URL --user-ws-url URL --db PATH
//                         [--order-type FOK|FAK|GTC] [--fill-timeout-ms MS] [--reconcile]
//
// Exit codes: 0 done, 1 failure (stderr says why), 2 usage, 3 no A opportunity found.
#include "core/secrets/MemorySecretStore.h"
#include "tests/e2e/LiveStack.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

using namespace polaris;

namespace {

QString text(const std::string& s)
{
    return QString::fromStdString(s);
}

QJsonObject reportJson(const ExecutionReport& report)
{
    QJsonArray legs;
    for (const LegResult& leg : report.legs) {
        legs.append(QJsonObject{
                {QStringLiteral("order_id"), text(leg.intent.clientOrderId)},
                {QStringLiteral("venue_order_id"), text(leg.report.venueOrderId)},
                {QStringLiteral("state"), QLatin1String(orderStateName(leg.report.state))},
                {QStringLiteral("filled"), text(leg.filledShares.toString())}});
    }
    return QJsonObject{
            {QStringLiteral("execution_id"), text(report.executionId)},
            {QStringLiteral("status"), QLatin1String(executionStatusName(report.status))},
            {QStringLiteral("message"), text(report.message)},
            {QStringLiteral("cost"), text(report.cost.toString())},
            {QStringLiteral("fees"), text(report.fees.toString())},
            {QStringLiteral("legs"), legs}};
}

QJsonObject reconcileJson(const ReconcileResult& result)
{
    QJsonArray orders;
    for (const OrderRecord& order : result.updatedOrders) {
        orders.append(QJsonObject{{QStringLiteral("order_id"), text(order.orderId)},
                                  {QStringLiteral("venue_order_id"), text(order.venueOrderId)},
                                  {QStringLiteral("status"), text(order.status)},
                                  {QStringLiteral("filled"), text(order.filledShares.toString())}});
    }
    QJsonArray fills;
    for (const FillRecord& fill : result.newFills) {
        fills.append(QJsonObject{{QStringLiteral("fill_id"), text(fill.fillId)},
                                 {QStringLiteral("order_id"), text(fill.orderId)},
                                 {QStringLiteral("price"), text(fill.price.toString())},
                                 {QStringLiteral("shares"), text(fill.shares.toString())}});
    }
    QJsonArray issues;
    for (const ReconcileIssue& issue : result.issues) {
        issues.append(QJsonObject{
                {QStringLiteral("kind"), QLatin1String(reconcileIssueKindName(issue.kind))},
                {QStringLiteral("order_id"), text(issue.orderId)},
                {QStringLiteral("venue_order_id"), text(issue.venueOrderId)},
                {QStringLiteral("message"), text(issue.message)}});
    }
    return QJsonObject{{QStringLiteral("updated_orders"), orders},
                       {QStringLiteral("new_fills"), fills},
                       {QStringLiteral("issues"), issues}};
}

int fail(const QString& message, int code = 1)
{
    QTextStream(stderr) << "live_execution_runner: " << message << '\n';
    return code;
}

/// The key file's content, trimmed; the file must exist and be readable.
Result<QByteArray> readKey()
{
    const QString path = qEnvironmentVariable("POLARIS_PRIVATE_KEY_FILE");
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::NotFound, "set POLARIS_PRIVATE_KEY_FILE to a readable key file"};
    }
    return file.readAll().trimmed();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption http(QStringLiteral("http-url"), QStringLiteral("simulator"),
                                  QStringLiteral("URL"));
    const QCommandLineOption ws(QStringLiteral("ws-url"), QStringLiteral("market channel"),
                                QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user-ws-url"), QStringLiteral("user channel"),
                                  QStringLiteral("URL"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("SQLite file"),
                                QStringLiteral("PATH"));
    const QCommandLineOption reconcileOnly(QStringLiteral("reconcile"),
                                           QStringLiteral("reconcile instead of executing"));
    const QCommandLineOption type(QStringLiteral("order-type"), QStringLiteral("FOK, FAK, GTC"),
                                  QStringLiteral("TYPE"), QStringLiteral("FOK"));
    const QCommandLineOption timeout(QStringLiteral("fill-timeout-ms"),
                                     QStringLiteral("wait for fills"), QStringLiteral("MS"),
                                     QStringLiteral("5000"));
    parser.addOptions({http, ws, user, db, reconcileOnly, type, timeout});
    parser.process(app);
    if (!parser.isSet(http) || !parser.isSet(ws) || !parser.isSet(user) || !parser.isSet(db)) {
        return fail(QStringLiteral("--http-url, --ws-url, --user-ws-url and --db are required"), 2);
    }
    secrets::MemorySecretStore store;
    {
        Result<QByteArray> key = readKey();
        if (!key) {
            return fail(text(key.error().detail), 2);
        }
        QByteArray bytes = std::move(key).value();
        const Status stored = store.write(secrets::keyName(secrets::kPrivateKey), bytes);
        bytes.fill('\0');
        if (!stored) {
            return fail(text(stored.error().detail));
        }
    }
    e2e::LiveStackOptions options;
    options.httpUrl = parser.value(http);
    options.wsUrl = parser.value(ws);
    options.userWsUrl = parser.value(user);
    options.dbPath = parser.value(db);
    options.marketData = !parser.isSet(reconcileOnly);
    const std::optional<OrderType> orderType = orderTypeFromName(parser.value(type).toStdString());
    bool timeoutOk = false;
    options.fillTimeoutMs = parser.value(timeout).toInt(&timeoutOk);
    if (!orderType || !timeoutOk || options.fillTimeoutMs < 0) {
        return fail(QStringLiteral("bad --order-type or --fill-timeout-ms"), 2);
    }
    options.orderType = *orderType;
    options.idPrefix = parser.isSet(reconcileOnly) ? "reconcile-" : "crash-";
    e2e::LiveStack stack(options);

    int exitCode = 0;
    QTimer giveUp;
    giveUp.setSingleShot(true);
    QObject::connect(&giveUp, &QTimer::timeout, &app, [&] {
        exitCode = fail(QStringLiteral("not ready within 20 s"));
        app.exit(exitCode);
    });
    giveUp.start(20'000);
    stack.start(store, [&](Status started) {
        giveUp.stop();
        if (!started) {
            exitCode = fail(text(started.error().detail));
        } else if (parser.isSet(reconcileOnly)) {
            const Result<ReconcileResult> result = stack.reconcile();
            if (!result) {
                exitCode = fail(text(result.error().detail));
            } else {
                QTextStream(stdout) << QJsonDocument(reconcileJson(*result)).toJson();
            }
        } else if (const std::optional<Opportunity> quote = stack.findA()) {
            QTextStream(stderr) << "live_execution_runner: executing " << text(quote->id) << '\n';
            const ExecutionReport report = stack.execute(*quote);
            QTextStream(stdout) << QJsonDocument(reportJson(report)).toJson();
        } else {
            exitCode = fail(QStringLiteral("no A opportunity in the simulator's books"), 3);
        }
        QTimer::singleShot(0, &app, [&] { app.exit(exitCode); });
    });
    const int code = app.exec();
    return code != 0 ? code : exitCode;
}
