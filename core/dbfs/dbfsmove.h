#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <memory>

namespace brickdesk {

class ApiClient;

// Moves (renames) DBFS paths, all at once within the client's budget, and
// reports once when every move has answered. Moves are not repeated after a
// lost answer: a second move would find its source gone.
class DbfsMove : public QObject
{
    Q_OBJECT

public:
    using Moves = QList<QPair<QString, QString>>; // from, to (API or dbfs: paths)

    DbfsMove(ApiClient *client, Moves moves, QObject *parent = nullptr);
    ~DbfsMove() override;

    const Moves &moves() const { return m_moves; }
    // Every folder that gained or lost an entry: the ones to list again.
    QStringList changedFolders() const { return m_folders.values(); }

    void start();

signals:
    // Exactly once. `errors`: "dbfs:/a: why" for each move that failed.
    void finished(const QStringList &errors);

private:
    QPointer<ApiClient> m_client;
    Moves m_moves;
    QSet<QString> m_folders;
    QStringList m_errors;
    int m_pending = 0;
    // The moves' context: destroyed with this operation, which drops their
    // late answers.
    std::unique_ptr<QObject> m_scope;
};

} // namespace brickdesk
