#include "app/pipelines/pipelinespage.h"

#include "app/pipelines/pipelinesbrowser.h"
#include "core/pipelines/pipelinesmodel.h"

using namespace Qt::StringLiterals;

namespace brickdesk {

PipelinesPage::PipelinesPage(QWidget *parent)
    : AreaPage(u"pipelines"_s, QIcon(u":/icons/nav-pipelines.svg"_s), parent)
    , m_browser(new PipelinesBrowser(this))
{
    setAccessibleName(tr("Pipelines"));
    setContent(m_browser);
    // A notebook the pipeline runs opens in the workspace tree.
    connect(m_browser, &PipelinesBrowser::workspacePathActivated, this,
            [this](const QString &path) { emit revealRequested(u"workspace"_s, path); });
}

PipelinesPage::~PipelinesPage()
{
    detach();
}

void PipelinesPage::onAttached(const AreaContext &context)
{
    m_model = new PipelinesModel(context.client, this);
    m_browser->setPipelines(m_model, context.client, context.workspaceName);
}

void PipelinesPage::onDetached()
{
    m_browser->setPipelines(nullptr, nullptr, QString());
    delete m_model;
    m_model = nullptr;
}

} // namespace brickdesk
