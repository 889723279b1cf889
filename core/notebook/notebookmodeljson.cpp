#include "core/notebook/notebookmodeljson.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace brickdesk {

QJsonObject NotebookModelJson::toJson(const Notebook &notebook, const QString &name, qint64 origId)
{
    QJsonArray commands;
    double position = 1.0;
    for (const NotebookCell &cell : notebook.cells) {
        commands.append(QJsonObject{
            {"version"_L1, "CommandV1"_L1},
            {"origId"_L1,
             origId > 0 ? QJsonValue(origId + qint64(commands.size()) + 1) : QJsonValue(0)},
            {"guid"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {"subtype"_L1, "command"_L1},
            {"commandType"_L1, "auto"_L1},
            {"position"_L1, position},
            {"command"_L1, cell.source},
            {"commandTitle"_L1, cell.title},
            {"showCommandTitle"_L1, cell.titleShown && !cell.title.isEmpty()},
            {"hideCommandCode"_L1, false},
            {"hideCommandResult"_L1, false},
        });
        position += 1.0;
    }
    return QJsonObject{
        {"version"_L1, "NotebookV1"_L1},
        {"origId"_L1, QJsonValue(origId)},
        {"name"_L1, name},
        {"language"_L1, notebookLanguageKey(notebook.language)},
        {"commands"_L1, commands},
        {"dashboards"_L1, QJsonArray()},
        {"guid"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {"globalVars"_L1, QJsonObject()},
        {"inputWidgets"_L1, QJsonObject()},
    };
}

std::optional<Notebook> NotebookModelJson::fromJson(const QJsonObject &model, QString *name)
{
    if (!model.value("commands"_L1).isArray())
        return std::nullopt;
    const auto language = notebookLanguageFromKey(model.value("language"_L1).toString());
    if (!language)
        return std::nullopt;
    Notebook notebook;
    notebook.language = *language;
    QList<std::pair<double, NotebookCell>> ordered;
    for (const QJsonValue &value : model.value("commands"_L1).toArray()) {
        const QJsonObject command = value.toObject();
        NotebookCell cell;
        cell.source = command.value("command"_L1).toString();
        cell.title = command.value("commandTitle"_L1).toString();
        cell.titleShown = cell.title.isEmpty() || command.value("showCommandTitle"_L1).toBool();
        ordered.append({command.value("position"_L1).toDouble(), cell});
    }
    // Cells are ordered by their position, not by their order in the array.
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &entry : std::as_const(ordered))
        notebook.cells.append(entry.second);
    if (name)
        *name = model.value("name"_L1).toString();
    return notebook;
}

} // namespace brickdesk
