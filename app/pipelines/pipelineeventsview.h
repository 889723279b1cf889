#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace brickdesk {

class ApiClient;
class PipelineEventsModel;

// A pipeline's event log: a level filter (errors, warnings, info; asked of
// the server), a text search over what is loaded (message, event, dataset),
// Load More for the next page, and each error's exceptions under it, to be
// expanded.
class PipelineEventsView : public QWidget
{
    Q_OBJECT

public:
    enum class Levels { All, Errors, ErrorsAndWarnings, Info };

    explicit PipelineEventsView(QWidget *parent = nullptr);
    ~PipelineEventsView() override;

    void setClient(ApiClient *client);
    // Lists `pipelineId`'s events (empty: clears).
    void showPipeline(const QString &pipelineId);
    void reload();
    void setLevels(Levels levels);
    void setSearchText(const QString &text);

    PipelineEventsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    QPushButton *loadMoreButton() const { return m_loadMore; }
    QString statusText() const;

    // The server's level filter for a choice (empty: every level).
    static QStringList levelsOf(Levels levels);

private:
    void updateStatus();

    PipelineEventsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_levels;
    QLineEdit *m_search;
    QTreeView *m_view;
    QLabel *m_status;
    QPushButton *m_loadMore;
    QString m_pipelineId;
};

} // namespace brickdesk
