#include "app/dbfs/dbfspage.h"

#include "app/dbfs/dbfsbrowser.h"
#include "app/dbfs/dbfsview.h"
#include "core/dbfs/dbfsmodel.h"

using namespace Qt::StringLiterals;

namespace brickdesk {

DbfsPage::DbfsPage(QWidget *parent)
    : AreaPage(u"dbfs"_s, QIcon(u":/icons/nav-dbfs.svg"_s), parent)
    , m_browser(new DbfsBrowser(this))
{
    setAccessibleName(tr("DBFS"));
    setContent(m_browser);
}

DbfsPage::~DbfsPage()
{
    detach();
}

DbfsView *DbfsPage::view() const
{
    return m_browser->view();
}

void DbfsPage::onAttached(const AreaContext &context)
{
    m_model = new DbfsModel(context.client, this);
    m_browser->setDbfs(m_model, context.workspaceName, context.transfers);
}

void DbfsPage::onDetached()
{
    m_browser->setDbfs(nullptr, QString(), nullptr);
    delete m_model;
    m_model = nullptr;
}

} // namespace brickdesk
