#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace brickdesk {

// A calm strip at the top of a workspace: its OAuth session expired and the
// user must sign in again. Non-blocking: the calls made meanwhile wait and
// are replayed once the sign-in succeeds.
class SignInBanner : public QFrame
{
    Q_OBJECT

public:
    explicit SignInBanner(QWidget *parent = nullptr);

    void showExpired(const QString &workspace);
    void showSigningIn();
    void showFailed(const QString &problem);

    QString text() const;
    QPushButton *button() const { return m_button; }

signals:
    void signInRequested();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_button;
    QString m_workspace;
};

} // namespace brickdesk
