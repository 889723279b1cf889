// 64-bit ids: any JSON value (number, string, overflowing, negative,
// fractional) through jsonId, and the raw bytes as the string form.
#include "core/net/jsonids.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

BRICKDESK_FUZZ_INIT_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = brickdesk::fuzz::bytes(data, size);
    (void)brickdesk::jsonId(QJsonValue(QString::fromUtf8(input)));
    (void)brickdesk::jsonId(QJsonValue(QString::fromLatin1(input)), -1);
    // Wrapped in an array so a bare number or string is a document too.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + input + "]");
    const QJsonArray values = doc.array();
    for (const QJsonValue &value : values) {
        (void)brickdesk::jsonId(value);
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            (void)brickdesk::jsonId(object, QLatin1StringView(it.key().toLatin1()));
    }
    return 0;
}
