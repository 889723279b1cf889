#include "app/common/jsoneditor/jsonpayloaddialog.h"

#include "app/common/confirmdialog.h"
#include "app/common/jsoneditor/jsondiffview.h"
#include "app/common/jsoneditor/jsonpayloadeditor.h"
#include "app/common/jsoneditor/jsontextedit.h"
#include "core/net/apierror.h"
#include "core/payload/jsonformatter.h"
#include "core/payload/payloadkinds.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

QString startingText(const JsonPayloadDialog::Setup &setup)
{
    if (setup.original)
        return JsonFormatter::normalised(*setup.original);
    if (!setup.initialText.isEmpty())
        return setup.initialText;
    const QList<PayloadTemplate> templates = PayloadKinds::templates(setup.kind);
    return templates.isEmpty() ? u"{\n}\n"_s : templates.first().text();
}

} // namespace

JsonPayloadDialog::JsonPayloadDialog(const Setup &setup, QWidget *parent)
    : QDialog(parent)
    , m_setup(setup)
    , m_startText(startingText(setup))
    , m_notice(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_editor(new JsonPayloadEditor(
          PayloadChecker(PayloadKinds::validator(setup.kind), setup.original, setup.pinnedKeys),
          this))
    , m_diff(new JsonDiffView(this))
    , m_busyLabel(new QLabel(tr("Sending…"), this))
    , m_format(new QPushButton(tr("&Format"), this))
    , m_back(new QPushButton(tr("&Back to Editing"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_apply(new QPushButton(setup.actionText.isEmpty() ? tr("&Apply") : setup.actionText, this))
    , m_confirm(new QPushButton(tr("&Confirm"), this))
{
    setObjectName(setup.objectName.isEmpty() ? u"jsonPayloadDialog"_s : setup.objectName);
    setWindowTitle(setup.title);
    setAccessibleName(setup.title);
    setSizeGripEnabled(true);
    resize(760, 640);

    m_notice->setObjectName(u"jsonPayloadNotice"_s);
    m_notice->setAccessibleName(tr("Notice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette warning = m_notice->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc4, 0x2b, 0x1c));
    m_notice->setPalette(warning);
    m_notice->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);

    if (!setup.caution.isEmpty()) {
        auto *caution = new QLabel(setup.caution, this);
        caution->setObjectName(u"jsonPayloadCaution"_s);
        caution->setAccessibleName(tr("Caution"));
        caution->setWordWrap(true);
        caution->setTextInteractionFlags(Qt::TextSelectableByMouse);
        caution->setStyleSheet(u"QLabel { background: #fff4d6; border: 1px solid #e0c170;"
                               " border-radius: 3px; padding: 4px 6px; color: #5c4500; }"_s);
        layout->addWidget(caution);
    }

    m_toolRow = new QHBoxLayout;
    const QList<PayloadTemplate> templates = PayloadKinds::templates(setup.kind);
    if (!setup.original && !templates.isEmpty()) {
        m_templates = new QComboBox(this);
        m_templates->setObjectName(u"jsonPayloadTemplates"_s);
        m_templates->setAccessibleName(tr("Start from a template"));
        m_templates->addItem(tr("Start from a template…"));
        for (const PayloadTemplate &payloadTemplate : templates)
            m_templates->addItem(payloadTemplate.title, payloadTemplate.id);
        connect(m_templates, &QComboBox::activated, this, &JsonPayloadDialog::useTemplate);
        auto *templateLabel = new QLabel(tr("&Template:"), this);
        templateLabel->setBuddy(m_templates);
        m_toolRow->addWidget(templateLabel);
        m_toolRow->addWidget(m_templates);
    }
    m_toolRow->addStretch();
    layout->addLayout(m_toolRow);

    m_editor->setObjectName(u"jsonPayloadEditor"_s);
    m_editor->setAccessibleName(tr("Payload editor"));
    m_diff->setObjectName(u"jsonPayloadDiff"_s);
    m_diff->setAccessibleName(tr("Review of the changes"));
    m_pages->addWidget(m_editor);
    m_pages->addWidget(m_diff);
    layout->addWidget(m_pages, 1);

    m_format->setObjectName(u"jsonPayloadFormat"_s);
    m_format->setAccessibleName(tr("Format"));
    m_format->setToolTip(tr("Indent the JSON, keeping its key order (Ctrl+Shift+F)"));
    m_back->setObjectName(u"jsonPayloadBack"_s);
    m_back->setAccessibleName(tr("Back to editing"));
    m_cancel->setObjectName(u"jsonPayloadCancel"_s);
    m_cancel->setAccessibleName(tr("Cancel"));
    m_apply->setObjectName(u"jsonPayloadApply"_s);
    m_apply->setAccessibleName(m_apply->text().remove(u'&'));
    m_apply->setToolTip(tr("Check the payload and send it (Ctrl+Return)"));
    m_confirm->setObjectName(u"jsonPayloadConfirm"_s);
    m_confirm->setAccessibleName(tr("Confirm and send"));
    m_busyLabel->setObjectName(u"jsonPayloadBusy"_s);
    m_busyLabel->setAccessibleName(tr("Sending"));
    m_busyLabel->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_format);
    buttons->addStretch();
    buttons->addWidget(m_busyLabel);
    buttons->addWidget(m_back);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_confirm);
    layout->addLayout(buttons);

    connect(m_format, &QPushButton::clicked, this, &JsonPayloadDialog::formatText);
    connect(m_back, &QPushButton::clicked, this, &JsonPayloadDialog::backToEditing);
    connect(m_cancel, &QPushButton::clicked, this, &JsonPayloadDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &JsonPayloadDialog::apply);
    connect(m_confirm, &QPushButton::clicked, this, &JsonPayloadDialog::confirm);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        connect(new QShortcut(keys, this), &QShortcut::activated, this, [this] {
            if (!isReviewing())
                apply();
        });
    }
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this),
            &QShortcut::activated, this, &JsonPayloadDialog::formatText);

    m_editor->setText(m_startText);
    m_editor->textEdit()->setFocus();
    updateButtons();
}

