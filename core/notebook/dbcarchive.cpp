#include "core/notebook/dbcarchive.h"

#include "core/notebook/notebookmodeljson.h"
#include "core/notebook/ziparchive.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace brickdesk {

QByteArray DbcArchive::write(const QList<DbcNotebook> &notebooks)
{
    QList<ZipEntry> entries;
    for (const DbcNotebook &item : notebooks) {
        const QString name = item.path.section(u'/', -1);
        const QJsonObject model = NotebookModelJson::toJson(item.notebook, name);
        entries.append({item.path + u'.' + notebookLanguageKey(item.notebook.language),
                        QJsonDocument(model).toJson(QJsonDocument::Compact)});
    }
    return ZipArchive::write(entries);
}

std::optional<QList<DbcNotebook>> DbcArchive::read(const QByteArray &archive, QString *error)
{
    const auto entries = ZipArchive::read(archive, error);
    if (!entries)
        return std::nullopt;
    QList<DbcNotebook> notebooks;
    for (const ZipEntry &entry : *entries) {
        const qsizetype dot = entry.name.lastIndexOf(u'.');
        const auto language =
            notebookLanguageFromKey(dot < 0 ? QString() : entry.name.mid(dot + 1));
        if (!language)
            continue; // resources and manifests that some DBC files carry
        const QJsonDocument document = QJsonDocument::fromJson(entry.data);
        const auto notebook =
            document.isObject() ? NotebookModelJson::fromJson(document.object()) : std::nullopt;
        if (!notebook) {
            if (error)
                *error =
                    QCoreApplication::translate("DbcArchive", "Invalid notebook %1 in DBC archive.")
                        .arg(entry.name);
            return std::nullopt;
        }
        notebooks.append({entry.name.left(dot), *notebook});
    }
    return notebooks;
}

} // namespace brickdesk
