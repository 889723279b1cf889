#include "app/workspace/exportdialog.h"

#include "core/transfers/localnames.h"
#include "core/workspace/exportformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// The folder the last export went to: the next one starts there.
QString s_lastDirectory;

QString formatText(const QString &format, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix();
    QString text;
    if (format == ExportFormat::Source)
        text = ExportDialog::tr("Source file");
    else if (format == ExportFormat::Html)
        text = ExportDialog::tr("HTML page");
    else if (format == ExportFormat::Jupyter)
        text = ExportDialog::tr("Jupyter notebook");
    else if (format == ExportFormat::Dbc)
        text = ExportDialog::tr("DBC archive");
    else if (format == ExportFormat::RMarkdown)
        text = ExportDialog::tr("R Markdown");
    else if (format == ExportFormat::Auto)
        return ExportDialog::tr("As stored");
    else
        text = format;
    return suffix.isEmpty() ? text : ExportDialog::tr("%1 (.%2)").arg(text, suffix);
}

bool exportsAsFile(const WorkspaceObject &object)
{
    return !object.isContainer();
}

} // namespace

ExportDialog::ExportDialog(const QList<WorkspaceObject> &objects, QWidget *parent)
    : QDialog(parent)
    , m_objects(objects)
    , m_single(objects.size() == 1 && exportsAsFile(objects.first()))
    , m_preview(new QLabel(this))
    , m_export(new QPushButton(tr("&Export"), this))
{
    setObjectName(u"exportDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(objects.size() == 1 ? tr("Export “%1”").arg(objects.first().name)
                                       : tr("Export %n Objects", nullptr, int(objects.size())));
    setMinimumWidth(560);

    m_preview->setObjectName(u"exportPreview"_s);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_export->setObjectName(u"exportButton"_s);
    m_export->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *page = new QWidget(this);
    if (m_single)
        buildSingle(page);
    else
        buildFolder(page);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(page);
    layout->addWidget(m_preview);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    updateState();
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::defaultDirectory()
{
    if (!s_lastDirectory.isEmpty())
        return s_lastDirectory;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void ExportDialog::buildSingle(QWidget *page)
{
    const WorkspaceObject &object = m_objects.first();
    m_format = new QComboBox(page);
    m_format->setObjectName(u"exportFormat"_s);
    m_format->setAccessibleName(tr("Format"));
    for (const QString &format : ExportFormat::formatsFor(object))
        m_format->addItem(formatText(format, ExportFormat::fileName(object, format)), format);
    m_format->setEnabled(m_format->count() > 1);

    m_path = new QLineEdit(page);
    m_path->setObjectName(u"exportPath"_s);
    m_path->setAccessibleName(tr("Save as"));
    auto *browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(u"exportBrowse"_s);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Format:"), m_format);
    // A row of a layout gets no buddy on its own: the mnemonic needs one.
    auto *pathLabel = new QLabel(tr("&Save as:"), page);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    if (m_format->count() > 0) {
        const QString format = m_format->currentData().toString();
        m_path->setText(
            QDir(defaultDirectory())
                .filePath(LocalNames::sanitize(ExportFormat::fileName(object, format))));
    }
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
}

void ExportDialog::buildFolder(QWidget *page)
{
    const bool several = m_objects.size() > 1;
    m_sourceTree = new QRadioButton(several ? tr("&Source files (folders as local folders)")
                                            : tr("Folder of &source files"),
                                    page);
    m_sourceTree->setObjectName(u"exportSourceTree"_s);
    m_sourceTree->setToolTip(tr("Notebooks as .py, .scala, .sql and .r files and workspace "
                                "files as they are: importing the folder again recreates it."));
    m_dbc = new QRadioButton(
        several ? tr("&DBC archives (one per object)") : tr("One &DBC archive"), page);
    m_dbc->setObjectName(u"exportDbc"_s);
    m_dbc->setToolTip(tr("A Databricks archive holds notebooks only; workspace files are left "
                         "out."));
    m_sourceTree->setChecked(true);
    connect(m_sourceTree, &QRadioButton::toggled, this, &ExportDialog::updateState);

    m_path = new QLineEdit(defaultDirectory(), page);
    m_path->setObjectName(u"exportDirectory"_s);
    m_path->setAccessibleName(tr("Export into folder"));
    auto *browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(u"exportBrowse"_s);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *modes = new QVBoxLayout;
    modes->addWidget(m_sourceTree);
    modes->addWidget(m_dbc);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Export as:"), modes);
    auto *pathLabel = new QLabel(tr("&Into folder:"), page);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
}

void ExportDialog::setFormat(const QString &format)
{
    if (m_format) {
        const int index = m_format->findData(format);
        if (index >= 0)
            m_format->setCurrentIndex(index);
    }
}

QString ExportDialog::format() const
{
    return m_format ? m_format->currentData().toString() : QString();
}

void ExportDialog::setFilePath(const QString &path)
{
    if (m_single)
        m_path->setText(path);
}

QString ExportDialog::filePath() const
{
    return m_single ? m_path->text().trimmed() : QString();
}

void ExportDialog::setMode(ExportRequest::Mode mode)
{
    if (m_single)
        return;
    (mode == ExportRequest::Mode::Dbc ? m_dbc : m_sourceTree)->setChecked(true);
}

ExportRequest::Mode ExportDialog::mode() const
{
    if (m_single)
        return ExportRequest::Mode::File;
    return m_dbc->isChecked() ? ExportRequest::Mode::Dbc : ExportRequest::Mode::SourceTree;
}

void ExportDialog::setDirectory(const QString &directory)
{
    if (!m_single)
        m_path->setText(directory);
}

QString ExportDialog::directory() const
{
    return m_single ? QString() : m_path->text().trimmed();
}

ExportRequest ExportDialog::request() const
{
    ExportRequest request;
    request.mode = mode();
    request.objects = m_objects;
    request.format = format();
    request.filePath = filePath();
    request.directory = directory();
    return request;
}

void ExportDialog::onFormatChanged()
{
    // The name follows the format ("Report.py" becomes "Report.ipynb")
    // unless the user typed another name.
    const WorkspaceObject &object = m_objects.first();
    const QFileInfo current(m_path->text());
    const QString newName = LocalNames::sanitize(ExportFormat::fileName(object, format()));
    bool isDefaultName = false;
    for (const QString &f : ExportFormat::formatsFor(object))
        isDefaultName |=
            current.fileName() == LocalNames::sanitize(ExportFormat::fileName(object, f));
    if (isDefaultName || m_path->text().trimmed().isEmpty())
        m_path->setText(
            QDir(current.path().isEmpty() ? defaultDirectory() : current.path()).filePath(newName));
    updateState();
}

void ExportDialog::browse()
{
    auto *dialog = new QFileDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"exportFileDialog"_s);
    if (m_single) {
        dialog->setWindowTitle(tr("Export As"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setFileMode(QFileDialog::AnyFile);
        // An existing file is asked about once, by the transfer, with
        // Overwrite, Keep both and Skip.
        dialog->setOption(QFileDialog::DontConfirmOverwrite);
        const QFileInfo current(filePath());
        dialog->setDirectory(current.absolutePath());
        dialog->selectFile(current.fileName());
        connect(dialog, &QFileDialog::fileSelected, this, &ExportDialog::setFilePath);
    } else {
        dialog->setWindowTitle(tr("Export into Folder"));
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        dialog->setDirectory(directory());
        connect(dialog, &QFileDialog::fileSelected, this, &ExportDialog::setDirectory);
    }
    dialog->open();
}

void ExportDialog::updateState()
{
    QString problem;
    QString preview;
    const QString path = m_path->text().trimmed();
    if (m_single) {
        const WorkspaceObject &object = m_objects.first();
        if (!ExportFormat::canExport(object))
            problem = ExportFormat::whyNotExportable(object);
        else if (path.isEmpty() || QFileInfo(path).fileName().isEmpty())
            problem = tr("Choose the file to write.");
        else if (!QFileInfo(path).isAbsolute())
            problem = tr("Give the full path of the file to write.");
    } else if (path.isEmpty() || !QFileInfo(path).isAbsolute()) {
        problem = tr("Choose the local folder to export into.");
    } else if (m_objects.size() == 1) {
        const WorkspaceObject &folder = m_objects.first();
        const QString name = LocalNames::sanitize(folder.name);
        preview = mode() == ExportRequest::Mode::Dbc
                      ? tr("Writes %1.")
                            .arg(QDir(path).filePath(LocalNames::sanitize(
                                ExportFormat::fileName(folder, ExportFormat::Dbc))))
                      : tr("Creates %1 with the folder’s notebooks as source files and its "
                           "workspace files as they are.")
                            .arg(QDir(path).filePath(name));
    } else {
        preview = tr("Writes %n object(s) into %1.", nullptr, int(m_objects.size())).arg(path);
    }
    m_preview->setText(problem.isEmpty() ? preview : problem);
    m_export->setEnabled(problem.isEmpty());
}

void ExportDialog::accept()
{
    if (!m_export->isEnabled())
        return;
    const QString folder = m_single ? QFileInfo(filePath()).absolutePath() : directory();
    s_lastDirectory = folder;
    emit exportAccepted(request());
    QDialog::accept();
}

} // namespace brickdesk
