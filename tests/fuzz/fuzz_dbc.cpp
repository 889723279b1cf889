// DBC archives and the ZIP reader under them: central directory, local
// headers, stored and deflated entries, and the notebook JSON inside.
#include "core/notebook/dbcarchive.h"
#include "core/notebook/ziparchive.h"
#include "tests/fuzz/fuzzsupport.h"

BRICKDESK_FUZZ_INIT_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray archive = brickdesk::fuzz::bytes(data, size);
    (void)brickdesk::ZipArchive::looksLikeZip(archive);
    QString error;
    (void)brickdesk::ZipArchive::read(archive, &error);
    (void)brickdesk::DbcArchive::read(archive, &error);
    return 0;
}
