#pragma once

#include "core/pipelines/pipelinesservice.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <optional>

class QButtonGroup;
class QLabel;
class QTreeWidget;
class QPushButton;
class QRadioButton;

namespace brickdesk {

class ApiClient;
class PipelineEventsModel;

// What an update should do: refresh every table (the default), recompute
// every table from scratch, refresh or fully recompute the tables picked
// from those the pipeline has (read from its latest update's dataset
// definitions; views are not refreshed on their own), or only validate the
// code. A full refresh says that it drops what the tables hold.
// Non-blocking: opened with ask().
class StartUpdateDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { RefreshAll, FullRefreshAll, Selected, ValidateOnly };

    StartUpdateDialog(ApiClient *client, const QString &pipelineId, const QString &pipelineName,
                      const QString &latestUpdateId, QWidget *parent = nullptr);
    ~StartUpdateDialog() override;

    void setMode(Mode mode);
    Mode mode() const;
    // The tables offered for a selection, once read.
    QStringList tables() const;
    // Picks `table` for an incremental refresh or a full one (Selected mode).
    void pickTable(const QString &table, bool fullRefresh);
    // What Start sends; none while a selection is empty.
    std::optional<PipelinesService::StartUpdate> request() const;
    QString problemText() const;

    static void ask(QWidget *parent, ApiClient *client, const QString &pipelineId,
                    const QString &pipelineName, const QString &latestUpdateId,
                    std::function<void(std::optional<PipelinesService::StartUpdate>)> done);
    // Test seam: ask() answers with `answer` (none: Cancel) without a dialog.
    static void
    setAnswerForTesting(std::optional<std::optional<PipelinesService::StartUpdate>> answer);

signals:
    // The tables were read (tables() holds them).
    void tablesLoaded();

private:
    void onEventsPage();
    void updateState();

    PipelineEventsModel *m_events;
    QButtonGroup *m_modes;
    QTreeWidget *m_tables;
    QLabel *m_tablesStatus;
    QLabel *m_problem;
    QLabel *m_warning;
    QPushButton *m_start;
    QStringList m_tableNames;
};

} // namespace brickdesk
