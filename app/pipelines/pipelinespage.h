#pragma once

#include "app/common/areapage.h"

namespace brickdesk {

class PipelinesBrowser;
class PipelinesModel;

// The Pipelines area (Delta Live Tables / Lakeflow Declarative Pipelines):
// the pipelines, their settings, updates with a timeline each and event
// log, and what can be done to them. While attached it owns the model.
class PipelinesPage : public AreaPage
{
    Q_OBJECT

public:
    explicit PipelinesPage(QWidget *parent = nullptr);
    ~PipelinesPage() override;

    PipelinesBrowser *browser() const { return m_browser; }
    // Null while detached.
    PipelinesModel *model() const { return m_model; }

protected:
    void onAttached(const AreaContext &context) override;
    void onDetached() override;

private:
    PipelinesBrowser *m_browser;
    PipelinesModel *m_model = nullptr;
};

} // namespace brickdesk
