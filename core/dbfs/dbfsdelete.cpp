#include "core/dbfs/dbfsdelete.h"

#include "core/dbfs/dbfsservice.h"
#include "core/net/apicall.h"
#include "core/net/apiclient.h"
#include "core/net/logging.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

constexpr int kMaxTransientFailures = 5;

bool isPartialDelete(const ApiError &error)
{
    return error.httpStatus == 503 && error.errorCode == "PARTIAL_DELETE"_L1;
}

// Failures after which the same delete may simply be sent again.
bool isTransient(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return true;
    case ApiError::Kind::Http:
        return error.httpStatus == 429 || error.httpStatus == 502 || error.httpStatus == 503 ||
               error.httpStatus == 504;
    default:
        return false;
    }
}

} // namespace

DbfsDelete::DbfsDelete(ApiClient *client, const QStringList &paths, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_paths(paths)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &DbfsDelete::sendNext);
}

DbfsDelete::~DbfsDelete() = default;

void DbfsDelete::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    sendNext();
}

void DbfsDelete::cancel()
{
    if (m_finished)
        return;
    m_retryTimer.stop();
    if (ApiCall *call = m_call.data()) {
        m_call = nullptr;
        // Delivers a Cancelled error to onDone synchronously; ignore it there.
        call->cancel();
    }
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message = tr("The deletion was cancelled.");
    finish(error);
}

qint64 DbfsDelete::parseDeletedCount(const QString &message)
{
    static const QRegularExpression pattern(u"deleted\\s+(\\d+)\\s+file"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(message);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

void DbfsDelete::sendNext()
{
    if (m_finished)
        return;
    if (m_index >= m_paths.size()) {
        finish(std::nullopt);
        return;
    }
    if (!m_client) {
        ApiError error;
        error.kind = ApiError::Kind::Cancelled;
        error.message = tr("The workspace was disconnected.");
        finish(error);
        return;
    }
    ++m_calls;
    m_call = DbfsService(m_client).remove(m_paths.at(m_index), true, this,
                                          [this](const auto &error) { onDone(error); });
}

void DbfsDelete::onDone(const std::optional<ApiError> &error)
{
    if (m_finished || !m_running)
        return;
    m_call = nullptr;
    if (!error) {
        m_transientFailures = 0;
        ++m_index;
        emit progress(m_filesDeleted, m_index < m_paths.size() ? m_paths.at(m_index) : QString());
        sendNext();
        return;
    }
    if (isPartialDelete(*error)) {
        // Progress, not failure: the next round goes on where this one
        // stopped, so it is repeated at once and without limit.
        m_transientFailures = 0;
        const qint64 deleted = parseDeletedCount(error->message);
        if (deleted > 0)
            m_filesDeleted += deleted;
        emit progress(m_filesDeleted, m_paths.at(m_index));
        sendNext();
        return;
    }
    if (isTransient(*error) && m_client && ++m_transientFailures < kMaxTransientFailures) {
        const int delay = m_client->retryPolicy().delayMs(m_transientFailures + 1, std::nullopt);
        qCInfo(lcNet).noquote() << "DBFS delete of" << m_paths.at(m_index) << "failed ("
                                << error->title() << "); again in" << delay << "ms";
        m_retryTimer.start(delay);
        return;
    }
    finish(error);
}

void DbfsDelete::finish(const std::optional<ApiError> &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    emit finished(error);
}

} // namespace brickdesk
