#include "app/secrets/secretspage.h"

#include "app/secrets/secretsbrowser.h"
#include "core/secrets/secretsmodel.h"

using namespace Qt::StringLiterals;

namespace brickdesk {

SecretsPage::SecretsPage(QWidget *parent)
    : AreaPage(u"secrets"_s, QIcon(u":/icons/nav-secrets.svg"_s), parent)
    , m_browser(new SecretsBrowser(this))
{
    setAccessibleName(tr("Secrets"));
    setContent(m_browser);
}

SecretsPage::~SecretsPage()
{
    detach();
}

void SecretsPage::onAttached(const AreaContext &context)
{
    m_model = new SecretsModel(context.client, this);
    m_browser->setSecrets(m_model, context.client, context.workspaceName);
}

void SecretsPage::onDetached()
{
    m_browser->setSecrets(nullptr, nullptr, QString());
    delete m_model;
    m_model = nullptr;
}

} // namespace brickdesk
