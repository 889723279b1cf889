#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolBar;
class QToolButton;

namespace brickdesk {

class DbfsActions;
class DbfsModel;
class DbfsView;
class TransferQueue;

// The connected DBFS area: a toolbar and a name filter over the tree, and a
// status line for what is going on and what went wrong.
class DbfsBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit DbfsBrowser(QWidget *parent = nullptr);
    ~DbfsBrowser() override;

    // `model` and `queue` are not owned; nullptr clears. `workspace` names
    // the workspace in questions.
    void setDbfs(DbfsModel *model, const QString &workspace, TransferQueue *queue);

    DbfsView *view() const { return m_view; }
    DbfsActions *actions() const { return m_actions; }
    QLineEdit *filterEdit() const { return m_filter; }
    QToolBar *toolBar() const { return m_toolBar; }
    // The status line's text and the last error shown; empty when none is.
    QString statusText() const;
    QString errorText() const;

private:
    void showStatus(const QString &text, bool busy);
    void showError(const QString &message);

    QToolBar *m_toolBar;
    QLineEdit *m_filter;
    QWidget *m_statusBar;
    QLabel *m_status;
    QLabel *m_error;
    QToolButton *m_dismiss;
    DbfsView *m_view;
    DbfsActions *m_actions;
    QTimer m_statusTimeout;
    bool m_busyCursor = false;
};

} // namespace brickdesk
