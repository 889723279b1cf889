#pragma once

#include "app/common/areapage.h"

namespace brickdesk {

class DbfsBrowser;
class DbfsModel;
class DbfsView;

// The DBFS area: the file tree once connected. While attached it owns the
// DBFS model; uploads and downloads go to the workspace's transfer queue.
class DbfsPage : public AreaPage
{
    Q_OBJECT

public:
    explicit DbfsPage(QWidget *parent = nullptr);
    ~DbfsPage() override;

    DbfsBrowser *browser() const { return m_browser; }
    DbfsView *view() const;
    // Null while detached.
    DbfsModel *model() const { return m_model; }

protected:
    void onAttached(const AreaContext &context) override;
    void onDetached() override;

private:
    DbfsBrowser *m_browser;
    DbfsModel *m_model = nullptr;
};

} // namespace brickdesk
