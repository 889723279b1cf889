#pragma once

#include <QObject>

#include <functional>

class QAction;
class QKeySequence;
class QWidget;

namespace brickdesk {

struct PermissionsTarget;

// The base of an area's actions (New Folder, Delete, Put Secret…): how an
// action is made for a tree, and the two ways actions report back to the
// page's status line.
class AreaActions : public QObject
{
    Q_OBJECT

public:
    // `view` is the tree the actions act on and the parent of this object.
    explicit AreaActions(QWidget *view);

signals:
    // What is going on (empty when nothing is); `busy` while the user has to
    // wait for it.
    void statusChanged(const QString &text, bool busy);
    // Something failed; `message` says what, plainly.
    void errorOccurred(const QString &message);

protected:
    // An action with the icon :/icons/<icon>.svg (none for an empty name),
    // whose shortcut works only while `view` (or a child, the toolbar next to
    // it) has the focus: Del in a filter box deletes a character, not a file.
    // Added to `view`, so the shortcut works there.
    QAction *makeAction(const QString &text, const QString &icon, const QKeySequence &key,
                        const QString &toolTip);
    QWidget *actionView() const { return m_view; }
    // "Permissions…" (Ctrl+Alt+P in every area): opens the permissions of
    // what `target` names when triggered (one object: its Permissions
    // dialog; several: a grant on all of them). Its enabled state is the
    // area's to keep, like its other actions'.
    QAction *makePermissionsAction(std::function<PermissionsTarget()> target);

private:
    QWidget *m_view;
};

} // namespace brickdesk
