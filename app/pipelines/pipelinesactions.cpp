#include "app/pipelines/pipelinesactions.h"

#include "app/common/browseropener.h"
#include "app/common/confirmdialog.h"
#include "app/common/jsoneditor/jsonpayloaddialog.h"
#include "app/permissions/permissionsopener.h"
#include "app/pipelines/startupdatedialog.h"
#include "core/net/apiclient.h"
#include "core/payload/payloadkinds.h"
#include "core/pipelines/pipelinesmodel.h"
#include "core/pipelines/pipelinesservice.h"
#include "core/pipelines/pipelinestates.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// What the editor shows of a pipeline's settings: the spec without the
// fields get answers but an edit does not send (the id is the path's).
QJsonObject editableSpec(const QJsonObject &pipeline)
{
    QJsonObject spec = pipeline.value("spec"_L1).toObject();
    spec.remove(u"id"_s);
    return spec;
}

} // namespace

PipelinesActions::PipelinesActions(QWidget *view)
    : AreaActions(view)
{
    m_start = makeAction(tr("&Start…"), u"run"_s, QKeySequence(Qt::CTRL | Qt::Key_R),
                         tr("Start an update: every table, a full refresh, selected tables or "
                            "validation only"));
    m_stop = makeAction(tr("S&top"), u"stop"_s, QKeySequence(Qt::CTRL | Qt::Key_Period),
                        tr("Stop the pipeline's active update"));
    m_new = makeAction(tr("&New Pipeline…"), u"add"_s, QKeySequence::New,
                       tr("Create a pipeline from a template in the JSON editor"));
    m_edit = makeAction(tr("&Edit Settings…"), u"edit"_s, QKeySequence(Qt::CTRL | Qt::Key_E),
                        tr("Edit the pipeline's settings as JSON; the changes are shown before "
                           "they are saved"));
    m_delete = makeAction(tr("&Delete…"), u"remove"_s, QKeySequence::Delete,
                          tr("Delete the pipeline and the tables it defines"));
    m_copyId = makeAction(tr("Copy Pipeline &ID"), u"copy"_s, QKeySequence::Copy,
                          tr("Copy the pipeline's id to the clipboard"));
    m_openInBrowser =
        makeAction(tr("Open in &Browser"), u"open-external"_s, QKeySequence(Qt::CTRL | Qt::Key_B),
                   tr("Show the pipeline in the web UI"));
    m_refresh = makeAction(tr("Refresh"), u"refresh"_s, QKeySequence::Refresh,
                           tr("List the pipelines again"));
    const QList<std::pair<QAction *, QString>> names{{m_start, u"startPipelineAction"_s},
                                                     {m_stop, u"stopPipelineAction"_s},
                                                     {m_new, u"newPipelineAction"_s},
                                                     {m_edit, u"editPipelineAction"_s},
                                                     {m_delete, u"deletePipelineAction"_s},
                                                     {m_copyId, u"copyPipelineIdAction"_s},
                                                     {m_openInBrowser, u"openPipelineAction"_s},
                                                     {m_refresh, u"refreshPipelinesAction"_s}};
    for (const auto &[action, name] : names)
        action->setObjectName(name);
    connect(m_start, &QAction::triggered, this, &PipelinesActions::start);
    connect(m_stop, &QAction::triggered, this, &PipelinesActions::stop);
    connect(m_new, &QAction::triggered, this, &PipelinesActions::newPipeline);
    connect(m_edit, &QAction::triggered, this, &PipelinesActions::edit);
    connect(m_delete, &QAction::triggered, this, &PipelinesActions::remove);
    connect(m_copyId, &QAction::triggered, this, &PipelinesActions::copyId);
    connect(m_openInBrowser, &QAction::triggered, this, &PipelinesActions::openInBrowser);
    connect(m_refresh, &QAction::triggered, this, &PipelinesActions::refreshRequested);
    m_permissions = makePermissionsAction([this] {
        PermissionsTarget target{m_client, m_workspace, {}};
        const QList<QJsonObject> pipelines = m_selected.isEmpty() && !pipelineId().isEmpty()
                                                 ? QList<QJsonObject>{m_pipeline}
                                                 : m_selected;
        for (const QJsonObject &pipeline : pipelines) {
            const QString id = pipeline.value("pipeline_id"_L1).toString();
            const QString name = pipeline.value("name"_L1).toString();
            target.objects.append(
                {PermissionObject::Type::Pipeline, id, name.isEmpty() ? id : name, {}});
        }
        return target;
    });
    updateActions();
}

PipelinesActions::~PipelinesActions() = default;

void PipelinesActions::setConnection(ApiClient *client, const QString &workspace)
{
    m_scope.reset(); // answers for the old connection go nowhere
    m_client = client;
    m_workspace = workspace;
    m_service.reset(client ? new PipelinesService(client) : nullptr);
    m_pipeline = {};
    m_selected.clear();
    updateActions();
}

void PipelinesActions::setPipeline(const QJsonObject &pipeline)
{
    m_pipeline = pipeline;
    updateActions();
}

