#include "core/dbfs/dbfsmove.h"

#include "core/dbfs/dbfsservice.h"
#include "core/net/apiclient.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace brickdesk {

DbfsMove::DbfsMove(ApiClient *client, Moves moves, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_moves(std::move(moves))
{}

DbfsMove::~DbfsMove() = default;

void DbfsMove::start()
{
    if (m_scope)
        return;
    m_scope = std::make_unique<QObject>();
    if (!m_client || m_moves.isEmpty()) {
        // Answered from the event loop, like every other outcome.
        QTimer::singleShot(0, m_scope.get(), [this] {
            emit finished(m_client ? QStringList()
                                   : QStringList{tr("The workspace is not connected")});
        });
        return;
    }
    m_pending = int(m_moves.size());
    const DbfsService service(m_client);
    for (const auto &[from, to] : std::as_const(m_moves)) {
        m_folders << DbfsService::parentPath(from) << DbfsService::parentPath(to);
        // Captured by name: clang 14 (the sanitize build) cannot capture a
        // structured binding.
        service.move(from, to, m_scope.get(),
                     [this, source = from](const std::optional<ApiError> &error) {
                         if (error)
                             m_errors << tr("%1: %2").arg(DbfsService::displayPath(source),
                                                          error->toString());
                         if (--m_pending == 0)
                             emit finished(m_errors);
                     });
    }
}

} // namespace brickdesk
