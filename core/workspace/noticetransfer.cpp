#include "core/workspace/noticetransfer.h"

namespace brickdesk {

NoticeTransfer::NoticeTransfer(Direction direction, const QString &name, const QString &source,
                               Outcome outcome, const QString &reason, QObject *parent)
    : Transfer(direction, name, source, QString(), parent)
    , m_outcome(outcome)
    , m_reason(reason)
{}

void NoticeTransfer::run()
{
    if (m_outcome == Outcome::Skipped)
        skip(m_reason);
    else
        fail(m_reason);
}

} // namespace brickdesk
