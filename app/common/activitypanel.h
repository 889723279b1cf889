#pragma once

#include <QDockWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace brickdesk {

class ActivityModel;

// A dock listing every API call of the session as it happens: when, what,
// how it ended and how long it took. Meant for "why is this slow / what
// failed"; it shows paths and statuses only, never headers or tokens.
class ActivityPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit ActivityPanel(ActivityModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ActivityModel *model() const { return m_model; }
    // Shows another model (each open workspace has its own activity).
    void setModel(ActivityModel *model);

private:
    void updateSummary();
    void followNewRows();

    ActivityModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_summary;
    bool m_atBottom = true;
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace brickdesk
