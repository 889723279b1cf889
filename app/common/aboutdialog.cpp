#include "app/common/aboutdialog.h"

#include "brickdesk_version.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Brickdesk"));
    setObjectName(u"aboutDialog"_s);

    auto *icon = new QLabel;
    icon->setPixmap(QIcon(u":/icons/brickdesk.svg"_s).pixmap(QSize(96, 96), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);

    auto *name = new QLabel(tr("Brickdesk"));
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setWeight(QFont::DemiBold);
    name->setFont(nameFont);

    auto *version =
        new QLabel(tr("Version %1 · Qt %2 (built with %3)")
                       .arg(QStringLiteral(BRICKDESK_VERSION), QString::fromLatin1(qVersion()),
                            QStringLiteral(QT_VERSION_STR)));
    version->setObjectName(u"version"_s);
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *description = new QLabel(
        tr("A native desktop console for administering Databricks workspaces: the workspace "
           "tree, jobs, clusters, DBFS, secrets and pipelines, through the public REST API."));
    description->setWordWrap(true);

    // Only a homepage that exists is linked (the project sets none yet).
    const QString homepage = QStringLiteral(BRICKDESK_HOMEPAGE);
    auto *links = new QLabel(tr("<a href=\"%1\">%1</a>").arg(homepage));
    links->setOpenExternalLinks(true);
    links->setTextFormat(Qt::RichText);
    links->setVisible(!homepage.isEmpty());

    auto *license = new QLabel(tr("Licensed under the Apache License, Version 2.0. Databricks "
                                  "is a trademark of Databricks, Inc.; Brickdesk is not "
                                  "affiliated with it."));
    license->setWordWrap(true);
    QPalette muted = license->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText).darker(130));
    license->setPalette(muted);

    auto *text = new QVBoxLayout;
    text->setSpacing(8);
    text->addWidget(name);
    text->addWidget(version);
    text->addSpacing(6);
    text->addWidget(description);
    text->addWidget(links);
    text->addSpacing(6);
    text->addWidget(license);
    text->addStretch();

    auto *top = new QHBoxLayout;
    top->setSpacing(20);
    top->addWidget(icon);
    top->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->setSpacing(16);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace brickdesk
