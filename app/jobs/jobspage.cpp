#include "app/jobs/jobspage.h"

#include "app/jobs/jobsbrowser.h"
#include "core/jobs/jobsmodel.h"

using namespace Qt::StringLiterals;

namespace brickdesk {

JobsPage::JobsPage(QWidget *parent)
    : AreaPage(u"jobs"_s, QIcon(u":/icons/nav-jobs.svg"_s), parent)
    , m_browser(new JobsBrowser(this))
{
    setAccessibleName(tr("Jobs"));
    setContent(m_browser);
}

JobsPage::~JobsPage()
{
    detach();
}

void JobsPage::onAttached(const AreaContext &context)
{
    m_model = new JobsModel(context.client, this);
    m_browser->setJobs(m_model, context.client, context.workspaceName);
}

void JobsPage::onDetached()
{
    m_browser->setJobs(nullptr, nullptr, QString());
    delete m_model;
    m_model = nullptr;
}

} // namespace brickdesk
