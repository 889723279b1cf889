#pragma once

#include "core/auth/connectiontester.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace brickdesk {

// The outcome of "Test connection": an icon and one plain sentence, and the
// details (certificate, server text) behind a "Details" toggle.
class ConnectionTestView : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionTestView(QWidget *parent = nullptr);

    void clear();
    void showTesting();
    void showResult(const ConnectionTester::Result &result);
    // A problem before any request was made (host, keychain, sign-in).
    void showProblem(const QString &message);

    QString message() const;

private:
    void setDetails(const QString &details);

    QLabel *m_icon;
    QLabel *m_message;
    QToolButton *m_toggle;
    QPlainTextEdit *m_details;
};

} // namespace brickdesk