void PipelinesActions::setSelectedPipelines(const QList<QJsonObject> &pipelines)
{
    m_selected = pipelines;
    updateActions();
}

QString PipelinesActions::pipelineId() const
{
    return m_pipeline.value("pipeline_id"_L1).toString();
}

QString PipelinesActions::pipelineName() const
{
    const QString name = m_pipeline.value("name"_L1).toString();
    return name.isEmpty() ? pipelineId() : name;
}

bool PipelinesActions::hasActiveUpdate() const
{
    const QString state = m_pipeline.value("state"_L1).toString();
    return PipelineStates::isActiveUpdate(
               PipelinesModel::latestUpdate(m_pipeline).value("state"_L1).toString()) ||
           state == "STARTING"_L1 || state == "RUNNING"_L1;
}

QList<QAction *> PipelinesActions::toolbarActions() const
{
    return {m_new, m_edit, m_start, m_stop, m_delete, m_refresh};
}

void PipelinesActions::fillMenu(QMenu *menu) const
{
    menu->addActions({m_start, m_stop});
    menu->addSeparator();
    menu->addActions({m_edit, m_permissions, m_copyId, m_openInBrowser});
    menu->addSeparator();
    menu->addActions({m_delete});
    menu->addSeparator();
    menu->addActions({m_new, m_refresh});
}

void PipelinesActions::updateActions()
{
    const bool connected = m_client != nullptr;
    // Several selected: only what acts on all of them (Permissions…).
    const bool one = connected && !pipelineId().isEmpty() && m_selected.size() <= 1;
    m_new->setEnabled(connected);
    m_refresh->setEnabled(connected);
    for (QAction *action : {m_edit, m_delete, m_copyId, m_openInBrowser})
        action->setEnabled(one);
    m_start->setEnabled(one && !hasActiveUpdate());
    m_stop->setEnabled(one && hasActiveUpdate());
    m_permissions->setEnabled(connected && (!pipelineId().isEmpty() || !m_selected.isEmpty()));
}

QObject *PipelinesActions::operationScope()
{
    if (!m_scope)
        m_scope = std::make_unique<QObject>();
    return m_scope.get();
}

void PipelinesActions::reportFailure(const QString &what, const ApiError &error)
{
    emit statusChanged(QString(), false);
    emit errorOccurred(tr("%1: %2").arg(what, error.toString()));
}

void PipelinesActions::start()
{
    if (!m_service || pipelineId().isEmpty())
        return;
    const QString id = pipelineId();
    const QString name = pipelineName();
    const QString latest =
        PipelinesModel::latestUpdate(m_pipeline).value("update_id"_L1).toString();
    StartUpdateDialog::ask(
        actionView(), m_client, id, name, latest,
        [this, id, name](std::optional<PipelinesService::StartUpdate> update) {
            if (!update || !m_service)
                return;
            emit statusChanged(tr("Starting an update of “%1”…").arg(name), true);
            m_service->startUpdate(
                id, *update, operationScope(),
                [this, id, name](const std::optional<ApiError> &error, const QJsonObject &reply) {
                    if (error) {
                        // Refused while one runs: the row is read again to show it.
                        reportFailure(tr("Could not start “%1”").arg(name), *error);
                        emit pipelineChanged(id);
                        return;
                    }
                    emit statusChanged(tr("Started an update of “%1”.").arg(name), false);
                    emit pipelineChanged(id);
                    emit updateStarted(id, reply.value("update_id"_L1).toString());
                });
        });
}

void PipelinesActions::stop()
{
    if (!m_service || pipelineId().isEmpty())
        return;
    const QString id = pipelineId();
    const QString name = pipelineName();
    ConfirmDialog::Question question;
    question.workspace = m_workspace;
    question.what = tr("Stop the running update of “%1” in %2?").arg(name, m_workspace);
    question.details = tr("Flows that are running stop where they are; tables keep what they "
                          "wrote so far. The next update goes on from there.");
    question.action = tr("Stop");
    ConfirmDialog::ask(actionView(), question, [this, id, name](bool confirmed) {
        if (!confirmed || !m_service)
            return;
        emit statusChanged(tr("Stopping “%1”…").arg(name), true);
        m_service->stop(
            id, operationScope(), [this, id, name](const std::optional<ApiError> &error) {
                if (error) {
                    reportFailure(tr("Could not stop “%1”").arg(name), *error);
                    return;
                }
                emit statusChanged(tr("Stopping “%1”; its update is being canceled.").arg(name),
                                   false);
                emit pipelineChanged(id);
            });
    });
}

