// HTML notebook import (the exported .html carries the notebook model).
#include "core/notebook/notebookhtmlexporter.h"
#include "tests/fuzz/fuzzsupport.h"

BRICKDESK_FUZZ_INIT_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)brickdesk::NotebookHtmlExporter::fromHtml(brickdesk::fuzz::bytes(data, size));
    return 0;
}
