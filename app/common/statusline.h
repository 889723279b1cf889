#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace brickdesk {

// One line under a browser's toolbar for what is going on (with a busy
// cursor while it lasts) or for what went wrong. An error stays until
// dismissed or the next status; a status can go by itself after a timeout.
// Hidden while it has nothing to say.
class StatusLine : public QWidget
{
    Q_OBJECT

public:
    // The object names are the tests' and style sheets' handles on the parts.
    StatusLine(const QString &statusName, const QString &errorName, const QString &dismissName,
               QWidget *parent = nullptr);
    ~StatusLine() override;

    // A status that is not busy goes away after `msec`; 0 (the default)
    // keeps it until replaced.
    void setStatusTimeout(int msec);

    // The status text and the error shown; empty when none is.
    QString statusText() const;
    QString errorText() const;

    // An empty `text` or `message` clears that part.
    void showStatus(const QString &text, bool busy);
    void showError(const QString &message);

private:
    QLabel *m_status;
    QLabel *m_error;
    QToolButton *m_dismiss;
    QTimer m_statusTimeout;
    bool m_busyCursor = false;
};

} // namespace brickdesk
