#pragma once

#include "core/notebook/notebook.h"

#include <QCoreApplication>
#include <QFont>

#include <optional>

class QTextDocument;

namespace brickdesk {

// Lays a notebook out in a QTextDocument for reading: one framed box per
// cell with its number, title and magic ("%sql", "%run ./x") as a badge;
// markdown cells rendered, code cells in a fixed font, each line tagged
// with the cell's language for NotebookHighlighter.
class NotebookRenderer
{
    Q_DECLARE_TR_FUNCTIONS(NotebookRenderer)

public:
    static void render(QTextDocument *document, const Notebook &notebook, const QFont &codeFont);

    // The language a cell's code is in: its magic's, or the notebook's;
    // none for markdown, shell, %run, %pip and the like.
    static std::optional<NotebookLanguage> cellLanguage(const NotebookCell &cell,
                                                        NotebookLanguage notebookLanguage);
};

} // namespace brickdesk
