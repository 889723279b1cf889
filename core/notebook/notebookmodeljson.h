#pragma once

#include "core/notebook/notebook.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace brickdesk {

// The JSON notebook model Databricks keeps inside DBC archives and embeds in
// HTML exports ({"version":"NotebookV1","name",...,"commands":[...]}).
class NotebookModelJson
{
public:
    static QJsonObject toJson(const Notebook &notebook, const QString &name, qint64 origId = 0);
    static std::optional<Notebook> fromJson(const QJsonObject &model, QString *name = nullptr);
};

} // namespace brickdesk
