#include "core/auth/credentialstore.h"

#include <QSettings>

#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

QString indexKey(const QString &profileId)
{
    return u"credentialIndex/"_s + profileId;
}

CredentialStore::Result noKeychain(const QKeychain::Job *job)
{
    return {CredentialStore::Status::NoKeychain,
            {},
            CredentialStore::tr("No keychain is available (%1). Brickdesk keeps secrets only "
                                "in the system keychain.")
                .arg(job->errorString())};
}

CredentialStore::Result resultOf(const QKeychain::Job *job)
{
    CredentialStore::Result result;
    switch (job->error()) {
    case QKeychain::NoError:
        return result;
    case QKeychain::EntryNotFound:
        result.status = CredentialStore::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return noKeychain(job);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = CredentialStore::Status::AccessDenied;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        result.status = CredentialStore::Status::OtherError;
        // On Linux the Secret Service is reached over the D-Bus session bus;
        // without one QtKeychain reports a generic error, but for the user it
        // means the same as no keychain at all.
        if (job->errorString().contains("D-Bus"_L1, Qt::CaseInsensitive) ||
            job->errorString().contains("DBus"_L1, Qt::CaseInsensitive))
            return noKeychain(job);
        break;
    }
    result.message = job->errorString();
    return result;
}

// Runs `job` and calls `done` once, unless `context` died meanwhile.
void run(QKeychain::Job *job, QObject *context, std::function<void(QKeychain::Job *)> done)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [guard, hasContext, done = std::move(done)](QKeychain::Job *finished) {
                         if (!hasContext || guard)
                             done(finished);
                     });
    job->start();
}

} // namespace

CredentialStore::CredentialStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

void CredentialStore::write(const QString &profileId, const QString &kind, const QString &secret,
                            QObject *context, Handler done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(profileId + u'/' + kind);
    job->setTextData(secret);
    run(job, context, [this, profileId, kind, done = std::move(done)](QKeychain::Job *finished) {
        const Result result = resultOf(finished);
        if (result.status == Status::Ok)
            remember(profileId, kind, true);
        if (done)
            done(result);
    });
}

void CredentialStore::read(const QString &profileId, const QString &kind, QObject *context,
                           Handler done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(profileId + u'/' + kind);
    run(job, context, [done = std::move(done)](QKeychain::Job *finished) {
        Result result = resultOf(finished);
        if (result.status == Status::Ok)
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        if (done)
            done(result);
    });
}

void CredentialStore::remove(const QString &profileId, const QString &kind, QObject *context,
                             Handler done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(profileId + u'/' + kind);
    run(job, context, [this, profileId, kind, done = std::move(done)](QKeychain::Job *finished) {
        Result result = resultOf(finished);
        // Gone already is as good as deleted.
        if (result.status == Status::NotFound)
            result = Result{};
        if (result.status == Status::Ok)
            remember(profileId, kind, false);
        if (done)
            done(result);
    });
}

void CredentialStore::removeAll(const QString &profileId, QObject *context, Handler done)
{
    const QStringList kinds = storedKinds(profileId);
    if (kinds.isEmpty()) {
        if (done)
            done(Result{});
        return;
    }
    // Delete one after the other and report the first failure, if any.
    auto pending = std::make_shared<QStringList>(kinds);
    auto firstError = std::make_shared<std::optional<Result>>();
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, profileId, context, done, pending, firstError, next] {
        if (pending->isEmpty()) {
            if (done)
                done(firstError->value_or(Result{}));
            *next = nullptr; // break the self-reference
            return;
        }
        const QString kind = pending->takeFirst();
        remove(profileId, kind, context, [firstError, next](const Result &result) {
            if (result.status != Status::Ok && !firstError->has_value())
                *firstError = result;
            (*next)();
        });
    };
    (*next)();
}

QStringList CredentialStore::storedKinds(const QString &profileId) const
{
    return QSettings().value(indexKey(profileId)).toStringList();
}

void CredentialStore::remember(const QString &profileId, const QString &kind, bool stored)
{
    QSettings settings;
    QStringList kinds = settings.value(indexKey(profileId)).toStringList();
    if (stored && !kinds.contains(kind))
        kinds << kind;
    if (!stored)
        kinds.removeAll(kind);
    if (kinds.isEmpty())
        settings.remove(indexKey(profileId));
    else
        settings.setValue(indexKey(profileId), kinds);
}

} // namespace brickdesk
