#include "core/workspace/exportformat.h"

#include "core/notebook/notebook.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

bool isNotebook(const WorkspaceObject &object)
{
    return object.objectType == ObjectType::Notebook;
}

} // namespace

QStringList ExportFormat::formatsFor(const WorkspaceObject &object)
{
    if (isNotebook(object)) {
        QStringList formats{Source, Html, Jupyter, Dbc};
        if (object.language == "R"_L1)
            formats.append(RMarkdown);
        return formats;
    }
    if (object.objectType == ObjectType::File)
        return {Auto};
    if (object.isContainer())
        return {Dbc};
    return {};
}

bool ExportFormat::canExport(const WorkspaceObject &object)
{
    return !formatsFor(object).isEmpty();
}

QString ExportFormat::effectiveFormat(const WorkspaceObject &object, const QString &format)
{
    const QStringList formats = formatsFor(object);
    if (formats.isEmpty())
        return {};
    return formats.contains(format) ? format : formats.first();
}

QString ExportFormat::fileName(const WorkspaceObject &object, const QString &format)
{
    const QString name =
        object.name.isEmpty() ? WorkspaceObject::nameFromPath(object.path) : object.name;
    if (!isNotebook(object))
        return object.objectType == ObjectType::File ? name : name + u".dbc"_s;
    if (format == Html)
        return name + u".html"_s;
    if (format == Jupyter)
        return name + u".ipynb"_s;
    if (format == Dbc)
        return name + u".dbc"_s;
    if (format == RMarkdown)
        return name + u".Rmd"_s;
    const auto language = notebookLanguageFromName(object.language);
    return name + u'.' + notebookSourceExtension(language.value_or(NotebookLanguage::Python));
}

QString ExportFormat::whyNotExportable(const WorkspaceObject &object)
{
    if (object.objectType == "MLFLOW_EXPERIMENT"_L1)
        return QCoreApplication::translate("ExportFormat", "MLflow experiments cannot be exported");
    if (object.objectType == ObjectType::Dashboard)
        return QCoreApplication::translate("ExportFormat", "Dashboards cannot be exported here");
    if (object.objectType == ObjectType::Library)
        return QCoreApplication::translate("ExportFormat", "Libraries cannot be exported");
    return QCoreApplication::translate("ExportFormat", "Objects of type %1 cannot be exported")
        .arg(object.objectType);
}

} // namespace brickdesk
