#pragma once

#include "core/workspace/workspaceobject.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace brickdesk {

// What the user asked to export, and where to.
struct ExportRequest
{
    enum class Mode {
        File,       // one notebook or file to filePath, in format
        SourceTree, // each object under directory: folders as trees of source files
        Dbc,        // each object under directory as one DBC archive
    };
    Mode mode = Mode::File;
    QList<WorkspaceObject> objects;
    QString format;    // File: an ExportFormat name
    QString filePath;  // File: the local file to write
    QString directory; // SourceTree and Dbc: the local folder to write into
};

// Asks how and where to export workspace objects. One notebook or file:
// its format (SOURCE, HTML, JUPYTER, DBC, R_MARKDOWN for R) and the local
// file, named after the object. A folder or several objects: a tree of
// source files and workspace files (which imports back to the same tree)
// or DBC archives, and the local folder. Non-modal; "Export" emits
// exportAccepted() and closes, the caller queues the transfers. File
// pickers open with QFileDialog::open(); tests use the setters instead.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const QList<WorkspaceObject> &objects, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // True when the dialog exports one notebook or file to one local file.
    bool isSingleFile() const { return m_single; }

    void setFormat(const QString &format);
    QString format() const;
    void setFilePath(const QString &path);
    QString filePath() const;
    void setMode(ExportRequest::Mode mode);
    ExportRequest::Mode mode() const;
    void setDirectory(const QString &directory);
    QString directory() const;

    ExportRequest request() const;

    QComboBox *formatCombo() const { return m_format; }
    QPushButton *exportButton() const { return m_export; }

    // Where exports start when the user has not chosen a folder yet.
    static QString defaultDirectory();

signals:
    void exportAccepted(const brickdesk::ExportRequest &request);

private:
    void buildSingle(QWidget *page);
    void buildFolder(QWidget *page);
    void onFormatChanged();
    void browse();
    void updateState();
    void accept() override;

    QList<WorkspaceObject> m_objects;
    bool m_single = false;
    QComboBox *m_format = nullptr;
    QLineEdit *m_path = nullptr;
    QRadioButton *m_sourceTree = nullptr;
    QRadioButton *m_dbc = nullptr;
    QLabel *m_preview;
    QPushButton *m_export;
};

} // namespace brickdesk

Q_DECLARE_METATYPE(brickdesk::ExportRequest)
