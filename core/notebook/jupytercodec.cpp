#include "core/notebook/jupytercodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

constexpr auto kCellMetaKey = "application/vnd.databricks.v1+cell"_L1;
constexpr auto kNotebookMetaKey = "application/vnd.databricks.v1+notebook"_L1;

// nbformat stores source as a list of lines, each but the last ending in "\n".
QJsonArray sourceLines(const QString &text)
{
    QJsonArray lines;
    const QStringList parts = text.split(u'\n');
    for (qsizetype i = 0; i < parts.size(); ++i)
        lines.append(i + 1 < parts.size() ? parts[i] + u'\n' : parts[i]);
    if (!lines.isEmpty() && lines.last().toString().isEmpty())
        lines.removeLast();
    return lines;
}

QString joinSource(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    QString text;
    for (const QJsonValue &line : value.toArray())
        text += line.toString();
    return text;
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

QByteArray JupyterCodec::toIpynb(const Notebook &notebook, const QString &name)
{
    QJsonArray cells;
    for (const NotebookCell &cell : notebook.cells) {
        QJsonObject cellMeta{{"title"_L1, cell.title},
                             {"showTitle"_L1, cell.titleShown && !cell.title.isEmpty()}};
        QJsonObject out;
        if (cell.isMarkdown()) {
            out.insert("cell_type"_L1, "markdown"_L1);
            out.insert("source"_L1, sourceLines(cell.bodyWithoutMagic()));
        } else {
            out.insert("cell_type"_L1, "code"_L1);
            out.insert("source"_L1, sourceLines(cell.source));
            out.insert("outputs"_L1, QJsonArray());
            out.insert("execution_count"_L1, QJsonValue::Null);
        }
        out.insert("metadata"_L1, QJsonObject{{kCellMetaKey, cellMeta}});
        cells.append(out);
    }
    const QString key = notebookLanguageKey(notebook.language);
    const QJsonObject metadata{
        {kNotebookMetaKey, QJsonObject{{"notebookName"_L1, name}, {"language"_L1, key}}},
        {"language_info"_L1, QJsonObject{{"name"_L1, key}}},
    };
    const QJsonObject root{{"cells"_L1, cells},
                           {"metadata"_L1, metadata},
                           {"nbformat"_L1, 4},
                           {"nbformat_minor"_L1, 0}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Notebook> JupyterCodec::fromIpynb(const QByteArray &content, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    if (!document.isObject()) {
        setError(error, QCoreApplication::translate("JupyterCodec", "Not a Jupyter notebook: %1")
                            .arg(parseError.errorString()));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value("nbformat"_L1).toInt() != 4 || !root.value("cells"_L1).isArray()) {
        setError(error, QCoreApplication::translate("JupyterCodec",
                                                    "Only nbformat 4 notebooks are supported."));
        return std::nullopt;
    }

    Notebook notebook;
    const QJsonObject metadata = root.value("metadata"_L1).toObject();
    QString key = metadata.value(kNotebookMetaKey).toObject().value("language"_L1).toString();
    if (key.isEmpty())
        key = metadata.value("language_info"_L1).toObject().value("name"_L1).toString();
    if (key.isEmpty())
        key = metadata.value("kernelspec"_L1).toObject().value("language"_L1).toString();
    notebook.language = notebookLanguageFromKey(key).value_or(NotebookLanguage::Python);

    for (const QJsonValue &value : root.value("cells"_L1).toArray()) {
        const QJsonObject in = value.toObject();
        NotebookCell cell;
        const QString text = joinSource(in.value("source"_L1));
        if (in.value("cell_type"_L1).toString() == "markdown"_L1)
            cell.source = text.isEmpty() ? u"%md"_s : "%md\n"_L1 + text;
        else
            cell.source = text;
        const QJsonObject cellMeta =
            in.value("metadata"_L1).toObject().value(kCellMetaKey).toObject();
        cell.title = cellMeta.value("title"_L1).toString();
        cell.titleShown = cellMeta.value("showTitle"_L1).toBool(true) || cell.title.isEmpty();
        notebook.cells.append(cell);
    }
    return notebook;
}

} // namespace brickdesk
