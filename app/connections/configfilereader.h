#pragma once

#include "core/auth/databricksconfig.h"

#include <QString>

#include <functional>

class QObject;

namespace brickdesk {

// Reads and parses ~/.databrickscfg on a pool thread: the file is small, but
// a home directory on a network share can stall, and the GUI thread must not.
class ConfigFileReader
{
public:
    struct Result
    {
        QString path;
        bool exists = false;
        QString error; // the file exists but could not be read
        DatabricksConfig config;
    };

    // `done` runs on `context`'s thread, unless `context` is gone by then.
    static void read(const QString &path, QObject *context,
                     std::function<void(const Result &)> done);
};

} // namespace brickdesk
