#include "app/workspace/notebookrenderer.h"

#include "app/workspace/notebookhighlighter.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

using namespace Qt::StringLiterals;

namespace brickdesk {

std::optional<NotebookLanguage> NotebookRenderer::cellLanguage(const NotebookCell &cell,
                                                               NotebookLanguage notebookLanguage)
{
    const QString magic = cell.magic();
    if (magic.isEmpty())
        return notebookLanguage;
    if (magic == "%python"_L1)
        return NotebookLanguage::Python;
    if (magic == "%scala"_L1)
        return NotebookLanguage::Scala;
    if (magic == "%sql"_L1)
        return NotebookLanguage::Sql;
    if (magic == "%r"_L1)
        return NotebookLanguage::R;
    return std::nullopt;
}

void NotebookRenderer::render(QTextDocument *document, const Notebook &notebook,
                              const QFont &codeFont)
{
    document->clear();
    document->setDocumentMargin(10);
    QTextCursor cursor(document);

    QTextFrameFormat frame;
    frame.setBorder(1);
    frame.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    frame.setBorderBrush(QColor(0xd5, 0xdb, 0xe1));
    frame.setBackground(QColor(0xfb, 0xfc, 0xfd));
    frame.setPadding(8);
    frame.setBottomMargin(10);

    QTextCharFormat header;
    header.setForeground(QColor(0x6a, 0x73, 0x7d));
    header.setFontPointSize(codeFont.pointSizeF() > 0 ? codeFont.pointSizeF() * 0.9 : 8);
    QTextCharFormat title = header;
    title.setForeground(QColor(0x24, 0x29, 0x2f));
    title.setFontWeight(QFont::DemiBold);
    QTextCharFormat badge = header;
    badge.setFontFamilies(codeFont.families());
    badge.setForeground(QColor(0x5b, 0x3d, 0xa8));
    badge.setBackground(QColor(0xee, 0xe8, 0xfa));
    QTextCharFormat code;
    code.setFont(codeFont);
    code.setForeground(QColor(0x24, 0x29, 0x2f));
    QTextBlockFormat codeBlock;
    codeBlock.setLineHeight(115, QTextBlockFormat::ProportionalHeight);

    for (qsizetype i = 0; i < notebook.cells.size(); ++i) {
        const NotebookCell &cell = notebook.cells.at(i);
        cursor.movePosition(QTextCursor::End);
        cursor.insertFrame(frame);

        // "[3]  Load the data   %sql"
        cursor.setBlockFormat(QTextBlockFormat());
        cursor.insertText(tr("Cell %1").arg(i + 1), header);
        if (!cell.title.isEmpty()) {
            cursor.insertText(u"   "_s, header);
            cursor.insertText(cell.title, title);
        }
        const QString magic = cell.magic();
        QString body = cell.source;
        if (!magic.isEmpty()) {
            // The badge shows the whole magic line: "%run ./setup" says more
            // than "%run".
            const qsizetype newline = cell.source.indexOf(u'\n');
            const QString magicLine = newline < 0 ? cell.source : cell.source.left(newline);
            cursor.insertText(u"   "_s, header);
            cursor.insertText(u"\u2009"_s + magicLine.trimmed() + u"\u2009"_s, badge);
            body = cell.bodyWithoutMagic();
        }

        if (cell.isMarkdown()) {
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
            cursor.insertMarkdown(body);
        } else if (!body.isEmpty() || magic.isEmpty()) {
            const auto language = cellLanguage(cell, notebook.language);
            const QStringList lines = body.split(u'\n');
            for (const QString &line : lines) {
                cursor.insertBlock(codeBlock, code);
                cursor.insertText(line, code);
                if (language)
                    NotebookHighlighter::setLanguage(cursor.block(), *language);
            }
        }
    }
    if (notebook.cells.isEmpty()) {
        QTextCharFormat quiet = header;
        cursor.insertText(tr("This notebook has no cells."), quiet);
    }
}

} // namespace brickdesk
