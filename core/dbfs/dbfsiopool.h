#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace brickdesk {

// The threads DBFS transfers read, encode, decode and write files on, so
// that neither disk I/O nor base64 runs on the GUI thread. A pool of its
// own: disk waits must not starve Qt's global pool, which the machine's core
// count sizes for computing, not for waiting.
class DbfsIoPool
{
public:
    static QThreadPool *pool();

    // Runs `work` on the pool and hands its result to `then` on `context`'s
    // thread. If `context` is destroyed first, `then` never runs. `work` must
    // not touch `context`: it owns (captures by value) what it uses.
    template <typename Work, typename Then> static void run(QObject *context, Work work, Then then)
    {
        using Result = std::invoke_result_t<Work>;
        auto *watcher = new QFutureWatcher<Result>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                         [watcher, then = std::move(then)]() mutable {
                             watcher->deleteLater();
                             then(watcher->future().result());
                         });
        watcher->setFuture(QtConcurrent::run(pool(), std::move(work)));
    }

    // Fire and forget (cleanup that must outlive its transfer).
    template <typename Work> static void run(Work work)
    {
        QThreadPool *threads = pool();
        threads->start(std::move(work));
    }
};

} // namespace brickdesk
