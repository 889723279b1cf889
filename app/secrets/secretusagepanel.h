#pragma once

#include "core/secrets/secretusageindex.h"

#include <QPointer>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace brickdesk {

class SecretUsageModel;

// Which jobs, clusters and pipelines use one key ("Used by 3 jobs and 1
// cluster"), or every reference to a key that does not exist, as a table
// under a heading. Driven by a SecretUsageIndex: shows that it is looking
// while the index rebuilds, what it could not read when it is done, and
// offers Refresh.
class SecretUsagePanel : public QWidget
{
    Q_OBJECT

public:
    explicit SecretUsagePanel(QWidget *parent = nullptr);
    ~SecretUsagePanel() override;

    // Not owned. An index that has never been built is built now.
    void setIndex(SecretUsageIndex *index);
    SecretUsageIndex *index() const { return m_index; }

    void showKey(const QString &scope, const QString &key);
    void showMissingReferences();

    QString headingText() const;
    QString errorText() const;
    SecretUsageModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    enum class Mode { Nothing, Key, Missing };

    void refresh();
    void showState();
    void ensureBuilt();

    QPointer<SecretUsageIndex> m_index;
    Mode m_mode = Mode::Nothing;
    QString m_scope;
    QString m_key;
    QLabel *m_heading;
    QLabel *m_progress;
    QLabel *m_error;
    QPushButton *m_refresh;
    QTableView *m_view;
    SecretUsageModel *m_model;
};

} // namespace brickdesk
