// The emulator's multipart/form-data reader. The input is the Content-Type
// line, a newline, then the body, so the fuzzer varies the boundary too.
#include "core/emulator/multipartform.h"
#include "tests/fuzz/fuzzsupport.h"

BRICKDESK_FUZZ_INIT_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using brickdesk::emulator::MultipartForm;
    const QByteArray input = brickdesk::fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    if (newline < 0)
        return 0;
    const QByteArray contentType = input.left(newline);
    const QByteArray body = input.mid(newline + 1);
    (void)MultipartForm::isMultipart(contentType);
    (void)MultipartForm::parse(contentType, body);
    (void)MultipartForm::parseParts(contentType, body);
    return 0;
}
