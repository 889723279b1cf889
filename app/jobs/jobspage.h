#pragma once

#include "app/common/areapage.h"

namespace brickdesk {

class JobsBrowser;
class JobsModel;

// The Jobs area: jobs, their tasks and runs, and what can be done to them.
// While attached it owns the jobs model.
class JobsPage : public AreaPage
{
    Q_OBJECT

public:
    explicit JobsPage(QWidget *parent = nullptr);
    ~JobsPage() override;

    JobsBrowser *browser() const { return m_browser; }
    // Null while detached.
    JobsModel *model() const { return m_model; }

protected:
    void onAttached(const AreaContext &context) override;
    void onDetached() override;

private:
    JobsBrowser *m_browser;
    JobsModel *m_model = nullptr;
};

} // namespace brickdesk
