// A cluster call refused for the cluster's state, in words: the API's 400
// INVALID_STATE "Cluster <id> is in unexpected state Running." becomes what
// it means for the action that was tried.

#include "core/clusters/clusterrefusal.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

ApiError invalidState(const QString &state)
{
    ApiError error;
    error.httpStatus = 400;
    error.errorCode = u"INVALID_STATE"_s;
    error.message = u"Cluster 0412-081530-shrd7k2q is in unexpected state %1."_s.arg(state);
    return error;
}

} // namespace

class TestClusterRefusal : public QObject
{
    Q_OBJECT

private slots:
    void readsTheStateOutOfTheMessage();
    void explainsEachRefusal_data();
    void explainsEachRefusal();
    void otherErrorsSayWhatWasTried();
};

void TestClusterRefusal::readsTheStateOutOfTheMessage()
{
    QCOMPARE(ClusterRefusal::refusedState(invalidState(u"Running"_s)), u"RUNNING"_s);
    QCOMPARE(ClusterRefusal::refusedState(invalidState(u"Pending"_s)), u"PENDING"_s);
    ApiError other = invalidState(u"Running"_s);
    other.errorCode = u"INVALID_PARAMETER_VALUE"_s;
    QCOMPARE(ClusterRefusal::refusedState(other), QString());
    ApiError wordless;
    wordless.errorCode = u"INVALID_STATE"_s;
    wordless.message = u"Cannot access cluster X that was terminated more than 30 days ago."_s;
    QCOMPARE(ClusterRefusal::refusedState(wordless), QString());
}

void TestClusterRefusal::explainsEachRefusal_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("sentence");
    using A = ClusterRefusal::Action;
    QTest::newRow("start running")
        << int(A::Start) << u"Running"_s << u"“etl” is already running."_s;
    QTest::newRow("start pending")
        << int(A::Start) << u"Pending"_s << u"“etl” is already starting."_s;
    QTest::newRow("start terminating")
        << int(A::Start) << u"Terminating"_s
        << u"“etl” is still terminating: start it again once it has stopped."_s;
    QTest::newRow("restart terminated")
        << int(A::Restart) << u"Terminated"_s << u"“etl” is not running: start it instead."_s;
    QTest::newRow("resize terminated")
        << int(A::Resize) << u"Terminated"_s
        << u"“etl” can be resized only while it runs, and it is terminated now."_s;
    QTest::newRow("edit pending")
        << int(A::Edit) << u"Pending"_s
        << u"“etl” can be edited only while it runs or is terminated, and it is pending now."_s;
}

void TestClusterRefusal::explainsEachRefusal()
{
    QFETCH(int, action);
    QFETCH(QString, state);
    QFETCH(QString, sentence);
    QCOMPARE(ClusterRefusal::explain(ClusterRefusal::Action(action), u"etl"_s, invalidState(state)),
             sentence);
}

void TestClusterRefusal::otherErrorsSayWhatWasTried()
{
    ApiError missing;
    missing.httpStatus = 400;
    missing.errorCode = u"INVALID_PARAMETER_VALUE"_s;
    missing.message = u"Cluster 0000 does not exist"_s;
    const QString text = ClusterRefusal::explain(ClusterRefusal::Action::Start, u"etl"_s, missing);
    QVERIFY2(text.startsWith(u"Could not start “etl”: Cluster 0000 does not exist"_s),
             qPrintable(text));
}

QTEST_APPLESS_MAIN(TestClusterRefusal)
#include "tst_clusterrefusal.moc"
