#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace brickdesk {

// What one local file becomes in the workspace.
enum class ImportKind {
    Notebook, // SOURCE, JUPYTER or HTML: a notebook named without the extension
    File,     // a workspace file (AUTO), full name kept
    Folder,   // a local folder, recreated with mkdirs
    Dbc,      // a DBC archive: one notebook or a folder of notebooks
};

// One entry of an import plan, as the import dialog lists it. The dialog may
// change `format` and `language` per item through ImportFormat::override(),
// which also fixes `remotePath` and `kind` to match.
struct ImportItem
{
    QString localPath;  // absolute local path: "/home/me/etl/load.py"
    QString remotePath; // target in the workspace: "/Users/me/etl/load"
    QString format;     // "SOURCE", "JUPYTER", "HTML", "DBC" or "AUTO"
    QString language;   // "PYTHON", "SCALA", "SQL", "R" for SOURCE notebooks, else empty
    ImportKind kind = ImportKind::File;
    qint64 size = -1; // bytes on disk; -1 for folders

    friend bool operator==(const ImportItem &, const ImportItem &) = default;
};

// Deciding how a local file is imported: by extension, and for
// SOURCE scripts by the exact notebook header on the first line.
//
//   .py .scala .sql .r .R + header -> SOURCE notebook, language from the header,
//                                     named without the extension
//   .ipynb                         -> JUPYTER notebook (language PYTHON)
//   .html                          -> HTML notebook
//   .dbc                           -> DBC archive
//   anything else (also .py without the header) -> AUTO: a workspace file
//                                     under its full name
//
// Only detectFile() touches the disk; call it on a worker thread
// (WorkspaceImportPlanner does).
namespace ImportFormat {

// The CLI compares at most this many bytes of the first line.
inline constexpr int kHeaderBytes = 32;

// The item for a file called `fileName` whose first bytes are `head`, to be
// imported into `remoteFolder`. Pure: no disk access.
ImportItem detect(const QString &fileName, const QByteArray &head, const QString &remoteFolder);

// Reads the first kHeaderBytes of `localPath` and detects. Blocking disk I/O:
// worker threads only.
ImportItem detectFile(const QString &localPath, const QString &remoteFolder);

// Applies the user's choice of format (and language, for SOURCE) to `item`:
// sets kind and renames the target (notebooks drop the extension, AUTO files
// keep it). Returns false, leaving `item` alone, for a combination the API
// refuses (SOURCE without a language, an unknown format or language).
bool override(ImportItem &item, const QString &format, const QString &language = {});

// The formats the dialog can offer for a file, most likely first.
QStringList formatsFor(const ImportItem &item);
// "PYTHON", "SCALA", "SQL", "R".
QStringList languages();

// `folder` + "/" + `name`, without doubling the slash for "/".
QString joinRemote(const QString &folder, const QString &name);

} // namespace ImportFormat

} // namespace brickdesk

Q_DECLARE_METATYPE(brickdesk::ImportItem)
