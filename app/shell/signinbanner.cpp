#include "app/shell/signinbanner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace brickdesk {

SignInBanner::SignInBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_button(new QPushButton(tr("Sign In Again"), this))
{
    setObjectName(u"signInBanner"_s);
    setAccessibleName(tr("Sign-in required"));
    setStyleSheet(u"QFrame#signInBanner { background: #fff6e0; border: none;"
                  " border-bottom: 1px solid #f0d48a; }"
                  "QFrame#signInBanner QLabel { color: #5c4200; }"_s);
    m_icon->setPixmap(QIcon(u":/icons/key.svg"_s).pixmap(QSize(18, 18), devicePixelRatioF()));
    m_text->setObjectName(u"signInText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_button->setObjectName(u"signInButton"_s);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 10, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &SignInBanner::signInRequested);
    hide();
}

void SignInBanner::showExpired(const QString &workspace)
{
    m_workspace = workspace;
    m_text->setText(tr("Your session for %1 has expired. Sign in again to continue; what you "
                       "were doing resumes afterwards.")
                        .arg(workspace));
    m_button->setEnabled(true);
    show();
}

void SignInBanner::showSigningIn()
{
    m_text->setText(tr("Waiting for the sign-in to %1 in your browser…").arg(m_workspace));
    m_button->setEnabled(false);
    show();
}

void SignInBanner::showFailed(const QString &problem)
{
    m_text->setText(tr("Signing in to %1 failed: %2").arg(m_workspace, problem));
    m_button->setEnabled(true);
    show();
}

QString SignInBanner::text() const
{
    return m_text->text();
}

} // namespace brickdesk
