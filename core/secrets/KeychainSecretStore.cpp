#include "core/secrets/KeychainSecretStore.h"

#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

#include <utility>

namespace polaris::secrets {

// Debug off by default: a missing D-Bus session is normal for the CLI and is reported as an error.
Q_LOGGING_CATEGORY(lcSecrets, "polaris.secrets", QtInfoMsg)

namespace {

/// QtKeychain's libsecret backend reports a missing session bus ("Cannot autolaunch D-Bus
/// without X11 $DISPLAY"), an unactivatable Secret Service and a keyring without a login
/// collection all as OtherError (7), not NoBackendAvailable: recognise them by their message so
/// that callers see one clear "no keychain" error.
bool meansNoKeychain(const QString& message)
{
    for (const char* marker : {"d-bus", "dbus", "org.freedesktop.secrets",
                               "/org/freedesktop/secrets/collection/", "not provided by any"}) {
        if (message.contains(QLatin1String(marker), Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

/// One place that turns QtKeychain's codes into our errors. The backend's message is kept (it
/// names D-Bus or permission problems, never the value); switch without default so a new
/// QtKeychain code is a compiler warning.
Error keychainError(QKeychain::Error code,
                    const QString& backendMessage,
                    const QString& key,
                    const QString& service)
{
    const std::string where =
            "'" + key.toStdString() + "' (keychain service '" + service.toStdString() + "')";
    const std::string because =
            backendMessage.isEmpty() ? std::string() : ": " + backendMessage.toStdString();
    if (code == QKeychain::OtherError && meansNoKeychain(backendMessage)) {
        code = QKeychain::NoBackendAvailable;
    }
    switch (code) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        return Error{ErrorCode::NotFound, "no secret stored under " + where};
    case QKeychain::CouldNotDeleteEntry:
        return Error{ErrorCode::Io, "could not delete " + where + because};
    case QKeychain::AccessDeniedByUser:
        return Error{ErrorCode::Io, "access to " + where + " was refused at the keychain prompt"};
    case QKeychain::AccessDenied:
        return Error{ErrorCode::Io,
                     "access to " + where + " was denied; is the keychain locked?" + because};
    case QKeychain::NoBackendAvailable:
        return Error{ErrorCode::Io,
                     std::string(kNoBackendMessage)
                             + " (start a Secret Service such as gnome-keyring in a D-Bus session"
                             + because + ")"};
    case QKeychain::NotImplemented:
        return Error{ErrorCode::Io,
                     "the keychain does not support this operation on " + where + because};
    case QKeychain::OtherError:
        return Error{ErrorCode::Io, "keychain error on " + where + because};
    }
    return Error{ErrorCode::Io, "keychain reported an unknown error on " + where + because};
}

template <typename Job> Job* newJob(const QString& service, const QString& key)
{
    auto* job = new Job(service);
    job->setAutoDelete(true); // deleted after finished(), also when the caller stopped waiting
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{}

QString KeychainSecretStore::serviceFromEnvironment()
{
    const QString fromEnvironment = qEnvironmentVariable("POLARIS_KEYCHAIN_SERVICE").trimmed();
    return fromEnvironment.isEmpty() ? QString::fromLatin1(kDefaultService) : fromEnvironment;
}

void KeychainSecretStore::readAsync(const QString& key, ReadHandler done)
{
    if (Status status = checkKey(key); !status) {
        done(status.error());
        return;
    }
    auto* job = newJob<QKeychain::ReadPasswordJob>(m_service, key);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [done = std::move(done), key, service = m_service](QKeychain::Job* finished) {
                         auto* read = static_cast<QKeychain::ReadPasswordJob*>(finished);
                         if (read->error() != QKeychain::NoError) {
                             if (read->error() != QKeychain::EntryNotFound) {
                                 qCDebug(lcSecrets)
                                         << "read of" << key << "failed:" << read->error();
                             }
                             done(keychainError(read->error(), read->errorString(), key, service));
                             return;
                         }
                         done(read->binaryData());
                     });
    job->start();
}

void KeychainSecretStore::writeAsync(const QString& key, const QByteArray& value, DoneHandler done)
{
    if (Status status = checkKey(key); !status) {
        done(status);
        return;
    }
    auto* job = newJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setBinaryData(value);
    QObject::connect(
            job, &QKeychain::Job::finished, job,
            [done = std::move(done), key, service = m_service](QKeychain::Job* finished) {
                if (finished->error() != QKeychain::NoError) {
                    qCDebug(lcSecrets) << "write of" << key << "failed:" << finished->error();
                    done(keychainError(finished->error(), finished->errorString(), key, service));
                    return;
                }
                done(okStatus());
            });
    job->start();
}

void KeychainSecretStore::removeAsync(const QString& key, DoneHandler done)
{
    if (Status status = checkKey(key); !status) {
        done(status);
        return;
    }
    auto* job = newJob<QKeychain::DeletePasswordJob>(m_service, key);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [done = std::move(done), key, service = m_service](QKeychain::Job* finished) {
                         const QKeychain::Error code = finished->error();
                         if (code == QKeychain::NoError || code == QKeychain::EntryNotFound) {
                             done(okStatus());
                             return;
                         }
                         qCDebug(lcSecrets) << "removal of" << key << "failed:" << code;
                         done(keychainError(code, finished->errorString(), key, service));
                     });
    job->start();
}

} // namespace polaris::secrets
