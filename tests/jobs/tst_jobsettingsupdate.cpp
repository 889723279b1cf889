#include "core/jobs/jobsettingsupdate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

QJsonObject task(const QString &key, const QString &path = {})
{
    return {{u"task_key"_s, key},
            {u"notebook_task"_s,
             QJsonObject{{u"notebook_path"_s, path.isEmpty() ? u"/Shared/"_s + key : path}}}};
}

QJsonObject bigJob(int tasks)
{
    QJsonArray array;
    for (int i = 0; i < tasks; ++i)
        array.append(task(u"t%1"_s.arg(i, 3, 10, QChar(u'0'))));
    return {{u"name"_s, u"Big"_s},
            {u"tasks"_s, array},
            {u"tags"_s, QJsonObject{{u"team"_s, u"data"_s}}},
            {u"max_concurrent_runs"_s, 1}};
}

} // namespace

class TestJobSettingsUpdate : public QObject
{
    Q_OBJECT

private slots:
    void nothingChangedSendsNothing();
    void topLevelFieldsReplacedAndRemoved();
    void oneChangedTaskOfManySendsOnlyIt();
    void removedAndAddedTasks();
    void unkeyedArraysAreSentWhole();
    void applyMatchesTheEdit();
};

void TestJobSettingsUpdate::nothingChangedSendsNothing()
{
    const QJsonObject job = bigJob(5);
    QVERIFY(JobSettingsUpdate::between(job, job).isEmpty());
}

void TestJobSettingsUpdate::topLevelFieldsReplacedAndRemoved()
{
    const QJsonObject job = bigJob(2);
    QJsonObject edited = job;
    edited.insert(u"max_concurrent_runs"_s, 3);
    edited.remove(u"tags"_s);
    const auto update = JobSettingsUpdate::between(job, edited);
    QCOMPARE(update.newSettings, (QJsonObject{{u"max_concurrent_runs"_s, 3}}));
    QCOMPARE(update.fieldsToRemove, QStringList{u"tags"_s});
}

void TestJobSettingsUpdate::oneChangedTaskOfManySendsOnlyIt()
{
    // More than the 100 tasks one 2.2 page holds: an update names just the
    // changed one, so the other 249 are never sent or lost.
    const QJsonObject job = bigJob(250);
    QJsonObject edited = job;
    QJsonArray tasks = edited.value(u"tasks"_s).toArray();
    tasks.replace(180, task(u"t180"_s, u"/Shared/new"_s));
    edited.insert(u"tasks"_s, tasks);
    const auto update = JobSettingsUpdate::between(job, edited);
    QVERIFY(update.fieldsToRemove.isEmpty());
    QCOMPARE(update.newSettings.value(u"tasks"_s).toArray(),
             QJsonArray{task(u"t180"_s, u"/Shared/new"_s)});
    QCOMPARE(update.newSettings.size(), 1);
}

void TestJobSettingsUpdate::removedAndAddedTasks()
{
    const QJsonObject job = bigJob(3);
    QJsonObject edited = job;
    QJsonArray tasks = edited.value(u"tasks"_s).toArray();
    tasks.removeAt(1);
    tasks.append(task(u"report"_s));
    edited.insert(u"tasks"_s, tasks);
    const auto update = JobSettingsUpdate::between(job, edited);
    QCOMPARE(update.fieldsToRemove, QStringList{u"tasks/t001"_s});
    QCOMPARE(update.newSettings.value(u"tasks"_s).toArray(), QJsonArray{task(u"report"_s)});
}

void TestJobSettingsUpdate::unkeyedArraysAreSentWhole()
{
    QJsonObject job{
        {u"parameters"_s, QJsonArray{QJsonObject{{u"name"_s, u"a"_s}, {u"default"_s, u"1"_s}}}}};
    QJsonObject edited{
        {u"parameters"_s, QJsonArray{QJsonObject{{u"name"_s, u"a"_s}, {u"default"_s, u"2"_s}}}}};
    const auto update = JobSettingsUpdate::between(job, edited);
    QCOMPARE(update.newSettings, edited);
}

void TestJobSettingsUpdate::applyMatchesTheEdit()
{
    const QJsonObject job = bigJob(120);
    QJsonObject edited = job;
    QJsonArray tasks = edited.value(u"tasks"_s).toArray();
    tasks.removeAt(110);
    tasks.replace(3, task(u"t003"_s, u"/Repos/x"_s));
    tasks.append(task(u"extra"_s));
    edited.insert(u"tasks"_s, tasks);
    edited.insert(u"name"_s, u"Bigger"_s);
    edited.remove(u"tags"_s);
    const auto update = JobSettingsUpdate::between(job, edited);
    QCOMPARE(JobSettingsUpdate::apply(job, update), edited);
}

QTEST_GUILESS_MAIN(TestJobSettingsUpdate)
#include "tst_jobsettingsupdate.moc"
