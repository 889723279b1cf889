#include "core/notebook/notebookhtmlexporter.h"

#include "core/notebook/notebookmodeljson.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {
constexpr auto kModelVariable = "__DATABRICKS_NOTEBOOK_MODEL"_L1;
}

QByteArray NotebookHtmlExporter::toHtml(const Notebook &notebook, const QString &name)
{
    QString html;
    html += "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>"_L1;
    html += name.toHtmlEscaped();
    html += "</title>\n<style>body{font-family:sans-serif;margin:2em}"
            ".cell{border:1px solid #ddd;border-radius:4px;margin:1em 0;padding:.5em}"
            ".cell h3{margin:.2em 0;font-size:1em}pre{margin:0;white-space:pre-wrap}</style>\n"
            "</head>\n<body>\n<h1>"_L1;
    html += name.toHtmlEscaped();
    html += "</h1>\n"_L1;
    for (const NotebookCell &cell : notebook.cells) {
        html += cell.isMarkdown() ? "<div class=\"cell markdown\">\n"_L1
                                  : "<div class=\"cell code\">\n"_L1;
        if (!cell.title.isEmpty() && cell.titleShown)
            html += "<h3>"_L1 + cell.title.toHtmlEscaped() + "</h3>\n"_L1;
        const QString body = cell.isMarkdown() ? cell.bodyWithoutMagic() : cell.source;
        html += "<pre><code>"_L1 + body.toHtmlEscaped() + "</code></pre>\n</div>\n"_L1;
    }
    const QByteArray model =
        QJsonDocument(NotebookModelJson::toJson(notebook, name)).toJson(QJsonDocument::Compact);
    const QByteArray encoded = QUrl::toPercentEncoding(QString::fromUtf8(model)).toBase64();
    html += "<script>\nvar "_L1 + kModelVariable + " = '"_L1 + QString::fromLatin1(encoded) +
            "';\n</script>\n"_L1;
    html += "</body>\n</html>\n"_L1;
    return html.toUtf8();
}

std::optional<Notebook> NotebookHtmlExporter::fromHtml(const QByteArray &html)
{
    static const QRegularExpression model(kModelVariable + uR"(\s*=\s*'([A-Za-z0-9+/=]*)')"_s);
    const QRegularExpressionMatch match = model.match(QString::fromUtf8(html));
    if (!match.hasMatch())
        return std::nullopt;
    const QByteArray decoded = QByteArray::fromBase64(match.captured(1).toLatin1());
    const QByteArray json = QByteArray::fromPercentEncoding(decoded);
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return std::nullopt;
    return NotebookModelJson::fromJson(document.object());
}

} // namespace brickdesk
