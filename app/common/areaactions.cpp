#include "app/common/areaactions.h"

#include "app/permissions/permissionsopener.h"

#include <QAction>
#include <QIcon>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace brickdesk {

AreaActions::AreaActions(QWidget *view)
    : QObject(view)
    , m_view(view)
{}

QAction *AreaActions::makeAction(const QString &text, const QString &icon, const QKeySequence &key,
                                 const QString &toolTip)
{
    auto *action =
        new QAction(icon.isEmpty() ? QIcon() : QIcon(u":/icons/%1.svg"_s.arg(icon)), text, this);
    if (!key.isEmpty())
        action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(toolTip);
    m_view->addAction(action);
    return action;
}

QAction *AreaActions::makePermissionsAction(std::function<PermissionsTarget()> target)
{
    QAction *action = makeAction(
        tr("Per&missions…"), u"permissions"_s, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P),
        tr("See who may use the selection and change it; several objects get one "
           "grant"));
    action->setObjectName(u"permissionsAction"_s);
    connect(action, &QAction::triggered, this,
            [this, target = std::move(target)] { openPermissions(m_view->window(), target()); });
    return action;
}

} // namespace brickdesk
