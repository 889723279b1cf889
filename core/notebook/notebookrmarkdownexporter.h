#pragma once

#include "core/notebook/notebook.h"

#include <QByteArray>
#include <QString>

namespace brickdesk {

// R Markdown (.Rmd) export of an R notebook: markdown cells as text, code
// cells as ```{r} chunks (other magics as chunks of their language).
class NotebookRMarkdownExporter
{
public:
    static QByteArray toRMarkdown(const Notebook &notebook, const QString &name);
};

} // namespace brickdesk
