#include "core/emulator/logging.h"

namespace brickdesk::emulator {

Q_LOGGING_CATEGORY(lcEmulator, "brickdesk.emulator", QtInfoMsg)

} // namespace brickdesk::emulator
