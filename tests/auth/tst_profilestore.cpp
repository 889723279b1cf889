#include "core/auth/profilestore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"BrickdeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_profilestore"_s);
        QSettings().clear();
    }

    void addUpdateRemove()
    {
        ProfileStore store;
        QSignalSpy changed(&store, &ProfileStore::changed);
        Profile profile;
        profile.displayName = u"Prod"_s;
        profile.host = QUrl(u"https://adb-1.2.azuredatabricks.net"_s);
        profile.auth = Profile::Auth::OAuthMachineToMachine;
        profile.clientId = u"sp-1"_s;
        profile.proxy = Profile::Proxy::Manual;
        profile.proxyUrl = u"http://proxy:3128"_s;
        const Profile stored = store.add(profile);
        QVERIFY(!stored.id.isEmpty());
        QCOMPARE(changed.count(), 1);

        const auto loaded = store.profile(stored.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->displayName, u"Prod"_s);
        QCOMPARE(loaded->host, profile.host);
        QCOMPARE(loaded->auth, Profile::Auth::OAuthMachineToMachine);
        QCOMPARE(loaded->clientId, u"sp-1"_s);
        QCOMPARE(loaded->proxy, Profile::Proxy::Manual);
        QCOMPARE(loaded->proxyUrl, u"http://proxy:3128"_s);

        Profile edited = *loaded;
        edited.displayName = u"Production"_s;
        store.update(edited);
        QCOMPARE(store.profile(stored.id)->displayName, u"Production"_s);
        QCOMPARE(store.profiles().size(), 1);

        store.setLastOpen({stored.id, u"other"_s});
        store.remove(stored.id);
        QVERIFY(!store.profile(stored.id));
        QCOMPARE(store.lastOpen(), QStringList{u"other"_s});
    }

    void profilesAreSortedByName()
    {
        ProfileStore store;
        for (const QString &name : {u"zeta"_s, u"Alpha"_s, u"beta"_s}) {
            Profile profile;
            profile.displayName = name;
            profile.host = QUrl(u"https://h"_s);
            store.add(profile);
        }
        QStringList names;
        for (const Profile &profile : store.profiles())
            names << profile.displayName;
        QCOMPARE(names, (QStringList{u"Alpha"_s, u"beta"_s, u"zeta"_s}));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
