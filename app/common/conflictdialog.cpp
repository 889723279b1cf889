#include "app/common/conflictdialog.h"

#include "app/common/testseam.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {
TestSeam<ConflictDialog::PresetAnswer> s_presetAnswer;
int s_questionsAsked = 0;
} // namespace

ConflictDialog::ConflictDialog(const ConflictResolver::Question &question, QWidget *parent)
    : QDialog(parent)
    , m_applyToAll(new QCheckBox)
{
    setObjectName(u"conflictDialog"_s);
    setWindowTitle(tr("Already exists"));
    setAttribute(Qt::WA_DeleteOnClose);

    auto *icon = new QLabel;
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxQuestion).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    auto *text = new QLabel(tr("<b>“%1” already exists.</b>").arg(question.name.toHtmlEscaped()));
    auto *where = new QLabel(question.target);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setWordWrap(true);
    auto *hint = new QLabel(tr("Overwriting replaces it only once the new copy is complete."));
    hint->setWordWrap(true);
    hint->setEnabled(false); // secondary text

    m_applyToAll->setText(question.remaining > 0
                              ? tr("Do the same for the %n other conflict(s) and any later ones",
                                   nullptr, question.remaining)
                              : tr("Do the same for any later conflicts in this transfer"));
    m_applyToAll->setObjectName(u"applyToAll"_s);

    auto *buttons = new QDialogButtonBox;
    QPushButton *overwrite =
        buttons->addButton(tr("&Overwrite"), QDialogButtonBox::DestructiveRole);
    QPushButton *keepBoth = buttons->addButton(tr("&Keep Both"), QDialogButtonBox::AcceptRole);
    QPushButton *skip = buttons->addButton(tr("&Skip"), QDialogButtonBox::RejectRole);
    keepBoth->setVisible(question.canKeepBoth);
    skip->setDefault(true); // Enter never destroys anything
    connect(overwrite, &QPushButton::clicked, this, [this] { choose(ConflictChoice::Overwrite); });
    connect(keepBoth, &QPushButton::clicked, this, [this] { choose(ConflictChoice::KeepBoth); });
    connect(skip, &QPushButton::clicked, this, [this] { choose(ConflictChoice::Skip); });

    auto *textColumn = new QVBoxLayout;
    textColumn->addWidget(text);
    textColumn->addWidget(where);
    textColumn->addWidget(hint);
    textColumn->addSpacing(6);
    textColumn->addWidget(m_applyToAll);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(textColumn, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
}

void ConflictDialog::choose(ConflictChoice choice)
{
    if (m_answered)
        return;
    m_answered = true;
    emit answered(choice, m_applyToAll->isChecked());
    QDialog::done(Accepted);
}

void ConflictDialog::reject()
{
    // Escape or closing the window is the safe answer: skip this one.
    choose(ConflictChoice::Skip);
}

ConflictResolver::Asker ConflictDialog::asker(QWidget *parent)
{
    QPointer<QWidget> owner(parent);
    return [owner](const ConflictResolver::Question &question, ConflictResolver::Answer answer) {
        ++s_questionsAsked;
        if (s_presetAnswer) {
            const PresetAnswer preset = *s_presetAnswer;
            QTimer::singleShot(0, [answer, preset] { answer(preset.choice, preset.applyToAll); });
            return;
        }
        auto *dialog = new ConflictDialog(question, owner);
        connect(dialog, &ConflictDialog::answered, dialog, answer);
        dialog->open();
    };
}

void ConflictDialog::setAnswerForTesting(std::optional<PresetAnswer> answer)
{
    s_presetAnswer.set(answer);
}

int ConflictDialog::questionsAskedForTesting()
{
    return s_questionsAsked;
}

} // namespace brickdesk
