#include "app/secrets/putsecretdialog.h"

#include "app/common/testseam.h"
#include "app/secrets/maskedtextedit.h"
#include "core/secrets/secretnames.h"
#include "core/transfers/backgroundtask.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

TestSeam<PutSecretDialog::Answer> s_answer;

struct FileRead
{
    QByteArray bytes;
    QString error;
};

// Off the GUI thread: a value file is small, but may sit on a slow share.
FileRead readValueFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, file.errorString()};
    if (file.size() > SecretNames::kMaxValueBytes)
        return {{},
                PutSecretDialog::tr("The file has %1; a secret holds at most %2.")
                    .arg(QLocale().formattedDataSize(file.size()),
                         QLocale().formattedDataSize(SecretNames::kMaxValueBytes))};
    return {file.readAll(), {}};
}

} // namespace

PutSecretDialog::PutSecretDialog(const QString &workspace, const QString &scope, const QString &key,
                                 QWidget *parent)
    : QDialog(parent)
    , m_key(new QLineEdit(key, this))
    , m_keyProblem(new QLabel(this))
    , m_value(new MaskedTextEdit(this))
    , m_show(new QCheckBox(tr("&Show"), this))
    , m_fromFile(new QPushButton(tr("From &File…"), this))
    , m_fileLabel(new QLabel(this))
    , m_size(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"putSecretDialog"_s);
    setWindowTitle(key.isEmpty() ? tr("Put Secret in “%1” — %2").arg(scope, workspace)
                                 : tr("Replace “%1” in “%2” — %3").arg(key, scope, workspace));
    m_key->setObjectName(u"secretKey"_s);
    m_key->setAccessibleName(tr("Key"));
    m_key->setReadOnly(!key.isEmpty());
    m_key->setPlaceholderText(tr("e.g. jdbc-password"));
    m_key->setMaxLength(SecretNames::kMaxLength + 1);
    m_keyProblem->setObjectName(u"secretKeyProblem"_s);
    m_keyProblem->setWordWrap(true);
    m_keyProblem->setStyleSheet(u"color: #b42318;"_s);
    m_keyProblem->hide();
    m_value->setObjectName(u"secretValue"_s);
    m_value->setAccessibleName(tr("Secret value"));
    m_value->setAccessibleDescription(tr("Hidden while Show is off"));
    m_value->setMinimumHeight(110);
    m_show->setObjectName(u"showSecretValue"_s);
    m_show->setAccessibleName(tr("Show the value"));
    m_fromFile->setObjectName(u"secretFromFile"_s);
    m_fromFile->setAccessibleName(tr("Read the value from a file"));
    m_fileLabel->setObjectName(u"secretFileLabel"_s);
    m_fileLabel->hide();
    m_size->setObjectName(u"secretValueSize"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(key.isEmpty() ? tr("Put") : tr("Replace"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"putSecretButton"_s);

    auto *valueTools = new QHBoxLayout;
    valueTools->addWidget(m_show);
    valueTools->addWidget(m_fromFile);
    valueTools->addStretch(1);
    valueTools->addWidget(m_size);
    auto *form = new QFormLayout;
    form->addRow(tr("Scope:"), new QLabel(scope, this));
    form->addRow(tr("&Key:"), m_key);
    form->addRow(QString(), m_keyProblem);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(QString(), m_fileLabel);
    form->addRow(QString(), valueTools);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());

    connect(m_key, &QLineEdit::textChanged, this, &PutSecretDialog::validate);
    connect(m_value, &QPlainTextEdit::textChanged, this, &PutSecretDialog::validate);
    connect(m_show, &QCheckBox::toggled, this, [this](bool show) { m_value->setMasked(!show); });
    connect(m_fromFile, &QPushButton::clicked, this, &PutSecretDialog::chooseFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    if (!key.isEmpty())
        m_value->setFocus();
}

PutSecretDialog::~PutSecretDialog()
{
    // Clearing the field below must not validate a dialog that is going.
    disconnect(m_value, nullptr, this, nullptr);
    m_fileBytes.fill('\0');
    m_value->clearSecurely();
}

PutSecretDialog::Answer PutSecretDialog::answer() const
{
    if (m_fromFileChosen)
        return {m_key->text(), {m_fileBytes, false}};
    return {m_key->text(), {m_value->toPlainText().toUtf8(), true}};
}

QString PutSecretDialog::problem() const
{
    if (const QString rule = SecretNames::keyNameProblem(m_key->text()); !rule.isEmpty())
        return rule;
    const qsizetype size =
        m_fromFileChosen ? m_fileBytes.size() : m_value->toPlainText().toUtf8().size();
    if (size > SecretNames::kMaxValueBytes)
        return tr("The value has %1; a secret holds at most %2.")
            .arg(QLocale().formattedDataSize(size),
                 QLocale().formattedDataSize(SecretNames::kMaxValueBytes));
    return {};
}

void PutSecretDialog::validate()
{
    const QString why = problem();
    m_keyProblem->setText(m_key->text().isEmpty() ? QString() : why);
    m_keyProblem->setVisible(!m_keyProblem->text().isEmpty());
    const qsizetype size =
        m_fromFileChosen ? m_fileBytes.size() : m_value->toPlainText().toUtf8().size();
    m_size->setText(tr("%1 of %2")
                        .arg(QLocale().formattedDataSize(size),
                             QLocale().formattedDataSize(SecretNames::kMaxValueBytes)));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void PutSecretDialog::chooseFile()
{
    auto *chooser = new QFileDialog(this, tr("Secret Value From File"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    connect(chooser, &QFileDialog::fileSelected, this, &PutSecretDialog::loadFile);
    chooser->open();
}

void PutSecretDialog::loadFile(const QString &path)
{
    m_fromFile->setEnabled(false);
    runInBackground(
        this, [path] { return readValueFile(path); },
        [this, path](FileRead read) {
            m_fromFile->setEnabled(true);
            if (!read.error.isEmpty()) {
                m_fileLabel->setText(tr("Could not use %1: %2").arg(path, read.error));
                m_fileLabel->show();
                emit fileLoaded(false);
                return;
            }
            m_value->clearSecurely();
            m_value->setEnabled(false);
            m_show->setEnabled(false);
            m_fileBytes = read.bytes;
            read.bytes.fill('\0');
            m_fromFileChosen = true;
            m_fileLabel->setText(tr("The value is the bytes of %1 (%2).")
                                     .arg(QFileInfo(path).fileName(),
                                          QLocale().formattedDataSize(m_fileBytes.size())));
            m_fileLabel->show();
            validate();
            emit fileLoaded(true);
        });
}

void PutSecretDialog::ask(QWidget *parent, const QString &workspace, const QString &scope,
                          const QString &key, Answered answered)
{
    if (s_answer) {
        Answer preset = *s_answer;
        if (!key.isEmpty())
            preset.key = key;
        const bool valid = SecretNames::keyNameProblem(preset.key).isEmpty() &&
                           preset.value.bytes.size() <= SecretNames::kMaxValueBytes;
        QTimer::singleShot(0, parent, [valid, preset, answered = std::move(answered)] {
            if (valid)
                answered(preset);
        });
        return;
    }
    auto *dialog = new PutSecretDialog(workspace, scope, key, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, dialog,
            [dialog, answered = std::move(answered)] { answered(dialog->answer()); });
    dialog->open();
}

void PutSecretDialog::setAnswerForTesting(std::optional<Answer> answer)
{
    s_answer.set(std::move(answer));
}

} // namespace brickdesk
