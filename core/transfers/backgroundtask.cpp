#include "core/transfers/backgroundtask.h"

#include <QCoreApplication>

namespace brickdesk {

QThreadPool *transferIoPool()
{
    // Enough for the queue's eight transfers to each have one task running.
    static QThreadPool *threads = [] {
        auto *created = new QThreadPool(QCoreApplication::instance());
        created->setMaxThreadCount(8);
        created->setObjectName(QStringLiteral("brickdesk-transfer-io"));
        return created;
    }();
    return threads;
}

} // namespace brickdesk
