#pragma once

#include "core/notebook/notebook.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace brickdesk {

// A self-contained HTML page showing the notebook's cells. Like a Databricks
// HTML export it embeds the notebook model (base64 of the URL-encoded JSON in
// __DATABRICKS_NOTEBOOK_MODEL), so an HTML export can be imported back.
class NotebookHtmlExporter
{
public:
    static QByteArray toHtml(const Notebook &notebook, const QString &name);
    static std::optional<Notebook> fromHtml(const QByteArray &html);
};

} // namespace brickdesk
