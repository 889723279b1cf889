#pragma once

#include <QString>

namespace brickdesk {

// A length of time as people say it: "45 s", "3 min 20 s", "1 h 12 min";
// empty for a negative one (not known).
QString durationText(qint64 seconds);
// The same from milliseconds; under a second reads "0 s".
QString durationTextMs(qint64 milliseconds);

} // namespace brickdesk
