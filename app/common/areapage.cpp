#include "app/common/areapage.h"

#include "app/common/messagepage.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace brickdesk {

AreaPage::AreaPage(const QString &areaId, const QIcon &icon, QWidget *parent)
    : QStackedWidget(parent)
    , m_areaId(areaId)
    , m_icon(icon)
    , m_message(new MessagePage(this))
{
    setObjectName(areaId + u"Page"_s);
    m_message->setObjectName(areaId + u"Message"_s);
    addWidget(m_message);
    showMessage(m_icon, QString(), QString());
}

// Subclasses detach in their own destructor when their models need their
// members; this one only forgets the context.
AreaPage::~AreaPage() = default;

void AreaPage::setContent(QWidget *content)
{
    Q_ASSERT(!m_content);
    m_content = content;
    addWidget(content);
}

void AreaPage::showMessage(const QIcon &icon, const QString &title, const QString &problem)
{
    m_message->setIcon(icon);
    m_message->setTitle(title);
    m_message->setText(QString());
    m_message->setProblem(problem);
    m_message->clearButtons();
    setCurrentWidget(m_message);
}

void AreaPage::showConnecting(const QString &what)
{
    detach();
    showMessage(m_icon, what, QString());
}

void AreaPage::showFailed(const QString &title, const QString &problem, bool canRetry)
{
    detach();
    showMessage(QIcon(u":/icons/disconnected.svg"_s), title, problem);
    if (canRetry) {
        QPushButton *retry = m_message->addButton(tr("Try Again"));
        retry->setObjectName(u"retryConnection"_s);
        connect(retry, &QPushButton::clicked, this, &AreaPage::retryRequested);
    }
}

void AreaPage::attach(const AreaContext &context)
{
    detach();
    m_context = context;
    m_attached = true;
    onAttached(context);
    if (m_content)
        setCurrentWidget(m_content);
}

void AreaPage::detach()
{
    if (!m_attached)
        return;
    onDetached();
    m_attached = false;
    m_context = AreaContext();
    showMessage(m_icon, QString(), QString());
}

} // namespace brickdesk
