#pragma once

#include <QWidget>

class QLineEdit;
class QToolBar;

namespace brickdesk {

class DbfsActions;
class DbfsModel;
class DbfsView;
class FilterBox;
class StatusLine;
class TransferQueue;

// The connected DBFS area: a toolbar and a name filter over the tree, and a
// status line for what is going on and what went wrong.
class DbfsBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit DbfsBrowser(QWidget *parent = nullptr);

    // `model` and `queue` are not owned; nullptr clears. `workspace` names
    // the workspace in questions.
    void setDbfs(DbfsModel *model, const QString &workspace, TransferQueue *queue);

    DbfsView *view() const { return m_view; }
    DbfsActions *actions() const { return m_actions; }
    QLineEdit *filterEdit() const;
    QToolBar *toolBar() const { return m_toolBar; }
    // The status line's text and the last error shown; empty when none is.
    QString statusText() const;
    QString errorText() const;

private:
    QToolBar *m_toolBar;
    FilterBox *m_filter;
    StatusLine *m_statusLine;
    DbfsView *m_view;
    DbfsActions *m_actions;
};

} // namespace brickdesk
