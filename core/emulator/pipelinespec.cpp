#include "core/emulator/pipelinespec.h"

#include "core/emulator/apierrors.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

const QStringList kControlKeys{u"allow_duplicate_names"_s,
                               u"dry_run"_s,
                               u"expected_last_modified"_s,
                               u"id"_s,
                               u"name"_s,
                               u"pipeline_id"_s};

QString libraryPath(const QJsonObject &library)
{
    for (const auto kind : {"notebook"_L1, "file"_L1})
        if (library.contains(kind))
            return library.value(kind).toObject().value("path"_L1).toString();
    if (library.contains("glob"_L1))
        return library.value("glob"_L1).toObject().value("include"_L1).toString();
    return {};
}

HttpResponse wrongType(const QString &key, const QString &type)
{
    return invalidParameter(u"Invalid value for '%1': expected %2."_s.arg(key, type));
}

} // namespace

std::variant<PipelineSpec::Read, HttpResponse>
PipelineSpec::read(const QJsonObject &body, const QString &operation, const QString &pipelineId)
{
    Read out;
    out.name = body.value("name"_L1).toString().trimmed();
    // Invented wording: every public example sends a name.
    if (out.name.isEmpty())
        return invalidParameter(u"%1 name must be specified."_s.arg(operation));

    for (const auto key : {"continuous"_L1, "development"_L1, "photon"_L1, "serverless"_L1})
        if (body.contains(key) && !body.value(key).isBool())
            return wrongType(key, u"a boolean"_s);
    for (const auto key : {"configuration"_L1, "notifications"_L1, "run_as"_L1})
        if (body.contains(key) && !body.value(key).isObject() &&
            !(key == "notifications"_L1 && body.value(key).isArray()))
            return wrongType(key, u"an object"_s);
    for (const auto key : {"libraries"_L1, "clusters"_L1})
        if (body.contains(key) && !body.value(key).isArray())
            return wrongType(key, u"an array"_s);
    for (const auto key : {"catalog"_L1, "schema"_L1, "target"_L1, "storage"_L1, "channel"_L1,
                           "edition"_L1, "root_path"_L1})
        if (body.contains(key) && !body.value(key).isString())
            return wrongType(key, u"a string"_s);

    if (body.contains("schema"_L1) && body.contains("target"_L1))
        return invalidParameter(u"Only one of 'schema' and 'target' can be specified."_s);
    static const QRegularExpression schemaName(u"^[A-Za-z0-9_-]+$"_s);
    for (const auto key : {"schema"_L1, "target"_L1}) {
        const QString schema = body.value(key).toString();
        if (body.contains(key) && !schemaName.match(schema).hasMatch())
            return invalidParameter(u"%1 target_schema_name \"%2\" is not a valid name. A schema "
                                    "name may contain only letters, digits, underscores and "
                                    "hyphens."_s.arg(operation, schema));
    }
    if (body.contains("catalog"_L1) && body.contains("storage"_L1))
        return invalidParameter(u"'storage' cannot be set for a pipeline that publishes to Unity "
                                "Catalog ('catalog' is set)."_s);

    QJsonObject spec = body;
    for (const QString &key : kControlKeys)
        spec.remove(key);
    const QString channel = spec.value("channel"_L1).toString(u"CURRENT"_s).toUpper();
    if (channel != "CURRENT"_L1 && channel != "PREVIEW"_L1)
        return invalidParameter(u"Invalid channel '%1': expected CURRENT or PREVIEW."_s.arg(
            spec.value("channel"_L1).toString()));
    const QString edition = spec.value("edition"_L1).toString(u"ADVANCED"_s).toUpper();
    if (edition != "CORE"_L1 && edition != "PRO"_L1 && edition != "ADVANCED"_L1)
        return invalidParameter(u"Invalid edition '%1': expected CORE, PRO or ADVANCED."_s.arg(
            spec.value("edition"_L1).toString()));
    spec.insert("channel"_L1, channel);
    spec.insert("edition"_L1, edition);
    if (!spec.contains("development"_L1))
        spec.insert("development"_L1, false);
    if (!spec.contains("continuous"_L1))
        spec.insert("continuous"_L1, false);
    // Without a catalog the pipeline publishes to the Hive metastore and
    // keeps its data under the pipeline's own DBFS folder.
    if (!spec.contains("catalog"_L1) && !spec.contains("storage"_L1))
        spec.insert("storage"_L1, "dbfs:/pipelines/"_L1 + pipelineId);
    out.spec = spec;
    return out;
}

QList<PipelineDataset> PipelineSpec::datasetsFor(const QJsonObject &spec)
{
    static const QRegularExpression notWord(u"[^a-z0-9]+"_s);
    QList<PipelineDataset> out;
    for (const QJsonValue &value : spec.value("libraries"_L1).toArray()) {
        const QString path = libraryPath(value.toObject());
        QString base = path.section(u'/', -1).toLower();
        base = base.section(u'.', 0, 0).replace(notWord, u"_"_s);
        base.remove(QRegularExpression(u"^_+|_+$"_s));
        if (base.isEmpty())
            continue;
        PipelineDataset raw;
        raw.name = base + "_raw"_L1;
        raw.kind = PipelineDataset::Kind::StreamingTable;
        raw.outputRows = 120'000;
        raw.sourcePath = path;
        PipelineDataset clean;
        clean.name = base + "_clean"_L1;
        clean.kind = PipelineDataset::Kind::MaterializedView;
        clean.inputs = {raw.name};
        clean.outputRows = 118'400;
        clean.sourcePath = path;
        out << raw << clean;
    }
    return out;
}

QStringList PipelineSpec::notebookPaths(const QJsonObject &spec)
{
    QStringList out;
    for (const QJsonValue &value : spec.value("libraries"_L1).toArray()) {
        const QJsonObject library = value.toObject();
        if (library.contains("notebook"_L1))
            out.append(library.value("notebook"_L1).toObject().value("path"_L1).toString());
    }
    return out;
}

} // namespace brickdesk::emulator
