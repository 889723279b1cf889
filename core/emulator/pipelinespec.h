#pragma once

#include "core/emulator/httpmessage.h"
#include "core/emulator/pipelinesstore.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <variant>

namespace brickdesk::emulator {

// The PipelineSpec of a create or edit body: which keys are settings (the
// rest control the call: allow_duplicate_names, dry_run,
// expected_last_modified, id), their checks and the service's defaults.
class PipelineSpec
{
public:
    struct Read
    {
        QString name;
        QJsonObject spec; // without id and name, defaults applied
    };

    // `operation` names the call in messages ("CreatePipeline",
    // "EditPipeline"); `pipelineId` is the id the pipeline has or will have.
    static std::variant<Read, HttpResponse> read(const QJsonObject &body, const QString &operation,
                                                 const QString &pipelineId);

    // The emulator reads no source code: a new pipeline's datasets are made
    // up from its libraries, a streaming table `<source>_raw` and a
    // materialized view `<source>_clean` reading it per notebook or file.
    static QList<PipelineDataset> datasetsFor(const QJsonObject &spec);

    // The notebook paths of `libraries[]`, for list's notebook='<path>' filter.
    static QStringList notebookPaths(const QJsonObject &spec);
};

} // namespace brickdesk::emulator
