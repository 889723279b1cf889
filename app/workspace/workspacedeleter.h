#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace brickdesk {

class ApiClient;
class WorkspaceService;
class WorkspaceTreeWalker;

// Deletes workspace objects the way a careful user would: it first counts
// what is inside the folders about to go (listing them completely), then
// asks, naming the count and the workspace, and only then deletes - folders
// recursively, everything else not. One deleter runs one deletion.
class WorkspaceDeleter : public QObject
{
    Q_OBJECT

public:
    struct Target
    {
        QString path;
        QString name;
        QString objectType;
        bool isFolder = false;
    };

    WorkspaceDeleter(ApiClient *client, QObject *parent = nullptr);
    ~WorkspaceDeleter() override;

    // `targets` must not contain an object and its folder both.
    // `dialogParent` parents the question.
    void start(const QList<Target> &targets, const QString &workspaceTitle, QWidget *dialogParent);

    // The question asked, without the workspace-independent details.
    static QString question(const QList<Target> &targets, int objectsInside,
                            const QString &workspaceTitle);

signals:
    // What is going on, for a status line.
    void progress(const QString &text);
    // The user said no, or there was nothing to do.
    void cancelled();
    // Everything was tried: `deleted` paths are gone, `errors` say what was not.
    void finished(const QStringList &deleted, const QStringList &errors);

private:
    void countNext();
    void ask();
    void removeAll();

    std::unique_ptr<WorkspaceService> m_service;
    WorkspaceTreeWalker *m_walker;
    QList<Target> m_targets;
    QString m_workspaceTitle;
    QPointer<QWidget> m_dialogParent;
    int m_nextToCount = 0;
    int m_objectsInside = 0;
    QStringList m_walkErrors;
    int m_pending = 0;
    QStringList m_deleted;
    QStringList m_errors;
};

} // namespace brickdesk
