#pragma once

#include "core/notebook/notebook.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace brickdesk {

// Conversion between notebooks and Jupyter nbformat 4 (.ipynb). Markdown
// cells become "%md" cells and back; titles travel in the cell metadata under
// the key Databricks itself uses.
class JupyterCodec
{
public:
    static QByteArray toIpynb(const Notebook &notebook, const QString &name);
    // nullopt with `error` set when the bytes are not an nbformat 4 notebook.
    static std::optional<Notebook> fromIpynb(const QByteArray &content, QString *error = nullptr);
};

} // namespace brickdesk