bool JsonPayloadDialog::finishSubmit(const std::optional<ApiError> &error, const QString &refusal)
{
    if (!error) {
        accept();
        return true;
    }
    setBusy(false);
    showServerError(refusal.isEmpty() ? error->message : refusal);
    return false;
}

void JsonPayloadDialog::addToolWidget(QWidget *widget)
{
    // Before the stretch that closes the row.
    m_toolRow->insertWidget(m_toolRow->count() - 1, widget);
}

QString JsonPayloadDialog::text() const
{
    return m_editor->text();
}

void JsonPayloadDialog::setText(const QString &text)
{
    m_editor->setText(text);
}

bool JsonPayloadDialog::isModified() const
{
    return text() != m_startText;
}

bool JsonPayloadDialog::isReviewing() const
{
    return m_pages->currentWidget() == m_diff;
}

QString JsonPayloadDialog::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void JsonPayloadDialog::apply()
{
    if (m_busy || isReviewing())
        return;
    const PayloadChecker::Result &result = m_editor->checkNow();
    if (!result.canSubmit()) {
        m_editor->showFirstProblem();
        return;
    }
    if (!m_setup.original) {
        submit(result.payload);
        return;
    }
    if (!m_diff->setPayloads(*m_setup.original, result.payload)) {
        m_notice->setText(tr("Nothing changed: the payload is the same as on the server."));
        m_notice->show();
        return;
    }
    m_reviewed = result.payload;
    m_pages->setCurrentWidget(m_diff);
    updateButtons();
    m_confirm->setFocus();
}

void JsonPayloadDialog::confirm()
{
    if (m_busy || !isReviewing())
        return;
    submit(m_reviewed);
}

void JsonPayloadDialog::backToEditing()
{
    m_pages->setCurrentWidget(m_editor);
    updateButtons();
    m_editor->textEdit()->setFocus();
}

void JsonPayloadDialog::formatText()
{
    if (m_busy || isReviewing())
        return;
    if (!m_editor->formatText())
        m_editor->showFirstProblem();
}

void JsonPayloadDialog::submit(const QJsonObject &payload)
{
    m_notice->hide();
    emit submitted(payload);
}

void JsonPayloadDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_editor->setReadOnly(busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
    updateButtons();
}

void JsonPayloadDialog::showServerError(const QString &message)
{
    setBusy(false);
    m_notice->setText(tr("The server refused the payload: %1").arg(message));
    m_notice->show();
    backToEditing();
}

void JsonPayloadDialog::reject()
{
    if (!isModified() || m_discardConfirmed || m_busy) {
        QDialog::reject();
        return;
    }
    ConfirmDialog::Question question;
    question.workspace = m_setup.workspace;
    question.what = tr("Discard your changes to this payload?");
    question.details = tr("What you typed is lost; nothing was sent.");
    question.action = tr("Discard");
    ConfirmDialog::ask(this, question, [this](bool discard) {
        if (!discard)
            return;
        m_discardConfirmed = true;
        QDialog::reject();
    });
}

void JsonPayloadDialog::useTemplate(int index)
{
    const QList<PayloadTemplate> templates = PayloadKinds::templates(m_setup.kind);
    // Item 0 is the prompt; it stays the current item so a template can be picked again.
    m_templates->setCurrentIndex(0);
    if (index < 1 || index > templates.size())
        return;
    const PayloadTemplate chosen = templates.at(index - 1);
    const auto replace = [this, chosen] {
        m_startText = chosen.text();
        m_editor->setText(m_startText);
        m_editor->textEdit()->setFocus();
    };
    if (!isModified()) {
        replace();
        return;
    }
    ConfirmDialog::Question question;
    question.workspace = m_setup.workspace;
    question.what = tr("Replace your changes with the template “%1”?").arg(chosen.title);
    question.action = tr("Replace");
    ConfirmDialog::ask(this, question, [replace](bool confirmed) {
        if (confirmed)
            replace();
    });
}

void JsonPayloadDialog::updateButtons()
{
    const bool reviewing = isReviewing();
    m_format->setVisible(!reviewing);
    m_apply->setVisible(!reviewing);
    m_back->setVisible(reviewing);
    m_confirm->setVisible(reviewing);
    m_busyLabel->setVisible(m_busy);
    for (QWidget *control : {static_cast<QWidget *>(m_format), static_cast<QWidget *>(m_apply),
                             static_cast<QWidget *>(m_back), static_cast<QWidget *>(m_confirm)})
        control->setEnabled(!m_busy);
    if (m_templates)
        m_templates->setEnabled(!m_busy && !reviewing);
    m_confirm->setDefault(reviewing);
}

} // namespace brickdesk
