#pragma once

#include "core/net/apierror.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace brickdesk {

class ApiCall;
class ApiClient;

// Deletes DBFS paths recursively, one after another. The service deletes a
// large tree in rounds: each call answers 503 PARTIAL_DELETE after a while,
// saying how many files it removed, and must be repeated.
// That repeat lives here, not in the client's retry policy, because it is
// not a failure: it is unbounded as long as files keep going, and each round
// is progress to show. A dropped connection or another transient failure is
// repeated a few times too (deleting is idempotent on DBFS).
class DbfsDelete : public QObject
{
    Q_OBJECT

public:
    DbfsDelete(ApiClient *client, const QStringList &paths, QObject *parent = nullptr);
    ~DbfsDelete() override;

    QStringList paths() const { return m_paths; }
    // Files removed so far, as the service reported them in its
    // PARTIAL_DELETE answers (the final round's count is not reported).
    qint64 filesDeleted() const { return m_filesDeleted; }
    // Index in paths() of the path being deleted now.
    int currentIndex() const { return m_index; }
    // Delete calls sent so far.
    int calls() const { return m_calls; }
    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }

    void start();
    // Stops after the call in flight is abandoned; finished() reports a
    // Cancelled error. What was deleted stays deleted.
    void cancel();

    // "The requested operation has deleted 1000 files. ..." -> 1000; -1 if
    // the message names no count.
    static qint64 parseDeletedCount(const QString &message);

signals:
    void progress(qint64 filesDeleted, const QString &currentPath);
    // Exactly once: no error when every path is gone.
    void finished(const std::optional<brickdesk::ApiError> &error);

private:
    void sendNext();
    void onDone(const std::optional<ApiError> &error);
    void finish(const std::optional<ApiError> &error);

    QPointer<ApiClient> m_client;
    QStringList m_paths;
    QPointer<ApiCall> m_call;
    QTimer m_retryTimer;
    qint64 m_filesDeleted = 0;
    int m_index = 0;
    int m_calls = 0;
    int m_transientFailures = 0;
    bool m_running = false;
    bool m_finished = false;
};

} // namespace brickdesk
