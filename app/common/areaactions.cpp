#include "app/common/areaactions.h"

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

} // namespace brickdesk
