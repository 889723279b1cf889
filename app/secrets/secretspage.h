#pragma once

#include "app/common/areapage.h"

namespace brickdesk {

class SecretsBrowser;
class SecretsModel;

// The Secrets area: scopes, keys and who may use them. While attached it
// owns the tree's model.
class SecretsPage : public AreaPage
{
    Q_OBJECT

public:
    explicit SecretsPage(QWidget *parent = nullptr);
    ~SecretsPage() override;

    SecretsBrowser *browser() const { return m_browser; }
    // Null while detached.
    SecretsModel *model() const { return m_model; }

protected:
    void onAttached(const AreaContext &context) override;
    void onDetached() override;

private:
    SecretsBrowser *m_browser;
    SecretsModel *m_model = nullptr;
};

} // namespace brickdesk
