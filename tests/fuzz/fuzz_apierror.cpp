// API error bodies: whatever a server (or a proxy in front of it) answers
// with on a non-2xx status. The first byte picks the status, so 4xx/5xx and
// odd codes all reach the reason-phrase and HTML paths.
#include "core/net/apierror.h"
#include "tests/fuzz/fuzzsupport.h"

BRICKDESK_FUZZ_INIT_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int status = 400 + data[0] % 200;
    const QByteArray body = brickdesk::fuzz::bytes(data + 1, size - 1);
    const brickdesk::ApiError error = brickdesk::ApiError::fromHttpResponse(status, "Reason", body);
    (void)error.toString();
    (void)error.title();
    (void)error.isNotFound();
    (void)error.isAlreadyExists();
    return 0;
}
