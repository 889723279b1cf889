#pragma once

#include "core/workspace/workspaceobject.h"

#include <QString>
#include <QStringList>

namespace brickdesk {

// Which export formats an object has and what its local file is called
//. Formats are the API's names.
//
//   notebook: SOURCE (.py/.scala/.sql/.r by language), HTML (.html),
//             JUPYTER (.ipynb), DBC (.dbc), R_MARKDOWN (.Rmd, R notebooks only)
//   file:     AUTO, the bytes as stored, under the file's own name
//   folder:   DBC (one archive), or a tree of the above via WorkspaceFolderExport
namespace ExportFormat {

inline constexpr QLatin1StringView Source{"SOURCE"};
inline constexpr QLatin1StringView Html{"HTML"};
inline constexpr QLatin1StringView Jupyter{"JUPYTER"};
inline constexpr QLatin1StringView Dbc{"DBC"};
inline constexpr QLatin1StringView RMarkdown{"R_MARKDOWN"};
inline constexpr QLatin1StringView Auto{"AUTO"};

// The formats `object` can be exported in, the default first. Empty for
// objects that cannot be exported (experiments, dashboards, libraries …).
QStringList formatsFor(const WorkspaceObject &object);
bool canExport(const WorkspaceObject &object);
// `format` if `object` supports it, else its default (an R_MARKDOWN request
// for a Python notebook gives SOURCE); empty when nothing is exportable.
QString effectiveFormat(const WorkspaceObject &object, const QString &format);

// The local file name (not yet made safe, see LocalNames) for `object`
// exported as `format`: "Report.py", "Report.ipynb", "data.csv", "etl.dbc".
QString fileName(const WorkspaceObject &object, const QString &format);

// Why `object` is not exported, for a skipped row: "MLflow experiments
// cannot be exported".
QString whyNotExportable(const WorkspaceObject &object);

} // namespace ExportFormat

} // namespace brickdesk
