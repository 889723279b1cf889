#include "core/notebook/notebooksourcecodec.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

QString separatorLine(NotebookLanguage language)
{
    return notebookCommentPrefix(language) + " COMMAND ----------"_L1;
}

QString titlePrefix(NotebookLanguage language)
{
    return notebookCommentPrefix(language) + " DBTITLE "_L1;
}

QString magicPrefix(NotebookLanguage language)
{
    return notebookCommentPrefix(language) + " MAGIC"_L1;
}

void trimBlankLines(QStringList &lines)
{
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
}

NotebookCell parseCell(QStringList lines, NotebookLanguage language)
{
    NotebookCell cell;
    const QString title = titlePrefix(language);
    // The title line is "DBTITLE <shown>,<title>"; it comes before the body.
    if (!lines.isEmpty() && lines.first().startsWith(title)) {
        const QString rest = lines.takeFirst().mid(title.size());
        const qsizetype comma = rest.indexOf(u',');
        cell.titleShown = rest.left(comma).trimmed() != "0"_L1;
        cell.title = comma < 0 ? QString() : rest.mid(comma + 1);
    }
    trimBlankLines(lines);

    // A cell is a magic cell only when every line carries the MAGIC prefix;
    // exports write blank magic lines as "# MAGIC" (newer) or "# MAGIC " (older).
    const QString magic = magicPrefix(language);
    const bool allMagic =
        !lines.isEmpty() && std::all_of(lines.cbegin(), lines.cend(), [&](const QString &line) {
            return line == magic || line.startsWith(magic + u' ');
        });
    if (allMagic) {
        for (QString &line : lines)
            line = line.size() <= magic.size() + 1 ? QString() : line.mid(magic.size() + 1);
    }
    cell.source = lines.join(u'\n');
    return cell;
}

} // namespace

QString NotebookSourceCodec::headerLine(NotebookLanguage language)
{
    return notebookCommentPrefix(language) + " Databricks notebook source"_L1;
}

std::optional<NotebookLanguage> NotebookSourceCodec::detectHeader(const QByteArray &content,
                                                                  const QString &extension)
{
    const auto hasHeader = [&content](NotebookLanguage language) {
        const QByteArray header = headerLine(language).toUtf8();
        if (!content.startsWith(header))
            return false;
        const QByteArray rest = content.mid(header.size());
        return rest.isEmpty() || rest.startsWith('\n') || rest.startsWith("\r\n");
    };
    if (hasHeader(NotebookLanguage::Python)) {
        const auto byExtension = notebookLanguageFromExtension(extension);
        if (byExtension == NotebookLanguage::R)
            return NotebookLanguage::R;
        return NotebookLanguage::Python;
    }
    if (hasHeader(NotebookLanguage::Scala))
        return NotebookLanguage::Scala;
    if (hasHeader(NotebookLanguage::Sql))
        return NotebookLanguage::Sql;
    return std::nullopt;
}

Notebook NotebookSourceCodec::parse(const QString &text, NotebookLanguage language)
{
    Notebook notebook;
    notebook.language = language;
    QString normalized = text;
    normalized.replace("\r\n"_L1, "\n"_L1);
    QStringList lines = normalized.split(u'\n');
    if (!lines.isEmpty() && lines.first().trimmed() == headerLine(language))
        lines.removeFirst();

    const QString separator = separatorLine(language);
    QList<QStringList> chunks{{}};
    for (const QString &line : std::as_const(lines)) {
        if (line.trimmed() == separator)
            chunks.append(QStringList());
        else
            chunks.last().append(line);
    }
    for (QStringList &chunk : chunks)
        trimBlankLines(chunk);
    // Exports end with a separator; that trailing empty chunk is not a cell.
    while (!chunks.isEmpty() && chunks.last().isEmpty())
        chunks.removeLast();
    for (const QStringList &chunk : std::as_const(chunks))
        notebook.cells.append(parseCell(chunk, language));
    return notebook;
}

QString NotebookSourceCodec::serialize(const Notebook &notebook)
{
    const NotebookLanguage language = notebook.language;
    QStringList cells;
    for (const NotebookCell &cell : notebook.cells) {
        QStringList lines;
        if (!cell.title.isEmpty())
            lines.append(titlePrefix(language) + (cell.titleShown ? "1,"_L1 : "0,"_L1) +
                         cell.title);
        const QStringList body = cell.source.split(u'\n');
        if (!cell.magic().isEmpty()) {
            const QString magic = magicPrefix(language);
            for (const QString &line : body)
                lines.append(line.isEmpty() ? magic : magic + u' ' + line);
        } else {
            lines.append(body);
        }
        cells.append(lines.join(u'\n'));
    }
    QString out = headerLine(language) + u'\n';
    out += cells.join("\n\n"_L1 + separatorLine(language) + "\n\n"_L1);
    out += u'\n';
    return out;
}

} // namespace brickdesk
