#include "core/auth/profilestore.h"

#include <QSettings>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

const QString kGroup = u"profiles"_s;
const QString kLastOpen = u"workspaces/lastOpen"_s;

void writeProfile(QSettings &settings, const Profile &profile)
{
    settings.beginGroup(kGroup + u'/' + profile.id);
    settings.setValue(u"displayName"_s, profile.displayName);
    settings.setValue(u"host"_s, profile.host.toString());
    settings.setValue(u"auth"_s, Profile::authTypeName(profile.auth));
    settings.setValue(u"clientId"_s, profile.clientId);
    settings.setValue(u"scopes"_s, profile.scopes);
    settings.setValue(u"proxy"_s, int(profile.proxy));
    settings.setValue(u"proxyUrl"_s, profile.proxyUrl);
    settings.setValue(u"caBundle"_s, profile.caBundlePath);
    settings.endGroup();
}

Profile readProfile(QSettings &settings, const QString &id)
{
    Profile profile;
    settings.beginGroup(kGroup + u'/' + id);
    profile.id = id;
    profile.displayName = settings.value(u"displayName"_s).toString();
    profile.host = QUrl(settings.value(u"host"_s).toString());
    profile.auth = Profile::authFromName(settings.value(u"auth"_s).toString());
    profile.clientId = settings.value(u"clientId"_s).toString();
    profile.scopes = settings.value(u"scopes"_s, profile.scopes).toString();
    profile.proxy = Profile::Proxy(
        std::clamp(settings.value(u"proxy"_s).toInt(), 0, int(Profile::Proxy::Manual)));
    profile.proxyUrl = settings.value(u"proxyUrl"_s).toString();
    profile.caBundlePath = settings.value(u"caBundle"_s).toString();
    profile.origin = Profile::Origin::Saved;
    settings.endGroup();
    return profile;
}

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
{}

QList<Profile> ProfileStore::profiles() const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    const QStringList ids = settings.childGroups();
    settings.endGroup();
    QList<Profile> result;
    for (const QString &id : ids)
        result << readProfile(settings, id);
    std::sort(result.begin(), result.end(), [](const Profile &a, const Profile &b) {
        return a.displayName.localeAwareCompare(b.displayName) < 0;
    });
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    QSettings settings;
    if (id.isEmpty() || !settings.childGroups().contains(kGroup) ||
        !settings.contains(kGroup + u'/' + id + u"/host"_s))
        return std::nullopt;
    return readProfile(settings, id);
}

Profile ProfileStore::add(Profile profile)
{
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.origin = Profile::Origin::Saved;
    QSettings settings;
    writeProfile(settings, profile);
    emit changed();
    return profile;
}

void ProfileStore::update(const Profile &profile)
{
    QSettings settings;
    settings.remove(kGroup + u'/' + profile.id);
    writeProfile(settings, profile);
    emit changed();
}

void ProfileStore::remove(const QString &id)
{
    QSettings settings;
    settings.remove(kGroup + u'/' + id);
    QStringList open = lastOpen();
    if (open.removeAll(id) > 0)
        settings.setValue(kLastOpen, open);
    emit changed();
}

QStringList ProfileStore::lastOpen() const
{
    return QSettings().value(kLastOpen).toStringList();
}

void ProfileStore::setLastOpen(const QStringList &ids)
{
    QSettings().setValue(kLastOpen, ids);
}

} // namespace brickdesk
