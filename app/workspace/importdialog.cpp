#include "app/workspace/importdialog.h"

#include "app/dbfs/localfilechooser.h"
#include "core/notebook/notebook.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

QString kindText(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Notebook:
        return ImportDialog::tr("Notebook");
    case ImportKind::File:
        return ImportDialog::tr("File");
    case ImportKind::Folder:
        return ImportDialog::tr("Folder");
    case ImportKind::Dbc:
        return ImportDialog::tr("DBC archive");
    }
    return {};
}

QString formatText(const QString &format)
{
    if (format == "SOURCE"_L1)
        return ImportDialog::tr("Source");
    if (format == "JUPYTER"_L1)
        return ImportDialog::tr("Jupyter");
    if (format == "HTML"_L1)
        return ImportDialog::tr("HTML");
    if (format == "DBC"_L1)
        return ImportDialog::tr("DBC archive");
    if (format == "AUTO"_L1)
        return ImportDialog::tr("Workspace file");
    return format;
}

QString languageText(const QString &language)
{
    if (language == "PYTHON"_L1)
        return ImportDialog::tr("Python");
    if (language == "SCALA"_L1)
        return ImportDialog::tr("Scala");
    if (language == "SQL"_L1)
        return ImportDialog::tr("SQL");
    if (language == "R"_L1)
        return ImportDialog::tr("R");
    return language;
}

