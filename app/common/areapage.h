#pragma once

#include "app/common/areacontext.h"

#include <QIcon>
#include <QStackedWidget>

namespace brickdesk {

class MessagePage;

// The page of one area (Workspace, DBFS, Jobs…) in one workspace. It shows
// either a message (connecting, or why connecting failed, with one Try
// Again) or the area's content, and it owns what the content needs while the
// workspace is connected: attach() hands it the connection, detach() takes
// it back. Subclasses build their content once, call setContent(), and
// create and drop their models in onAttached() / onDetached().
class AreaPage : public QStackedWidget
{
    Q_OBJECT

public:
    // `icon` is shown above the connecting message.
    AreaPage(const QString &areaId, const QIcon &icon, QWidget *parent = nullptr);
    ~AreaPage() override;

    QString areaId() const { return m_areaId; }
    MessagePage *messagePage() const { return m_message; }
    QWidget *content() const { return m_content; }
    bool isAttached() const { return m_attached; }
    // The connection while attached; empty otherwise.
    const AreaContext &context() const { return m_context; }

    // Detaches and says what is going on ("Connecting to prod…").
    void showConnecting(const QString &what);
    // Detaches and shows `title` over `problem`; with `canRetry`, one Try
    // Again button that emits retryRequested().
    void showFailed(const QString &title, const QString &problem, bool canRetry);
    // Hands the page a connection and shows its content.
    void attach(const AreaContext &context);
    // Takes the connection back: the page drops everything built on it.
    void detach();
    // Shows `target` in this area (a workspace path in the workspace tree),
    // as asked by another area through revealRequested(). Nothing by default.
    virtual void reveal(const QString &target) { static_cast<void>(target); }

signals:
    void retryRequested();
    // Asks the workspace to switch to area `areaId` and reveal `target`
    // there (a pipeline's notebook library, shown in the workspace tree).
    void revealRequested(const QString &areaId, const QString &target);

protected:
    // Called once, from the subclass's constructor.
    void setContent(QWidget *content);
    virtual void onAttached(const AreaContext &context) = 0;
    virtual void onDetached() = 0;

private:
    void showMessage(const QIcon &icon, const QString &title, const QString &problem);

    QString m_areaId;
    QIcon m_icon;
    MessagePage *m_message;
    QWidget *m_content = nullptr;
    AreaContext m_context;
    bool m_attached = false;
};

} // namespace brickdesk
