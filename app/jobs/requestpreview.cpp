#include "app/jobs/requestpreview.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QLayout>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk {

RequestPreview::RequestPreview(const QString &endpoint, QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(u"requestPreview"_s);
    m_toggle->setObjectName(u"requestPreviewToggle"_s);
    m_toggle->setText(tr("Request &preview (%1)").arg(endpoint));
    m_toggle->setAccessibleName(tr("Show the request that will be sent"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setAutoRaise(true);
    m_text->setObjectName(u"requestPreviewText"_s);
    m_text->setAccessibleName(tr("Request body as JSON"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setMinimumHeight(120);
    m_text->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle);
    layout->addWidget(m_text);
    connect(m_toggle, &QToolButton::toggled, this, &RequestPreview::setExpanded);
}

void RequestPreview::setBody(const QJsonObject &body)
{
    m_text->setPlainText(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented)));
}

QString RequestPreview::text() const
{
    return m_text->toPlainText();
}

bool RequestPreview::isExpanded() const
{
    return m_toggle->isChecked();
}

void RequestPreview::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_text->setVisible(expanded);
    // A dialog does not grow by itself when a child appears; make room for
    // the text, and give it back when it folds away.
    QWidget *top = window();
    if (top != this && top->isVisible() && top->layout()) {
        top->layout()->activate();
        const int height = top->sizeHint().height();
        top->resize(top->width(), expanded ? std::max(top->height(), height) : height);
    }
}

} // namespace brickdesk