// The language a file turned into a SOURCE notebook most likely has: the
// one its extension names, else Python.
QString guessLanguage(const QString &localPath)
{
    if (const auto language = notebookLanguageFromExtension(QFileInfo(localPath).suffix()))
        return notebookLanguageName(*language);
    return u"PYTHON"_s;
}

} // namespace

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_planner(new WorkspaceImportPlanner(this))
    , m_target(new QLineEdit(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_busy(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_policies(new QButtonGroup(this))
    , m_addFiles(new QPushButton(tr("Add &Files…"), this))
    , m_addFolder(new QPushButton(tr("Add F&older…"), this))
    , m_import(new QPushButton(tr("&Import"), this))
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import into Workspace"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(860, 480);

    m_target->setObjectName(u"importTarget"_s);
    m_target->setAccessibleName(tr("Target folder"));
    m_target->setPlaceholderText(tr("/Users/me/project"));
    connect(m_target, &QLineEdit::editingFinished, this, [this] {
        if (m_target->text() != m_plan.remoteFolder)
            replan();
    });

    m_table->setObjectName(u"importItems"_s);
    m_table->setAccessibleName(tr("Items to import"));
    m_table->setHorizontalHeaderLabels(
        {tr("Local file"), tr("In the workspace"), tr("Kind"), tr("Format"), tr("Language")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(LocalColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TargetColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FormatColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LanguageColumn, QHeaderView::ResizeToContents);

    // Planning reads headers of every file; a large tree takes a moment.
    m_busy->setObjectName(u"importPlanning"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->hide();
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *policyBox = new QGroupBox(tr("When an object already exists"), this);
    auto *policyLayout = new QHBoxLayout(policyBox);
    const QList<QPair<ConflictResolver::Policy, QString>> policies{
        {ConflictResolver::Policy::Ask, tr("&Ask for each")},
        {ConflictResolver::Policy::Skip, tr("&Skip it")},
        {ConflictResolver::Policy::Overwrite, tr("O&verwrite it")},
    };
    for (const auto &[policy, text] : policies) {
        auto *radio = new QRadioButton(text, policyBox);
        radio->setObjectName(u"policy%1"_s.arg(int(policy)));
        m_policies->addButton(radio, int(policy));
        policyLayout->addWidget(radio);
    }
    policyLayout->addStretch(1);
    setPolicy(ConflictResolver::Policy::Ask);

    m_addFiles->setObjectName(u"importAddFiles"_s);
    m_addFolder->setObjectName(u"importAddFolder"_s);
    connect(m_addFiles, &QPushButton::clicked, this, &ImportDialog::addFiles);
    connect(m_addFolder, &QPushButton::clicked, this, &ImportDialog::addFolder);

    m_import->setObjectName(u"importButton"_s);
    m_import->setDefault(true);
    m_import->setEnabled(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    auto *targetRow = new QFormLayout;
    targetRow->addRow(tr("Import &into:"), m_target);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addFiles);
    addRow->addWidget(m_addFolder);
    addRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(targetRow);
    layout->addLayout(addRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_busy);
    layout->addWidget(m_summary);
    layout->addWidget(policyBox);
    layout->addWidget(buttons);

    connect(m_planner, &WorkspaceImportPlanner::finished, this, &ImportDialog::onPlanned);
    updateSummary();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::setTargetFolder(const QString &folder)
{
    m_target->setText(folder);
    replan();
}

QString ImportDialog::targetFolder() const
{
    return m_target->text().trimmed();
}

void ImportDialog::addLocalPaths(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!absolute.isEmpty() && !m_localPaths.contains(absolute))
            m_localPaths.append(absolute);
    }
    replan();
}

bool ImportDialog::isPlanning() const
{
    return m_planner->isRunning();
}

void ImportDialog::replan()
{
    const QString folder = targetFolder();
    m_plan = ImportPlan();
    m_plan.remoteFolder = folder;
    fillTable();
    if (m_localPaths.isEmpty() || !folder.startsWith(u'/')) {
        m_planner->cancel();
        m_busy->hide();
        updateSummary();
        return;
    }
    m_busy->show();
    m_planner->start(m_localPaths, folder);
    updateSummary();
}

void ImportDialog::onPlanned()
{
    m_plan = m_planner->plan();
    // Choices made before a replan (another target, more files) still hold.
    for (ImportItem &item : m_plan.items) {
        const auto choice = m_overrides.constFind(item.localPath);
        if (choice != m_overrides.cend())
            ImportFormat::override(item, choice->first, choice->second);
    }
    m_busy->hide();
    fillTable();
    updateSummary();
}

void ImportDialog::fillTable()
{
    m_table->setRowCount(int(m_plan.items.size()));
    for (int row = 0; row < m_table->rowCount(); ++row)
        fillRow(row);
}

void ImportDialog::fillRow(int row)
{
    const ImportItem &item = m_plan.items.at(row);
    m_filling = true;
    auto setText = [this, row](int column, const QString &text) {
        auto *cell = new QTableWidgetItem(text);
        cell->setToolTip(text);
        m_table->setItem(row, column, cell);
    };
    // Relative to what was picked, so a deep tree stays readable.
    QString local = item.localPath;
    for (const QString &picked : std::as_const(m_localPaths)) {
        const QString parent = QFileInfo(picked).absolutePath();
        if (local.startsWith(parent + u'/')) {
            local = QDir(parent).relativeFilePath(local);
            break;
        }
    }
    setText(LocalColumn, local);
    m_table->item(row, LocalColumn)->setToolTip(item.localPath);
    // Below the target folder, which is named above the table.
    const QString prefix =
        m_plan.remoteFolder.endsWith(u'/') ? m_plan.remoteFolder : m_plan.remoteFolder + u'/';
    setText(TargetColumn, item.remotePath.startsWith(prefix) ? item.remotePath.mid(prefix.size())
                                                             : item.remotePath);
    m_table->item(row, TargetColumn)->setToolTip(item.remotePath);
    setText(KindColumn, kindText(item.kind));

    auto *format = qobject_cast<QComboBox *>(m_table->cellWidget(row, FormatColumn));
    if (!format) {
        format = new QComboBox;
        format->setObjectName(u"importFormat"_s);
        format->setAccessibleName(tr("Format"));
        connect(format, &QComboBox::activated, this, [this, format] {
            const int r = format->property("row").toInt();
            if (!m_filling && r >= 0 && r < m_plan.items.size())
                onFormatPicked(r, format->currentData().toString());
        });
        m_table->setCellWidget(row, FormatColumn, format);
    }
    format->setProperty("row", row);
    format->clear();
    for (const QString &f : ImportFormat::formatsFor(item))
        format->addItem(formatText(f), f);
    format->setCurrentIndex(format->findData(item.format));

    // Only SOURCE notebooks take a language, Jupyter ones show theirs;
    // files, HTML and DBC have none: no empty box for them.
    const bool source = item.format == "SOURCE"_L1;
    if (!source && item.format != "JUPYTER"_L1) {
        m_table->removeCellWidget(row, LanguageColumn);
        m_filling = false;
        return;
    }
    auto *language = qobject_cast<QComboBox *>(m_table->cellWidget(row, LanguageColumn));
    if (!language) {
        language = new QComboBox;
        language->setObjectName(u"importLanguage"_s);
        language->setAccessibleName(tr("Language"));
        for (const QString &l : ImportFormat::languages())
            language->addItem(languageText(l), l);
        connect(language, &QComboBox::activated, this, [this, language] {
            const int r = language->property("row").toInt();
            if (!m_filling && r >= 0 && r < m_plan.items.size())
                onLanguagePicked(r, language->currentData().toString());
        });
        m_table->setCellWidget(row, LanguageColumn, language);
    }
    language->setProperty("row", row);
    language->setEnabled(source);
    language->setCurrentIndex(language->findData(item.language));
    m_filling = false;
}

bool ImportDialog::setItemFormat(const QString &localPath, const QString &format,
                                 const QString &language)
{
    const int row = rowOf(localPath);
    if (row < 0)
        return false;
    ImportItem changed = m_plan.items.at(row);
    if (!ImportFormat::override(changed, format, language))
        return false;
    m_plan.items[row] = changed;
    m_overrides.insert(localPath, {format, language});
    fillRow(row);
    updateSummary();
    return true;
}

int ImportDialog::rowOf(const QString &localPath) const
{
    const QString absolute = QFileInfo(localPath).absoluteFilePath();
    for (int row = 0; row < m_plan.items.size(); ++row)
        if (m_plan.items.at(row).localPath == absolute)
            return row;
    return -1;
}

void ImportDialog::onFormatPicked(int row, const QString &format)
{
    const ImportItem &item = m_plan.items.at(row);
    // SOURCE needs a language: keep the one the item has, else guess.
    const QString language = format != "SOURCE"_L1     ? QString()
                             : item.language.isEmpty() ? guessLanguage(item.localPath)
                                                       : item.language;
    if (!setItemFormat(item.localPath, format, language))
        fillRow(row); // refused: show what the item still is
}

void ImportDialog::onLanguagePicked(int row, const QString &language)
{
    const ImportItem &item = m_plan.items.at(row);
    if (!setItemFormat(item.localPath, item.format, language))
        fillRow(row);
}

void ImportDialog::setPolicy(ConflictResolver::Policy policy)
{
    if (QAbstractButton *button = m_policies->button(int(policy)))
        button->setChecked(true);
}

ConflictResolver::Policy ImportDialog::policy() const
{
    const int id = m_policies->checkedId();
    return id < 0 ? ConflictResolver::Policy::Ask : ConflictResolver::Policy(id);
}

void ImportDialog::updateSummary()
{
    const bool planning = isPlanning();
    QString text;
    if (m_localPaths.isEmpty()) {
        text = tr("Add files or folders to import, or drop them on a folder of the workspace.");
    } else if (!targetFolder().startsWith(u'/')) {
        text = tr("Choose a workspace folder to import into, such as /Users/me.");
    } else if (planning) {
        text = tr("Looking at %n local item(s)…", nullptr, int(m_localPaths.size()));
    } else {
        int notebooks = 0;
        int files = 0;
        int archives = 0;
        for (const ImportItem &item : std::as_const(m_plan.items)) {
            notebooks += item.kind == ImportKind::Notebook;
            files += item.kind == ImportKind::File;
            archives += item.kind == ImportKind::Dbc;
        }
        QStringList parts;
        if (notebooks)
            parts << tr("%n notebook(s)", nullptr, notebooks);
        if (files)
            parts << tr("%n file(s)", nullptr, files);
        if (archives)
            parts << tr("%n DBC archive(s)", nullptr, archives);
        if (!m_plan.folders.isEmpty())
            parts << tr("%n folder(s)", nullptr, int(m_plan.folders.size()));
        text = parts.isEmpty()
                   ? tr("Nothing to import.")
                   : tr("%1 (%2) into %3")
                         .arg(QLocale().createSeparatedList(parts),
                              QLocale().formattedDataSize(m_plan.totalBytes), m_plan.remoteFolder);
        if (!m_plan.unreadable.isEmpty())
            text += u'\n' + tr("Cannot read %n item(s), they will be reported as failed: %1",
                               nullptr, int(m_plan.unreadable.size()))
                                .arg(m_plan.unreadable.join(u", "_s));
    }
    m_summary->setText(text);
    m_import->setEnabled(!planning && (!m_plan.items.isEmpty() || !m_plan.folders.isEmpty()));
}

void ImportDialog::addFiles()
{
    LocalFileChooser::chooseFiles(this, tr("Add Files to Import"),
                                  [this](const QStringList &paths) { addLocalPaths(paths); });
}

void ImportDialog::addFolder()
{
    LocalFileChooser::chooseDirectory(this, tr("Add a Folder to Import"),
                                      [this](const QString &path) { addLocalPaths({path}); });
}

void ImportDialog::accept()
{
    if (!m_import->isEnabled())
        return;
    emit importAccepted(m_plan, policy());
    QDialog::accept();
}

} // namespace brickdesk
