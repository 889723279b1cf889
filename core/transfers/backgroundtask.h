#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace brickdesk {

// The threads transfers read, encode, decode and write files on, so that
// neither disk I/O nor base64 runs on the GUI thread. A pool of its own:
// disk waits must not starve Qt's global pool, which the machine's core
// count sizes for computing, not for waiting.
QThreadPool *transferIoPool();

// Runs `work` on the transfer I/O pool and hands its result to `then` on
// `context`'s thread. If `context` is destroyed first, `then` never runs and
// the result is dropped when the work ends. `work` must not touch `context`:
// it owns (captures by value) everything it uses. This is how transfers keep
// disk I/O off the GUI thread without blocking or nested event loops.
template <typename Work, typename Then> void runInBackground(QObject *context, Work work, Then then)
{
    using Result = std::invoke_result_t<Work>;
    // The watcher is not a child of `context`: `then` may destroy its context
    // (a transfer that ends closes its run scope), which must not delete the
    // watcher while it is still emitting.
    auto *watcher = new QFutureWatcher<Result>;
    QObject::connect(
        watcher, &QFutureWatcherBase::finished, context,
        [watcher, then = std::move(then)]() mutable { then(watcher->future().result()); });
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    watcher->setFuture(QtConcurrent::run(transferIoPool(), std::move(work)));
}

// Fire and forget: cleanup that must outlive the transfer that started it.
template <typename Work> void runInBackground(Work work)
{
    transferIoPool()->start(std::move(work));
}

} // namespace brickdesk
