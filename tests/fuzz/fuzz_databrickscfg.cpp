// The ~/.databrickscfg reader: INI sections, comments, continuation and
// whatever else a hand-edited file holds.
#include "core/auth/databricksconfig.h"
#include "tests/fuzz/fuzzsupport.h"

BRICKDESK_FUZZ_INIT_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)brickdesk::DatabricksConfig::parse(brickdesk::fuzz::bytes(data, size));
    return 0;
}
