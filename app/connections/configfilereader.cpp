#include "app/connections/configfilereader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFuture>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

namespace brickdesk {

void ConfigFileReader::read(const QString &path, QObject *context,
                            std::function<void(const Result &)> done)
{
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, path] {
        Result result;
        result.path = path;
        QFile file(path);
        result.exists = file.exists();
        if (result.exists) {
            if (file.open(QIODevice::ReadOnly))
                result.config = DatabricksConfig::parse(file.readAll());
            else
                result.error =
                    QCoreApplication::translate("ConfigFileReader", "%1 could not be read: %2")
                        .arg(path, file.errorString());
        }
        promise->addResult(result);
        promise->finish();
    });
    // The watcher lives with `context`: if that goes first, so does the
    // answer. (QFuture::then(context, ...) asserts on that in Qt 6.4.)
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, done = std::move(done)] {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(future);
}

} // namespace brickdesk
