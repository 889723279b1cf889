#pragma once

#include "core/notebook/notebook.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace brickdesk {

// The SOURCE format: a plain script in the notebook's language whose cells are
// separated by "<comment> COMMAND ----------" lines, with non-default-language
// cells prefixed "<comment> MAGIC " and titles as "<comment> DBTITLE 1,<title>".
class NotebookSourceCodec
{
public:
    // "# Databricks notebook source" etc.
    static QString headerLine(NotebookLanguage language);
    // The language whose header `content` starts with, if any. Python and R
    // share a header; `extension` ("py", "r", "R") disambiguates, Python wins
    // without it.
    static std::optional<NotebookLanguage> detectHeader(const QByteArray &content,
                                                        const QString &extension = {});

    static Notebook parse(const QString &text, NotebookLanguage language);
    static QString serialize(const Notebook &notebook);
};

} // namespace brickdesk
