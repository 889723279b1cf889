// Every JSON response model's reader. The first byte picks the model, the
// rest is parsed as JSON; each object of an array is read too, as list
// responses carry them ("objects", "files", "jobs", ...).
#include "core/auth/scimservice.h"
#include "core/clusters/clustersservice.h"
#include "core/dbfs/dbfsfileinfo.h"
#include "core/jobs/jobsservice.h"
#include "core/net/apiclient.h" // the services' QPointer<ApiClient> needs the full type
#include "core/notebook/notebookmodeljson.h"
#include "core/permissions/objectpermissions.h"
#include "core/pipelines/pipelineevent.h"
#include "core/pipelines/pipelinesservice.h"
#include "core/secrets/secrettypes.h"
#include "core/workspace/workspaceobject.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>

BRICKDESK_FUZZ_INIT_QT

namespace {

using namespace brickdesk;

void readModel(uint8_t selector, const QJsonObject &json)
{
    switch (selector % 13) {
    case 0:
        (void)DbfsFileInfo::fromJson(json);
        break;
    case 1:
        (void)WorkspaceObject::fromJson(json);
        break;
    case 2:
        (void)JobSummary::fromJson(json);
        break;
    case 3:
        (void)ClusterSummary::fromJson(json);
        break;
    case 4:
        (void)PipelineSummary::fromJson(json);
        break;
    case 5:
        (void)PipelineDetails::fromJson(json);
        break;
    case 6:
        (void)PipelineEvent::fromJson(json);
        break;
    case 7:
        (void)SecretScope::fromJson(json);
        break;
    case 8:
        (void)SecretKeyInfo::fromJson(json);
        break;
    case 9:
        (void)SecretAcl::fromJson(json);
        break;
    case 10:
        (void)ObjectPermissions::fromJson(json);
        break;
    case 11:
        (void)CurrentUser::fromJson(json);
        break;
    default: {
        QString name;
        (void)NotebookModelJson::fromJson(json, &name);
        break;
    }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data + 1, size - 1));
    const uint8_t selector = data[0];
    if (doc.isObject()) {
        const QJsonObject object = doc.object();
        readModel(selector, object);
        // The list responses' shape: {"<items>": [ {...}, ... ]}.
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonArray items = it.value().toArray();
            for (const QJsonValue &item : items)
                readModel(selector, item.toObject());
        }
    } else if (doc.isArray()) {
        const QJsonArray items = doc.array();
        for (const QJsonValue &item : items)
            readModel(selector, item.toObject());
    }
    return 0;
}