void PipelinesActions::newPipeline()
{
    if (!m_service)
        return;
    JsonPayloadDialog::Setup setup;
    setup.title = tr("New Pipeline in %1").arg(m_workspace);
    setup.kind = PayloadKinds::pipelineSpec();
    setup.workspace = m_workspace;
    setup.actionText = tr("Create");
    setup.objectName = u"newPipelineDialog"_s;
    auto *dialog = new JsonPayloadDialog(setup, actionView());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &JsonPayloadDialog::submitted, dialog, [this, dialog](const QJsonObject &spec) {
        dialog->setBusy(true);
        m_service->create(spec, dialog,
                          [this, dialog, name = spec.value("name"_L1).toString()](
                              const std::optional<ApiError> &error, const QJsonObject &reply) {
                              if (!dialog->finishSubmit(error))
                                  return;
                              emit statusChanged(tr("Created pipeline “%1”.").arg(name), false);
                              emit pipelinesChanged(reply.value("pipeline_id"_L1).toString());
                          });
    });
    dialog->open();
}

void PipelinesActions::edit()
{
    if (!m_service || pipelineId().isEmpty())
        return;
    emit statusChanged(tr("Reading “%1”…").arg(pipelineName()), true);
    // The editor starts from the settings as they are now, with the
    // last_modified that tells a stale edit from a fresh one.
    m_service->get(pipelineId(), operationScope(),
                   [this](const std::optional<ApiError> &error, const QJsonObject &pipeline) {
                       if (error) {
                           reportFailure(tr("Could not read the pipeline"), *error);
                           return;
                       }
                       emit statusChanged(QString(), false);
                       openEditor(pipeline);
                   });
}

void PipelinesActions::openEditor(const QJsonObject &pipeline)
{
    const QString id = pipeline.value("pipeline_id"_L1).toString();
    const QString name = pipeline.value("name"_L1).toString();
    const qint64 lastModified = pipeline.value("last_modified"_L1).toInteger();
    JsonPayloadDialog::Setup setup;
    setup.title = tr("Edit Pipeline “%1” in %2").arg(name, m_workspace);
    setup.kind = PayloadKinds::pipelineSpec();
    setup.workspace = m_workspace;
    setup.original = editableSpec(pipeline);
    setup.actionText = tr("Save");
    setup.objectName = u"editPipelineDialog"_s;
    if (PipelineStates::isActiveUpdate(
            PipelinesModel::latestUpdate(pipeline).value("state"_L1).toString()))
        setup.caution = tr("“%1” has an update running: it goes on with the settings it started "
                           "with; the next update uses the new ones.")
                            .arg(name);
    auto *dialog = new JsonPayloadDialog(setup, actionView());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &JsonPayloadDialog::submitted, dialog,
            [this, dialog, id, name, lastModified](const QJsonObject &spec) {
                dialog->setBusy(true);
                m_service->edit(
                    id, spec, lastModified, dialog,
                    [this, dialog, id, name](const std::optional<ApiError> &error) {
                        // Someone saved in between: say so, keep the text, overwrite nothing.
                        const bool stale = error && error->httpStatus == 409 &&
                                           error->errorCode == "RESOURCE_CONFLICT"_L1;
                        const QString refusal =
                            stale ? tr("Someone changed “%1” after this editor read it, so "
                                       "nothing was saved. Copy your changes, close the editor "
                                       "and edit again to start from their version.")
                                        .arg(name)
                                  : QString();
                        if (!dialog->finishSubmit(error, refusal))
                            return;
                        emit statusChanged(tr("Saved the settings of “%1”.").arg(name), false);
                        emit pipelineChanged(id);
                    });
            });
    dialog->open();
}

void PipelinesActions::remove()
{
    if (!m_service || pipelineId().isEmpty())
        return;
    const QString id = pipelineId();
    const QString name = pipelineName();
    ConfirmDialog::Question question;
    question.workspace = m_workspace;
    question.what = tr("Delete pipeline “%1” from %2?").arg(name, m_workspace);
    question.details = tr("Its settings and update history go, an active update is stopped, and "
                          "the tables it defines (materialized views, streaming tables and "
                          "views) are deleted with it. This cannot be undone.");
    question.action = tr("Delete");
    ConfirmDialog::ask(actionView(), question, [this, id, name](bool confirmed) {
        if (!confirmed || !m_service)
            return;
        emit statusChanged(tr("Deleting “%1”…").arg(name), true);
        m_service->remove(id, operationScope(), [this, name](const std::optional<ApiError> &error) {
            if (error) {
                reportFailure(tr("Could not delete “%1”").arg(name), *error);
                return;
            }
            emit statusChanged(tr("Deleted pipeline “%1”.").arg(name), false);
            emit pipelinesChanged(QString());
        });
    });
}

void PipelinesActions::copyId()
{
    if (pipelineId().isEmpty())
        return;
    QApplication::clipboard()->setText(pipelineId());
    emit statusChanged(tr("Copied pipeline id %1.").arg(pipelineId()), false);
}

void PipelinesActions::openInBrowser()
{
    if (!m_client || pipelineId().isEmpty())
        return;
    QUrl url = m_client->host();
    url.setPath(u"/pipelines/%1"_s.arg(pipelineId()));
    if (!BrowserOpener::open(url))
        emit errorOccurred(tr("Could not open %1 in a browser.").arg(url.toDisplayString()));
}

} // namespace brickdesk
