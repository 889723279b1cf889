#pragma once

#include "app/common/areapage.h"

namespace brickdesk {

class ClustersBrowser;
class ClustersModel;

// The Clusters area: all-purpose and job clusters, their configuration,
// events, workers over time and libraries, and what can be done to them.
// While attached it owns the clusters model.
class ClustersPage : public AreaPage
{
    Q_OBJECT

public:
    explicit ClustersPage(QWidget *parent = nullptr);
    ~ClustersPage() override;

    ClustersBrowser *browser() const { return m_browser; }
    // Null while detached.
    ClustersModel *model() const { return m_model; }

protected:
    void onAttached(const AreaContext &context) override;
    void onDetached() override;

private:
    ClustersBrowser *m_browser;
    ClustersModel *m_model = nullptr;
};

} // namespace brickdesk
