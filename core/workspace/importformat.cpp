#include "core/workspace/importformat.h"

#include "core/notebook/notebook.h"
#include "core/notebook/notebooksourcecodec.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

QString extensionOf(const QString &fileName)
{
    const qsizetype dot = fileName.lastIndexOf(u'.');
    return dot > 0 ? fileName.mid(dot + 1) : QString();
}

QString stemOf(const QString &fileName)
{
    const qsizetype dot = fileName.lastIndexOf(u'.');
    return dot > 0 ? fileName.left(dot) : fileName;
}

QString parentOf(const QString &remotePath)
{
    const qsizetype slash = remotePath.lastIndexOf(u'/');
    return slash <= 0 ? u"/"_s : remotePath.left(slash);
}

ImportKind kindOf(const QString &format)
{
    if (format == "AUTO"_L1)
        return ImportKind::File;
    if (format == "DBC"_L1)
        return ImportKind::Dbc;
    return ImportKind::Notebook;
}

} // namespace

QString ImportFormat::joinRemote(const QString &folder, const QString &name)
{
    return folder.endsWith(u'/') ? folder + name : folder + u'/' + name;
}

QStringList ImportFormat::languages()
{
    return {u"PYTHON"_s, u"SCALA"_s, u"SQL"_s, u"R"_s};
}

ImportItem ImportFormat::detect(const QString &fileName, const QByteArray &head,
                                const QString &remoteFolder)
{
    ImportItem item;
    item.format = u"AUTO"_s;
    item.kind = ImportKind::File;
    const QString extension = extensionOf(fileName);
    QString name = fileName;

    // The header must name the language the extension promises: a ".py"
    // starting with "// Databricks notebook source" is a plain file, as the
    // CLI decides it.
    if (const auto byExtension = notebookLanguageFromExtension(extension)) {
        const auto byHeader = NotebookSourceCodec::detectHeader(head.left(kHeaderBytes), extension);
        if (byHeader && *byHeader == *byExtension) {
            item.format = u"SOURCE"_s;
            item.language = notebookLanguageName(*byHeader);
            item.kind = ImportKind::Notebook;
            name = stemOf(fileName);
        }
    } else if (extension.compare("ipynb"_L1, Qt::CaseInsensitive) == 0) {
        // Jupyter notebooks are always Python notebooks in the workspace.
        item.format = u"JUPYTER"_s;
        item.language = u"PYTHON"_s;
        item.kind = ImportKind::Notebook;
        name = stemOf(fileName);
    } else if (extension.compare("html"_L1, Qt::CaseInsensitive) == 0) {
        item.format = u"HTML"_s;
        item.kind = ImportKind::Notebook;
        name = stemOf(fileName);
    } else if (extension.compare("dbc"_L1, Qt::CaseInsensitive) == 0) {
        item.format = u"DBC"_s;
        item.kind = ImportKind::Dbc;
        name = stemOf(fileName);
    }
    item.remotePath = joinRemote(remoteFolder, name);
    return item;
}

ImportItem ImportFormat::detectFile(const QString &localPath, const QString &remoteFolder)
{
    const QFileInfo info(localPath);
    QByteArray head;
    QFile file(localPath);
    if (file.open(QIODevice::ReadOnly))
        head = file.read(kHeaderBytes);
    ImportItem item = detect(info.fileName(), head, remoteFolder);
    item.localPath = info.absoluteFilePath();
    item.size = info.size();
    return item;
}

bool ImportFormat::override(ImportItem &item, const QString &format, const QString &language)
{
    static const QStringList formats{u"SOURCE"_s, u"JUPYTER"_s, u"HTML"_s, u"DBC"_s, u"AUTO"_s};
    if (!formats.contains(format) || item.kind == ImportKind::Folder)
        return false;
    QString newLanguage;
    if (format == "SOURCE"_L1) {
        if (!languages().contains(language))
            return false;
        newLanguage = language;
    } else if (format == "JUPYTER"_L1) {
        newLanguage = u"PYTHON"_s;
    } else if (!language.isEmpty()) {
        return false; // the API takes a language with SOURCE only
    }
    const QString fileName = QFileInfo(item.localPath).fileName();
    const QString name = format == "AUTO"_L1 ? fileName : stemOf(fileName);
    item.format = format;
    item.language = newLanguage;
    item.kind = kindOf(format);
    item.remotePath = joinRemote(parentOf(item.remotePath), name);
    return true;
}

QStringList ImportFormat::formatsFor(const ImportItem &item)
{
    if (item.kind == ImportKind::Folder)
        return {};
    QStringList formats{u"SOURCE"_s, u"JUPYTER"_s, u"HTML"_s, u"DBC"_s, u"AUTO"_s};
    formats.removeAll(item.format);
    formats.prepend(item.format);
    return formats;
}

} // namespace brickdesk
