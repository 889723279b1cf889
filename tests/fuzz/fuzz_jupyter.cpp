// Jupyter nbformat 4 (.ipynb) import, and the export of what it read.
#include "core/notebook/jupytercodec.h"
#include "tests/fuzz/fuzzsupport.h"

BRICKDESK_FUZZ_INIT_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto notebook =
        brickdesk::JupyterCodec::fromIpynb(brickdesk::fuzz::bytes(data, size), &error);
    if (notebook)
        (void)brickdesk::JupyterCodec::toIpynb(*notebook, QStringLiteral("fuzz"));
    return 0;
}
