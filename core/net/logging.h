#pragma once

#include <QLoggingCategory>

namespace brickdesk {

// One logging category per area; enable with QT_LOGGING_RULES="brickdesk.*=true".
Q_DECLARE_LOGGING_CATEGORY(lcNet)

} // namespace brickdesk
