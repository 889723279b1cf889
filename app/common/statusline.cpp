#include "app/common/statusline.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace brickdesk {

StatusLine::StatusLine(const QString &statusName, const QString &errorName,
                       const QString &dismissName, QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_dismiss(new QToolButton(this))
{
    m_status->setObjectName(statusName);
    m_error->setObjectName(errorName);
    m_error->setWordWrap(true);
    // Selectable so that an error can be copied into a support request.
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb4, 0x23, 0x18));
    m_error->setPalette(errorPalette);
    m_dismiss->setObjectName(dismissName);
    m_dismiss->setAutoRaise(true);
    m_dismiss->setText(tr("Dismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_error, 1);
    layout->addWidget(m_dismiss);
    connect(m_dismiss, &QToolButton::clicked, this, [this] { showError(QString()); });
    hide();
    m_status->hide();
    m_error->hide();
    m_dismiss->hide();

    m_statusTimeout.setSingleShot(true);
    connect(&m_statusTimeout, &QTimer::timeout, this, [this] { showStatus(QString(), false); });
}

StatusLine::~StatusLine()
{
    // The busy cursor is application-wide: never leave it behind.
    if (m_busyCursor)
        QApplication::restoreOverrideCursor();
}

void StatusLine::setStatusTimeout(int msec)
{
    m_statusTimeout.setInterval(msec);
}

QString StatusLine::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

QString StatusLine::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void StatusLine::showStatus(const QString &text, bool busy)
{
    if (busy != m_busyCursor) {
        m_busyCursor = busy;
        if (busy)
            QApplication::setOverrideCursor(Qt::BusyCursor);
        else
            QApplication::restoreOverrideCursor();
    }
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        m_error->hide();
        m_dismiss->hide();
    }
    // Only a finished status times out; a busy one lasts as long as the work.
    if (m_statusTimeout.interval() > 0 && !text.isEmpty() && !busy)
        m_statusTimeout.start();
    else
        m_statusTimeout.stop();
    setVisible(!text.isEmpty() || !m_error->isHidden());
}

void StatusLine::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    // Only an error stays until dismissed; a status line goes by itself.
    m_dismiss->setVisible(!message.isEmpty());
    if (!message.isEmpty()) {
        m_status->hide();
        m_statusTimeout.stop();
    }
    setVisible(!message.isEmpty() || !m_status->isHidden());
}

} // namespace brickdesk
