#include "core/net/logging.h"

namespace brickdesk {

Q_LOGGING_CATEGORY(lcNet, "brickdesk.net", QtInfoMsg)

} // namespace brickdesk
