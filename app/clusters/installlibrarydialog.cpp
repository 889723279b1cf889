#include "app/clusters/installlibrarydialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

QLabel *messageLabel(const QString &objectName, const QString &color, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setStyleSheet(u"color: %1;"_s.arg(color));
    label->hide();
    return label;
}

bool hasRepository(LibrarySpec::Kind kind)
{
    return kind == LibrarySpec::Kind::PyPI || kind == LibrarySpec::Kind::Maven;
}

} // namespace

InstallLibraryDialog::InstallLibraryDialog(const QString &clusterName, QWidget *parent)
    : QDialog(parent)
    , m_inputs(new QWidget(this))
    , m_kind(new QComboBox(m_inputs))
    , m_textLabel(new QLabel(m_inputs))
    , m_text(new QLineEdit(m_inputs))
    , m_repoLabel(new QLabel(m_inputs))
    , m_repo(new QLineEdit(m_inputs))
    , m_problem(messageLabel(u"installLibraryProblem"_s, u"#8a5a00"_s, this))
    , m_error(messageLabel(u"installLibraryError"_s, u"#b42318"_s, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_install(m_buttons->button(QDialogButtonBox::Ok))
{
    setObjectName(u"installLibraryDialog"_s);
    setWindowTitle(tr("Install Library — %1").arg(clusterName));
    setAccessibleName(tr("Install a library on %1").arg(clusterName));

    m_kind->setObjectName(u"libraryKind"_s);
    m_kind->setAccessibleName(tr("Library kind"));
    using Kind = LibrarySpec::Kind;
    m_kind->addItem(tr("PyPI"), int(Kind::PyPI));
    m_kind->addItem(tr("Maven"), int(Kind::Maven));
    m_kind->addItem(tr("Wheel"), int(Kind::Wheel));
    m_kind->addItem(tr("JAR"), int(Kind::Jar));
    m_kind->addItem(tr("Requirements file"), int(Kind::Requirements));
    m_text->setObjectName(u"libraryText"_s);
    m_text->setClearButtonEnabled(true);
    m_repo->setObjectName(u"libraryRepository"_s);
    m_repo->setClearButtonEnabled(true);
    m_textLabel->setBuddy(m_text);
    m_repoLabel->setBuddy(m_repo);

    auto *form = new QFormLayout(m_inputs);
    form->setContentsMargins(0, 0, 0, 0);
    auto *kindLabel = new QLabel(tr("&Kind:"), m_inputs);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, m_kind);
    form->addRow(m_textLabel, m_text);
    form->addRow(m_repoLabel, m_repo);

    m_install->setText(tr("&Install"));
    m_install->setObjectName(u"installLibraryButton"_s);
    m_install->setAccessibleName(tr("Install the library"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelInstallLibrary"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_inputs);
    layout->addWidget(m_problem);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &InstallLibraryDialog::kindChanged);
    for (QLineEdit *edit : {m_text, m_repo}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_edited = true;
            m_error->hide(); // what failed was the previous text
            update();
        });
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_result.isValid() && !m_busy)
            emit installRequested(m_result.library);
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    kindChanged();
}

InstallLibraryDialog *InstallLibraryDialog::ask(QWidget *parent, const QString &clusterName)
{
    auto *dialog = new InstallLibraryDialog(clusterName, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

LibrarySpec::Kind InstallLibraryDialog::kind() const
{
    return LibrarySpec::Kind(m_kind->currentData().toInt());
}

void InstallLibraryDialog::setLibrary(LibrarySpec::Kind kind, const QString &text,
                                      const QString &repo)
{
    const int index = m_kind->findData(int(kind));
    if (index >= 0)
        m_kind->setCurrentIndex(index);
    m_text->setText(text);
    m_repo->setText(repo);
}

void InstallLibraryDialog::kindChanged()
{
    using Kind = LibrarySpec::Kind;
    switch (kind()) {
    case Kind::PyPI:
    case Kind::Cran:
        m_textLabel->setText(tr("&Package:"));
        m_text->setPlaceholderText(tr("pandas==2.2.2"));
        m_text->setAccessibleName(tr("Package"));
        m_repoLabel->setText(tr("Index &URL:"));
        m_repo->setPlaceholderText(tr("Optional, e.g. https://pypi.example.com/simple"));
        m_repo->setAccessibleName(tr("PyPI index URL"));
        break;
    case Kind::Maven:
        m_textLabel->setText(tr("&Coordinates:"));
        m_text->setPlaceholderText(tr("com.databricks:spark-xml_2.12:0.18.0"));
        m_text->setAccessibleName(tr("Maven coordinates"));
        m_repoLabel->setText(tr("&Repository:"));
        m_repo->setPlaceholderText(tr("Optional, e.g. https://repo.example.com/maven"));
        m_repo->setAccessibleName(tr("Maven repository URL"));
        break;
    case Kind::Wheel:
        m_textLabel->setText(tr("&Path:"));
        m_text->setPlaceholderText(tr("/Workspace/Shared/wheels/package-1.0-py3-none-any.whl"));
        m_text->setAccessibleName(tr("Path of the wheel"));
        break;
    case Kind::Jar:
        m_textLabel->setText(tr("&Path:"));
        m_text->setPlaceholderText(tr("/Volumes/main/default/libs/udfs.jar"));
        m_text->setAccessibleName(tr("Path of the JAR"));
        break;
    case Kind::Requirements:
        m_textLabel->setText(tr("&Path:"));
        m_text->setPlaceholderText(tr("/Workspace/Shared/requirements.txt"));
        m_text->setAccessibleName(tr("Path of the requirements file"));
        break;
    }
    const bool repository = hasRepository(kind());
    m_repoLabel->setVisible(repository);
    m_repo->setVisible(repository);
    m_error->hide();
    update();
}

void InstallLibraryDialog::update()
{
    m_result = LibrarySpec::build(kind(), m_text->text(),
                                  hasRepository(kind()) ? m_repo->text() : QString());
    // Not nagging before anything was typed: the empty field speaks for itself.
    m_problem->setText(m_result.problem);
    m_problem->setVisible(!m_result.isValid() && m_edited);
    m_install->setEnabled(m_result.isValid() && !m_busy);
}

void InstallLibraryDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_inputs->setEnabled(!busy);
    m_install->setText(busy ? tr("Installing…") : tr("&Install"));
    update();
}

void InstallLibraryDialog::showError(const QString &message)
{
    m_error->setText(tr("The library was not installed: %1").arg(message));
    m_error->show();
    setBusy(false);
}

QString InstallLibraryDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace brickdesk
