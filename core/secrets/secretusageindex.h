#pragma once

#include "core/net/apierror.h"
#include "core/secrets/secretusage.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace brickdesk {

class ApiClient;

// Which jobs, clusters and pipelines name which secrets, and which of those
// names point at keys that do not exist.
//
// rebuild() reads everything again: every job (tasks expanded), every
// cluster, every pipeline's settings (one get each, a few at a time), every
// scope and its keys. Parts it may not read (no permission to list clusters,
// a scope whose keys are hidden) leave the index ready with what it could
// read; lastError() says what is missing. Each run has its own scope object
// as the calls' context, so a rebuild() in flight is cancelled by the next
// one and its late answers are dropped by the client.
class SecretUsageIndex : public QObject
{
    Q_OBJECT

public:
    explicit SecretUsageIndex(ApiClient *client, QObject *parent = nullptr);
    ~SecretUsageIndex() override;

    void rebuild();
    // Stops a rebuild in flight; what the last complete one found stays.
    void cancel();

    // A rebuild has completed at least once.
    bool isReady() const { return m_ready; }
    bool isBuilding() const { return m_run != nullptr; }
    // What the last rebuild could not read, one line per part; empty when
    // everything was read.
    QString lastError() const { return m_lastError; }

    // Scope names compare without case (as the service does), keys exactly.
    QList<SecretUsage> usagesOf(const QString &scope, const QString &key) const;
    // References to a key that is not in its scope, or to a scope that does
    // not exist. References into scopes whose keys could not be listed are
    // not counted: whether they resolve is unknown.
    QList<SecretUsage> missingReferences() const { return m_missing; }
    QList<SecretUsage> allUsages() const { return m_usages; }

signals:
    // What the rebuild is doing: "Reading pipelines (2 of 3)…".
    void progress(const QString &what);
    // A rebuild completed (possibly with lastError()).
    void rebuilt();

private:
    struct Run;

    void startPipelineGets();
    void startKeyListings();
    void partDone();
    void finishRun();
    void reportProgress();

    QPointer<ApiClient> m_client;
    std::unique_ptr<Run> m_run;
    QList<SecretUsage> m_usages;
    QList<SecretUsage> m_missing;
    QString m_lastError;
    bool m_ready = false;
};

} // namespace brickdesk
