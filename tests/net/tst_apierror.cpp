// The error-body parser on its own, for the cases that need no server: the
// same variants are also sent over HTTP in tst_apiclient.
#include "core/net/apierror.h"
#include "core/net/jsonids.h"
#include "core/net/retrypolicy.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using brickdesk::ApiError;

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void toStringNamesCodeStatusAndCall()
    {
        ApiError error = ApiError::fromHttpResponse(
            404, "Not Found",
            R"({"error_code":"RESOURCE_DOES_NOT_EXIST","message":"Path (/x) does not exist."})");
        error.method = u"GET"_s;
        error.path = u"/api/2.0/workspace/list"_s;
        QCOMPARE(error.toString(), u"Path (/x) does not exist. [RESOURCE_DOES_NOT_EXIST, HTTP 404] "
                                   "(GET /api/2.0/workspace/list)"_s);
        QVERIFY(error.isNotFound());
        QCOMPARE(error.title(), u"Not found"_s);
    }

    void legacyNotFoundIsRecognised()
    {
        const ApiError error = ApiError::fromHttpResponse(
            400, "Bad Request",
            R"({"error_code":"INVALID_PARAMETER_VALUE","message":"Job 123 does not exist."})");
        QVERIFY(error.isNotFound());
    }

    void requestIdFromDetails()
    {
        const ApiError error = ApiError::fromHttpResponse(
            400, "Bad Request",
            R"({"error_code":"INVALID_STATE","message":"m","details":[{"@type":"type.googleapis.com/google.rpc.RequestInfo","request_id":"01ef-42","serving_data":""}]})");
        QVERIFY(error.details.contains("01ef-42"_L1));
    }

    void retryAfterIsNeverShortened()
    {
        const brickdesk::RetryPolicy policy;
        for (int i = 0; i < 200; ++i) {
            const int delay = policy.delayMs(2, 2000);
            QVERIFY2(delay >= 2000 && delay <= 2200, qPrintable(QString::number(delay)));
        }
    }

    void backoffGrowsAndIsCapped()
    {
        brickdesk::RetryPolicy policy;
        policy.baseDelayMs = 100;
        policy.maxDelayMs = 1000;
        for (int i = 0; i < 100; ++i) {
            const int first = policy.delayMs(2, std::nullopt);
            QVERIFY(first >= 50 && first <= 100);
            const int third = policy.delayMs(4, std::nullopt);
            QVERIFY(third >= 200 && third <= 400);
            const int late = policy.delayMs(30, std::nullopt);
            QVERIFY(late >= 500 && late <= 1000);
        }
    }

    void idsAboveTwoToThe53AreExact()
    {
        const qint64 id = (qint64(1) << 53) + 1;
        const QJsonDocument document =
            QJsonDocument::fromJson(QByteArray(R"({"job_id":)") + QByteArray::number(id) +
                                    R"(,"resource_id":")" + QByteArray::number(id) + R"("})");
        QCOMPARE(brickdesk::jsonId(document.object(), "job_id"_L1), id);
        QCOMPARE(brickdesk::jsonId(document.object(), "resource_id"_L1), id);
        QCOMPARE(brickdesk::jsonId(document.object(), "missing"_L1, -1), -1);
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
