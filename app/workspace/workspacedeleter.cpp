#include "app/workspace/workspacedeleter.h"

#include "app/common/confirmdialog.h"
#include "core/net/apiclient.h"
#include "core/workspace/workspaceobject.h"
#include "core/workspace/workspaceservice.h"
#include "core/workspace/workspacetreewalker.h"

#include <QWidget>

using namespace Qt::StringLiterals;

namespace brickdesk {

WorkspaceDeleter::WorkspaceDeleter(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_service(std::make_unique<WorkspaceService>(client))
    , m_walker(new WorkspaceTreeWalker(client, this))
{
    connect(m_walker, &WorkspaceTreeWalker::progress, this, [this](int found) {
        emit progress(tr("Counting what is in “%1”… %n found", nullptr, m_objectsInside + found)
                          .arg(m_targets.value(m_nextToCount - 1).name));
    });
    connect(m_walker, &WorkspaceTreeWalker::finished, this, [this] {
        m_objectsInside += int(m_walker->objects().size());
        for (const auto &error : m_walker->errors())
            m_walkErrors.append(error.toString());
        countNext();
    });
}

WorkspaceDeleter::~WorkspaceDeleter() = default;

void WorkspaceDeleter::start(const QList<Target> &targets, const QString &workspaceTitle,
                             QWidget *dialogParent)
{
    m_targets = targets;
    m_workspaceTitle = workspaceTitle;
    m_dialogParent = dialogParent;
    m_nextToCount = 0;
    m_objectsInside = 0;
    m_walkErrors.clear();
    if (m_targets.isEmpty()) {
        emit cancelled();
        return;
    }
    countNext();
}

void WorkspaceDeleter::countNext()
{
    // One folder at a time: the walker already lists each level in
    // parallel, and the host's budget is shared with the rest of the app.
    while (m_nextToCount < m_targets.size()) {
        const Target &target = m_targets.at(m_nextToCount++);
        if (!target.isFolder)
            continue;
        emit progress(tr("Counting what is in “%1”…").arg(target.name));
        m_walker->start(target.path);
        return;
    }
    ask();
}

QString WorkspaceDeleter::question(const QList<Target> &targets, int objectsInside,
                                   const QString &workspaceTitle)
{
    if (targets.size() == 1) {
        const Target &target = targets.first();
        if (target.isFolder) {
            if (objectsInside == 0)
                return tr("Delete the empty folder “%1” from workspace “%2”?")
                    .arg(target.name, workspaceTitle);
            return tr("Delete the folder “%1” and the %n objects in it from workspace “%2”?",
                      nullptr, objectsInside)
                .arg(target.name, workspaceTitle);
        }
        if (target.objectType == ObjectType::Notebook)
            return tr("Delete the notebook “%1” from workspace “%2”?")
                .arg(target.name, workspaceTitle);
        if (target.objectType == ObjectType::File)
            return tr("Delete the file “%1” from workspace “%2”?").arg(target.name, workspaceTitle);
        return tr("Delete “%1” from workspace “%2”?").arg(target.name, workspaceTitle);
    }
    if (objectsInside == 0)
        return tr("Delete the %n selected objects from workspace “%1”?", nullptr,
                  int(targets.size()))
            .arg(workspaceTitle);
    // %n is the larger, total count; the selection count is in the text too.
    return tr("Delete the %1 selected objects and the %n objects in their folders from "
              "workspace “%2”?",
              nullptr, objectsInside)
        .arg(targets.size())
        .arg(workspaceTitle);
}

void WorkspaceDeleter::ask()
{
    emit progress(QString());
    ConfirmDialog::Question q;
    q.workspace = m_workspaceTitle;
    q.what = question(m_targets, m_objectsInside, m_workspaceTitle);
    q.details = tr("This cannot be undone.");
    if (!m_walkErrors.isEmpty()) {
        // The count is a lower bound: say so rather than promise a number.
        q.details +=
            u"\n\n"_s + tr("Some folders could not be listed, so there may be more objects: %1")
                            .arg(m_walkErrors.join(u"; "_s));
    }
    q.action = tr("Delete");
    ConfirmDialog::ask(m_dialogParent, q, [self = QPointer(this)](bool confirmed) {
        if (!self)
            return;
        if (confirmed)
            self->removeAll();
        else
            emit self->cancelled();
    });
}

void WorkspaceDeleter::removeAll()
{
    m_pending = int(m_targets.size());
    m_deleted.clear();
    m_errors.clear();
    emit progress(tr("Deleting %n objects…", nullptr, int(m_targets.size())));
    for (const Target &target : std::as_const(m_targets)) {
        // Recursive only for folders: a single object is never deleted with
        // more than it is (a recursive delete of a folder takes all it holds).
        m_service->remove(
            target.path, target.isFolder, this,
            [this, target](const std::optional<ApiError> &error) {
                if (error)
                    m_errors.append(
                        tr("Could not delete “%1”: %2").arg(target.name, error->toString()));
                else
                    m_deleted.append(target.path);
                if (--m_pending == 0) {
                    emit progress(QString());
                    emit finished(m_deleted, m_errors);
                }
            });
    }
}

} // namespace brickdesk
