#pragma once

#include "core/jobs/runstatus.h"

#include <QIcon>

namespace brickdesk {

// A dot in the status's colour (RunStatus::color()), so a task list reads
// the way the jobs charts and graph do.
QIcon runStatusIcon(const RunStatus &status);

} // namespace brickdesk
