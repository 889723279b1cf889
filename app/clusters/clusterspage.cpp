#include "app/clusters/clusterspage.h"

#include "app/clusters/clustersbrowser.h"
#include "core/clusters/clustersmodel.h"

using namespace Qt::StringLiterals;

namespace brickdesk {

ClustersPage::ClustersPage(QWidget *parent)
    : AreaPage(u"clusters"_s, QIcon(u":/icons/nav-clusters.svg"_s), parent)
    , m_browser(new ClustersBrowser(this))
{
    setAccessibleName(tr("Clusters"));
    setContent(m_browser);
}

ClustersPage::~ClustersPage()
{
    detach();
}

void ClustersPage::onAttached(const AreaContext &context)
{
    m_model = new ClustersModel(context.client, this);
    m_browser->setClusters(m_model, context.client, context.workspaceName);
}

void ClustersPage::onDetached()
{
    m_browser->setClusters(nullptr, nullptr, QString());
    delete m_model;
    m_model = nullptr;
}

} // namespace brickdesk
