#include "app/dbfs/dbfsdeleter.h"

#include "app/common/confirmdialog.h"
#include "core/dbfs/dbfsdelete.h"

#include <QLocale>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace brickdesk {

DbfsDeleter::DbfsDeleter(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_service(client)
{}

DbfsDeleter::~DbfsDeleter() = default;

void DbfsDeleter::start(const QList<DbfsFileInfo> &entries, const QString &workspace,
                        QWidget *dialogParent)
{
    m_entries = entries;
    m_workspace = workspace;
    m_dialogParent = dialogParent;
    for (const DbfsFileInfo &entry : entries) {
        if (entry.isDir)
            m_toList << entry.path;
    }
    if (!m_toList.isEmpty())
        emit progress(tr("Counting the files to delete…"));
    countNext();
}

void DbfsDeleter::countNext()
{
    if (m_toList.isEmpty()) {
        ask();
        return;
    }
    if (m_listings >= kMaxCountListings || !m_service.client()) {
        // A large tree: its size is not worth the wait before asking.
        m_counted = false;
        ask();
        return;
    }
    ++m_listings;
    const QString folder = m_toList.takeFirst();
    m_service.list(folder, this,
                   [this](const std::optional<ApiError> &error, const QList<DbfsFileInfo> &files) {
                       if (error) {
                           // The delete itself will say what is wrong.
                           m_counted = false;
                           ask();
                           return;
                       }
                       for (const DbfsFileInfo &file : files) {
                           if (file.isDir)
                               m_toList << file.path;
                           else
                               ++m_filesInside;
                       }
                       countNext();
                   });
}

QString DbfsDeleter::question(const QList<DbfsFileInfo> &entries, qint64 filesInside,
                              const QString &workspace)
{
    const bool anyFolder =
        std::any_of(entries.begin(), entries.end(), [](const auto &e) { return e.isDir; });
    const int files = int(qMin<qint64>(filesInside, INT_MAX));
    const QString fileCount = files == 1 ? tr("1 file") : tr("%n files", "", files);
    if (entries.size() == 1) {
        const QString name = entries.first().name;
        if (!anyFolder)
            return tr("Delete “%1” from workspace “%2”?").arg(name, workspace);
        if (filesInside < 0)
            return tr("Delete “%1” and everything in it from workspace “%2”?").arg(name, workspace);
        if (filesInside == 0)
            return tr("Delete the folder “%1” from workspace “%2”? There are no files in it.")
                .arg(name, workspace);
        return tr("Delete “%1” and everything in it (%2) from workspace “%3”?")
            .arg(name, fileCount, workspace);
    }
    const int count = int(entries.size());
    if (!anyFolder)
        return tr("Delete %n items from workspace “%1”?", "", count).arg(workspace);
    if (filesInside < 0)
        return tr("Delete %n items and everything in them from workspace “%1”?", "", count)
            .arg(workspace);
    return tr("Delete %n items and everything in them (%1 in folders) from workspace “%2”?", "",
              count)
        .arg(fileCount, workspace);
}

void DbfsDeleter::ask()
{
    emit progress(QString());
    ConfirmDialog::Question q;
    q.workspace = m_workspace;
    q.what = question(m_entries, m_counted ? m_filesInside : -1, m_workspace);
    q.details = tr("This cannot be undone.");
    q.action = tr("Delete");
    ConfirmDialog::ask(m_dialogParent, q, [self = QPointer(this)](bool confirmed) {
        if (!self)
            return;
        if (confirmed) {
            self->remove();
        } else {
            emit self->cancelled();
            self->deleteLater();
        }
    });
}

void DbfsDeleter::remove()
{
    QStringList paths;
    for (const DbfsFileInfo &entry : std::as_const(m_entries))
        paths << entry.path;
    m_delete = new DbfsDelete(m_service.client(), paths, this);
    connect(m_delete, &DbfsDelete::progress, this,
            [this](qint64 filesDeleted, const QString &current) {
                const QString where = DbfsService::displayPath(current);
                emit progress(filesDeleted > 0 ? tr("Deleting %1… %2 files deleted so far")
                                                     .arg(where, QLocale().toString(filesDeleted))
                                               : tr("Deleting %1…").arg(where));
            });
    connect(m_delete, &DbfsDelete::finished, this, [this](const std::optional<ApiError> &error) {
        finish(error ? error->toString() : QString());
    });
    emit progress(tr("Deleting…"));
    m_delete->start();
}

void DbfsDeleter::finish(const QString &error)
{
    QStringList paths;
    for (const DbfsFileInfo &entry : std::as_const(m_entries))
        paths << entry.path;
    emit progress(QString());
    emit finished(paths, error);
    deleteLater();
}

} // namespace brickdesk
