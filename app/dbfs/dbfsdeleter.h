#pragma once

#include "core/dbfs/dbfsfileinfo.h"
#include "core/dbfs/dbfsservice.h"
#include "core/net/apiclient.h" // DbfsService::client() needs the complete type

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class QWidget;

namespace brickdesk {

class DbfsDelete;

// Deletes DBFS entries the way a careful user would: it counts the files in
// the folders about to go (when that takes a few listings, not thousands),
// asks, naming what goes and the workspace, and only then deletes, folders
// recursively, repeating the service's partial deletes until they are
// complete. One deleter runs one deletion and then deletes itself.
class DbfsDeleter : public QObject
{
    Q_OBJECT

public:
    // Counting stops after this many listings: beyond it the question says
    // "everything in it" without a number.
    static constexpr int kMaxCountListings = 40;

    DbfsDeleter(ApiClient *client, QObject *parent = nullptr);
    ~DbfsDeleter() override;

    // `entries` must not hold an entry and its folder both. `dialogParent`
    // parents the question.
    void start(const QList<DbfsFileInfo> &entries, const QString &workspace, QWidget *dialogParent);

    // The question: `filesInside` < 0 when not counted.
    static QString question(const QList<DbfsFileInfo> &entries, qint64 filesInside,
                            const QString &workspace);

signals:
    // What is going on, for a status line.
    void progress(const QString &text);
    // The user said no.
    void cancelled();
    // Done: `paths` were asked to go; `error` empty when all went.
    void finished(const QStringList &paths, const QString &error);

private:
    void countNext();
    void ask();
    void remove();
    void finish(const QString &error);

    DbfsService m_service;
    QList<DbfsFileInfo> m_entries;
    QString m_workspace;
    QPointer<QWidget> m_dialogParent;
    QStringList m_toList; // folders still to count
    int m_listings = 0;
    qint64 m_filesInside = 0;
    bool m_counted = true;
    QPointer<DbfsDelete> m_delete;
};

} // namespace brickdesk
