#include "app/dbfs/dbfsbrowser.h"

#include "app/common/filterbox.h"
#include "app/common/statusline.h"
#include "app/dbfs/dbfsactions.h"
#include "app/dbfs/dbfsview.h"
#include "core/common/treefilterproxy.h"
#include "core/dbfs/dbfsmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

DbfsBrowser::DbfsBrowser(QWidget *parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar(this))
    , m_filter(new FilterBox(this))
    , m_statusLine(new StatusLine(u"dbfsStatus"_s, u"dbfsError"_s, u"dismissDbfsError"_s, this))
    , m_view(new DbfsView(this))
    , m_actions(new DbfsActions(m_view))
{
    setObjectName(u"dbfsBrowser"_s);

    m_toolBar->setObjectName(u"dbfsToolBar"_s);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    for (QAction *action : m_actions->toolbarActions()) {
        // Separate what changes DBFS from what only looks at it.
        if (action == m_actions->renameAction() || action == m_actions->copyPathAction())
            m_toolBar->addSeparator();
        m_toolBar->addAction(action);
    }
    // The two things people come here for read better with their text.
    for (QAction *action : {m_actions->newFolderAction(), m_actions->uploadAction()}) {
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }

    m_filter->setObjectName(u"dbfsFilter"_s);
    m_filter->setReturnFocusTo(m_view);
    connect(m_filter, &QLineEdit::textChanged, m_view, &DbfsView::setNameFilter);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(4, 2, 6, 2);
    top->setSpacing(6);
    top->addWidget(m_toolBar, 1);
    top->addWidget(m_filter);

    // "Copied dbfs:/…" needs reading once, not forever.
    m_statusLine->setStatusTimeout(6000);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_statusLine);
    layout->addWidget(m_view, 1);

    connect(m_actions, &DbfsActions::statusChanged, m_statusLine, &StatusLine::showStatus);
    connect(m_actions, &DbfsActions::errorOccurred, m_statusLine, &StatusLine::showError);
}

void DbfsBrowser::setDbfs(DbfsModel *model, const QString &workspace, TransferQueue *queue)
{
    if (DbfsModel *old = m_view->dbfsModel())
        disconnect(old, nullptr, m_actions, nullptr);
    m_view->setDbfsModel(model);
    m_actions->setWorkspace(workspace, queue);
    if (model) {
        connect(model, &DbfsModel::moveRequested, m_actions, &DbfsActions::moveInto);
        connect(model, &DbfsModel::uploadRequested, m_actions, &DbfsActions::uploadInto);
    }
    m_statusLine->showStatus(QString(), false);
    m_statusLine->showError(QString());
}

QLineEdit *DbfsBrowser::filterEdit() const
{
    return m_filter;
}

QString DbfsBrowser::statusText() const
{
    return m_statusLine->statusText();
}

QString DbfsBrowser::errorText() const
{
    return m_statusLine->errorText();
}

} // namespace brickdesk
