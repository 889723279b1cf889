#include "core/workspace/workspaceexporttransfer.h"

#include "core/net/apicall.h"
#include "core/transfers/backgroundtask.h"
#include "core/transfers/conflictresolver.h"
#include "core/transfers/localnames.h"
#include "core/workspace/exportformat.h"
#include "core/workspace/workspaceservice.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// Written in blocks so that a cancel is noticed within one block.
constexpr qint64 kWriteBlock = 1024 * 1024;

// Writes `content` to `path` through QSaveFile: the target appears, whole,
// only on commit. Returns the error text; empty on success. Worker threads.
QString writeFile(const QString &path, const QByteArray &content, const std::atomic_bool &cancelled)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    for (qint64 offset = 0; offset < content.size(); offset += kWriteBlock) {
        if (cancelled.load()) {
            file.cancelWriting();
            return WorkspaceExportTransfer::tr("Cancelled");
        }
        const qint64 length = std::min<qint64>(kWriteBlock, content.size() - offset);
        if (file.write(content.constData() + offset, length) != length)
            return file.errorString(); // the destructor removes the temporary file
    }
    if (cancelled.load()) {
        file.cancelWriting();
        return WorkspaceExportTransfer::tr("Cancelled");
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

// "report (2).py", "report (3).py" … next to `path`: the first name not on
// disk. Worker threads.
QString freeName(const QString &path)
{
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    for (int n = 2;; ++n) {
        const QString candidate = dir.filePath(LocalNames::numbered(info.fileName(), n));
        if (!QFileInfo::exists(candidate) || n > 10000)
            return candidate;
    }
}

} // namespace

WorkspaceExportTransfer::WorkspaceExportTransfer(ApiClient *client, const WorkspaceObject &object,
                                                 const QString &format, const QString &localPath,
                                                 ConflictResolver *resolver, QObject *parent)
    : Transfer(Direction::Download, QFileInfo(localPath).fileName(), object.path, localPath, parent)
    , m_service(std::make_unique<WorkspaceService>(client))
    , m_object(object)
    , m_format(object.objectType == ObjectType::File ? QString(ExportFormat::Auto) : format)
    , m_writtenPath(localPath)
    , m_resolver(resolver)
{
    if (object.size >= 0 && object.objectType == ObjectType::File)
        setBytesTotal(object.size);
}

WorkspaceExportTransfer::~WorkspaceExportTransfer()
{
    // A write still running must not commit for a transfer that is gone.
    abort();
}

void WorkspaceExportTransfer::run()
{
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_writtenPath = target();
    runInBackground(
        runScope(), [path = m_writtenPath] { return QFileInfo::exists(path); },
        [this](bool exists) { onExistsChecked(exists); });
}

void WorkspaceExportTransfer::onExistsChecked(bool exists)
{
    if (!exists) {
        startExport();
        return;
    }
    if (!m_resolver) {
        skip(tr("Skipped: %1 already exists").arg(m_writtenPath));
        return;
    }
    ConflictResolver::Question question;
    question.name = QFileInfo(m_writtenPath).fileName();
    question.target = m_writtenPath;
    question.canKeepBoth = true;
    setStatusMessage(tr("Waiting: %1 already exists").arg(m_writtenPath));
    m_resolver->resolve(question, runScope(), [this](ConflictChoice choice) {
        switch (choice) {
        case ConflictChoice::Skip:
            skip(tr("Skipped: %1 already exists").arg(m_writtenPath));
            return;
        case ConflictChoice::Overwrite:
            // QSaveFile replaces the old file only once the new one is whole.
            startExport();
            return;
        case ConflictChoice::KeepBoth:
            runInBackground(
                runScope(), [path = m_writtenPath] { return freeName(path); },
                [this](const QString &path) {
                    m_writtenPath = path;
                    startExport();
                });
            return;
        }
    });
}

void WorkspaceExportTransfer::startExport()
{
    setStatusMessage(QString());
    m_call =
        m_service->exportObject(m_object.path, m_format, runScope(),
                                [this](const std::optional<ApiError> &error,
                                       const QByteArray &content) { onExported(error, content); });
    if (m_call) {
        connect(m_call, &ApiCall::downloadProgress, runScope(),
                [this](qint64 received, qint64 total) {
                    if (!isRunning())
                        return;
                    if (total > 0 && total != bytesTotal())
                        setBytesTotal(total);
                    setBytesDone(received);
                });
    }
}

void WorkspaceExportTransfer::onExported(const std::optional<ApiError> &error,
                                         const QByteArray &content)
{
    m_call = nullptr;
    if (error) {
        // Our own cancel never gets here (its run scope is gone).
        fail(describe(*error));
        return;
    }
    setBytesTotal(content.size());
    setBytesDone(content.size());
    setStatusMessage(tr("Writing…"));
    runInBackground(
        runScope(),
        [path = m_writtenPath, content, cancelled = m_cancelled] {
            return writeFile(path, content, *cancelled);
        },
        [this](const QString &writeError) { onWritten(writeError); });
}

void WorkspaceExportTransfer::onWritten(const QString &error)
{
    if (!error.isEmpty()) {
        fail(tr("Could not write %1: %2").arg(m_writtenPath, error));
        return;
    }
    succeed();
}

QString WorkspaceExportTransfer::describe(const ApiError &error) const
{
    if (error.errorCode == "MAX_NOTEBOOK_SIZE_EXCEEDED"_L1)
        return tr("Not exported: %1 is larger than the 10 MB the workspace exports")
            .arg(m_object.path);
    if (error.isNotFound())
        return tr("%1 no longer exists").arg(m_object.path);
    // The API error names only the endpoint; in a folder export many rows
    // may share a name, so say which object.
    return tr("Could not export %1: %2").arg(m_object.path, error.toString());
}

void WorkspaceExportTransfer::abort()
{
    closeRunScope();
    if (m_cancelled)
        m_cancelled->store(true);
    if (m_call)
        m_call->cancel();
    m_call = nullptr;
}

void WorkspaceExportTransfer::reset()
{
    m_writtenPath = target();
}

} // namespace brickdesk
