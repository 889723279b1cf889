#include "app/dbfs/dbfspage.h"

#include "app/common/messagepage.h"
#include "app/dbfs/dbfsbrowser.h"
#include "app/dbfs/dbfsview.h"

#include <QIcon>

using namespace Qt::StringLiterals;

namespace brickdesk {

DbfsPage::DbfsPage(QWidget *parent)
    : QStackedWidget(parent)
    , m_message(new MessagePage(this))
    , m_browser(new DbfsBrowser(this))
{
    setObjectName(u"dbfsPage"_s);
    setAccessibleName(tr("DBFS"));
    m_message->setObjectName(u"dbfsMessage"_s);
    addWidget(m_message);
    addWidget(m_browser);
    showConnecting(QString());
}

DbfsView *DbfsPage::view() const
{
    return m_browser->view();
}

void DbfsPage::showConnecting(const QString &what)
{
    m_browser->setDbfs(nullptr, QString(), nullptr);
    m_message->setIcon(QIcon(u":/icons/nav-dbfs.svg"_s));
    m_message->setTitle(what);
    m_message->setText(QString());
    m_message->setProblem(QString());
    m_message->clearButtons();
    setCurrentWidget(m_message);
}

void DbfsPage::showFailed(const QString &title, const QString &problem)
{
    showConnecting(title);
    m_message->setIcon(QIcon(u":/icons/disconnected.svg"_s));
    m_message->setProblem(problem);
}

void DbfsPage::showDbfs(DbfsModel *model, const QString &workspace, TransferQueue *queue)
{
    m_browser->setDbfs(model, workspace, queue);
    setCurrentWidget(m_browser);
}

} // namespace brickdesk
