#pragma once

#include "core/transfers/conflictresolver.h"
#include "core/workspace/workspaceimportplanner.h"

#include <QDialog>
#include <QHash>
#include <QPair>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace brickdesk {

// Lists what importing local files and folders into a workspace folder will
// do, before anything is sent: one row per file with its target, kind,
// format and language, where the user may change the format (and the
// language of SOURCE notebooks) per item; plus what to do about objects that
// already exist. Planning walks the disk on a worker thread (the dialog only
// shows a busy bar meanwhile). Non-modal; "Import" emits importAccepted()
// and closes, the caller queues the transfers.
//
// Tests fill it through the setters and press importButton(); nothing here
// opens a blocking dialog.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column {
        LocalColumn,
        TargetColumn,
        KindColumn,
        FormatColumn,
        LanguageColumn,
        ColumnCount
    };

    explicit ImportDialog(QWidget *parent = nullptr);
    ~ImportDialog() override;

    // The workspace folder everything goes into; planning starts again.
    void setTargetFolder(const QString &folder);
    QString targetFolder() const;
    // Adds local files or folders (duplicates are ignored) and plans again.
    void addLocalPaths(const QStringList &paths);
    QStringList localPaths() const { return m_localPaths; }

    // The plan with the user's overrides applied: what Import will queue.
    ImportPlan plan() const { return m_plan; }
    bool isPlanning() const;

    // Per-item choice of format and language (for SOURCE). False when the
    // item is unknown or the API refuses the combination.
    bool setItemFormat(const QString &localPath, const QString &format,
                       const QString &language = {});
    int rowOf(const QString &localPath) const;

    void setPolicy(ConflictResolver::Policy policy);
    ConflictResolver::Policy policy() const;

    QTableWidget *table() const { return m_table; }
    QPushButton *importButton() const { return m_import; }
    QLabel *summaryLabel() const { return m_summary; }

signals:
    void importAccepted(const brickdesk::ImportPlan &plan,
                        brickdesk::ConflictResolver::Policy policy);

private:
    void replan();
    void onPlanned();
    void fillTable();
    void fillRow(int row);
    void onFormatPicked(int row, const QString &format);
    void onLanguagePicked(int row, const QString &language);
    void updateSummary();
    void addFiles();
    void addFolder();
    void accept() override;

    WorkspaceImportPlanner *m_planner;
    QStringList m_localPaths;
    ImportPlan m_plan;
    // Format and language the user chose, by local path: kept over replans.
    QHash<QString, QPair<QString, QString>> m_overrides;

    QLineEdit *m_target;
    QTableWidget *m_table;
    QProgressBar *m_busy;
    QLabel *m_summary;
    QButtonGroup *m_policies;
    QPushButton *m_addFiles;
    QPushButton *m_addFolder;
    QPushButton *m_import;
    bool m_filling = false; // combos changed by fillRow() are not user choices
};

} // namespace brickdesk
