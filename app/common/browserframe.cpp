#include "app/common/browserframe.h"

#include "app/common/statusline.h"

#include <QAbstractItemView>
#include <QAction>
#include <QHBoxLayout>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace brickdesk {

void BrowserFrame::fill(QToolBar *bar, const ToolBar &content)
{
    bar->setIconSize(QSize(16, 16));
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    for (QAction *action : content.actions) {
        if (content.separatorBefore.contains(action))
            bar->addSeparator();
        bar->addAction(action);
    }
    for (QAction *action : content.withText)
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

void BrowserFrame::layOut(QWidget *browser, QToolBar *bar, const QList<QWidget *> &controls,
                          StatusLine *status, QWidget *content)
{
    auto *top = new QHBoxLayout;
    top->setContentsMargins(4, 2, 6, 2);
    top->setSpacing(6);
    top->addWidget(bar, 1);
    for (QWidget *control : controls)
        top->addWidget(control);
    // A message stays long enough to be read, then makes room.
    status->setStatusTimeout(8000);
    auto *layout = new QVBoxLayout(browser);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(status);
    layout->addWidget(content, 1);
}

void BrowserFrame::addContextMenu(QAbstractItemView *view, std::function<void(QMenu *)> fillMenu)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view,
                     [view, fillMenu = std::move(fillMenu)](const QPoint &pos) {
                         const QModelIndex index = view->indexAt(pos);
                         if (index.isValid())
                             view->setCurrentIndex(index);
                         auto *menu = new QMenu(view);
                         menu->setAttribute(Qt::WA_DeleteOnClose);
                         fillMenu(menu);
                         menu->popup(view->viewport()->mapToGlobal(pos));
                     });
}

} // namespace brickdesk
