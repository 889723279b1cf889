#pragma once

#include <QStackedWidget>

namespace brickdesk {

class DbfsBrowser;
class DbfsModel;
class DbfsView;
class MessagePage;
class TransferQueue;

// The DBFS area: the file tree once connected, otherwise a page that says
// what is going on (connecting, or why connecting failed).
class DbfsPage : public QStackedWidget
{
    Q_OBJECT

public:
    explicit DbfsPage(QWidget *parent = nullptr);

    DbfsBrowser *browser() const { return m_browser; }
    DbfsView *view() const;
    MessagePage *messagePage() const { return m_message; }

    // Both pages drop the buttons a caller added before.
    void showConnecting(const QString &what);
    // `title` over `problem`; the caller may add buttons to messagePage().
    void showFailed(const QString &title, const QString &problem);
    // Shows the tree of `model` (not owned); `workspace` names it in
    // questions, `queue` (not owned) takes its uploads and downloads.
    void showDbfs(DbfsModel *model, const QString &workspace, TransferQueue *queue);

private:
    MessagePage *m_message;
    DbfsBrowser *m_browser;
};

} // namespace brickdesk
