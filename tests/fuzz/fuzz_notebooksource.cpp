// Notebook SOURCE format: header detection on the raw bytes (any extension),
// then the parser in the language the first byte picks, and a serialize of
// what it read (the round trip is what export does next).
#include "core/notebook/notebooksourcecodec.h"
#include "tests/fuzz/fuzzsupport.h"

BRICKDESK_FUZZ_INIT_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    using brickdesk::NotebookLanguage;
    using brickdesk::NotebookSourceCodec;
    static const NotebookLanguage languages[] = {NotebookLanguage::Python, NotebookLanguage::Scala,
                                                 NotebookLanguage::Sql, NotebookLanguage::R};
    const QByteArray content = brickdesk::fuzz::bytes(data + 1, size - 1);
    (void)NotebookSourceCodec::detectHeader(content);
    (void)NotebookSourceCodec::detectHeader(content, QStringLiteral("py"));
    const brickdesk::Notebook notebook =
        NotebookSourceCodec::parse(QString::fromUtf8(content), languages[data[0] % 4]);
    (void)NotebookSourceCodec::serialize(notebook);
    return 0;
}
