#include "app/connections/connectiontestview.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {
QPixmap pixmap(const QString &icon, const QWidget *widget)
{
    return QIcon(icon).pixmap(QSize(16, 16), widget->devicePixelRatioF());
}
} // namespace

ConnectionTestView::ConnectionTestView(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_toggle(new QToolButton(this))
    , m_details(new QPlainTextEdit(this))
{
    m_message->setObjectName(u"testMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_icon->setFixedSize(18, 18);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    m_toggle->setObjectName(u"testDetailsToggle"_s);
    m_toggle->setText(tr("Details"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_details->setObjectName(u"testDetails"_s);
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setMaximumHeight(140);
    m_details->hide();

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_icon, 0, 0, Qt::AlignTop);
    layout->addWidget(m_message, 0, 1);
    layout->addWidget(m_toggle, 1, 1, Qt::AlignLeft);
    layout->addWidget(m_details, 2, 0, 1, 2);
    layout->setColumnStretch(1, 1);

    connect(m_toggle, &QToolButton::toggled, this, [this](bool open) {
        m_details->setVisible(open);
        m_toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    clear();
}

void ConnectionTestView::clear()
{
    m_icon->clear();
    m_message->clear();
    setDetails(QString());
}

void ConnectionTestView::showTesting()
{
    m_icon->setPixmap(pixmap(u":/icons/loading.svg"_s, this));
    m_message->setText(tr("Testing the connection…"));
    setDetails(QString());
}

void ConnectionTestView::showResult(const ConnectionTester::Result &result)
{
    const bool ok = result.outcome == ConnectionTester::Outcome::Connected;
    m_icon->setPixmap(pixmap(ok ? u":/icons/ok.svg"_s : u":/icons/error.svg"_s, this));
    m_message->setText(result.message);
    setDetails(result.details);
    // A certificate problem is only solvable with the certificate in view.
    if (result.outcome == ConnectionTester::Outcome::TlsFailure && !result.details.isEmpty())
        m_toggle->setChecked(true);
}

void ConnectionTestView::showProblem(const QString &message)
{
    m_icon->setPixmap(pixmap(u":/icons/error.svg"_s, this));
    m_message->setText(message);
    setDetails(QString());
}

void ConnectionTestView::setDetails(const QString &details)
{
    m_details->setPlainText(details);
    m_toggle->setVisible(!details.isEmpty());
    if (details.isEmpty())
        m_toggle->setChecked(false);
}

QString ConnectionTestView::message() const
{
    return m_message->text();
}

} // namespace brickdesk
