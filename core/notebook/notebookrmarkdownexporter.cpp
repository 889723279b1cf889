#include "core/notebook/notebookrmarkdownexporter.h"

using namespace Qt::StringLiterals;

namespace brickdesk {

QByteArray NotebookRMarkdownExporter::toRMarkdown(const Notebook &notebook, const QString &name)
{
    QString out = "---\ntitle: \""_L1 + QString(name).replace(u'"', "\\\""_L1) +
                  "\"\noutput: html_document\n---\n"_L1;
    for (const NotebookCell &cell : notebook.cells) {
        out += u'\n';
        if (!cell.title.isEmpty())
            out += "### "_L1 + cell.title + "\n\n"_L1;
        if (cell.isMarkdown()) {
            out += cell.bodyWithoutMagic() + u'\n';
            continue;
        }
        QString engine = u"r"_s;
        QString body = cell.source;
        if (!cell.magic().isEmpty()) {
            engine = cell.magic().mid(1);
            body = cell.bodyWithoutMagic();
        }
        out += "```{"_L1 + engine + "}\n"_L1 + body + "\n```\n"_L1;
    }
    return out.toUtf8();
}

} // namespace brickdesk
