#include "tests/support/homefiles.h"

#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>

namespace brickdesk::test {

QByteArray everythingOnDisk()
{
    QByteArray all;
    const QStringList roots = {QStandardPaths::writableLocation(QStandardPaths::HomeLocation),
                               QStandardPaths::writableLocation(QStandardPaths::ConfigLocation)};
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1StringView("/keyrings/")))
                continue;
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
    }
    return all;
}

} // namespace brickdesk::test
