#include "tests/support/testworkspace.h"

#include "core/net/credentials.h"

#include <QTest>

#include <optional>

namespace brickdesk::test {

TestWorkspace::TestWorkspace(emulator::Seed seed)
    : m_emulator(std::make_unique<emulator::Emulator>())
{
    m_emulator->setAcceptedToken(QByteArray(kTestToken));
    m_emulator->seed(seed);
    if (!m_emulator->listen(0))
        qFatal("the test emulator could not listen on loopback");
    m_client = std::make_unique<ApiClient>(
        m_emulator->url(), std::make_shared<BearerTokenCredentials>(QByteArray(kTestToken)));
}

TestWorkspace::~TestWorkspace() = default;

ApiReply sendAndWait(ApiClient &client, const ApiRequest &request, int timeoutMs)
{
    std::optional<ApiReply> result;
    QObject context;
    client.send(request, &context, [&result](const ApiReply &reply) { result = reply; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs)) {
        ApiError error;
        error.kind = ApiError::Kind::Timeout;
        error.message = QStringLiteral("the test gave up waiting for a reply");
        return ApiReply::failure(error);
    }
    return *result;
}

} // namespace brickdesk::test
