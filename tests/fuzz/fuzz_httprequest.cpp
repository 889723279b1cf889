// The emulator's HTTP/1.1 request parser, fed as a socket would feed it:
// the first byte sets how many bytes arrive at a time, so requests split
// across reads (mid-line, mid-chunk, mid-body) are covered, and pipelined
// requests follow each other on one "connection".
#include "core/emulator/httprequestparser.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>

BRICKDESK_FUZZ_INIT_QT

namespace {

// A sequential device whose bytes "arrive" in steps, like a QTcpSocket's.
class FeedDevice : public QIODevice
{
public:
    explicit FeedDevice(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadWrite | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_arrived - m_pos + QIODevice::bytesAvailable();
    }
    bool canReadLine() const override
    {
        return QByteArrayView(m_data).sliced(m_pos, m_arrived - m_pos).contains('\n') ||
               QIODevice::canReadLine();
    }
    bool arrive(qsizetype count)
    {
        if (m_arrived == m_data.size())
            return false;
        m_arrived = std::min(m_data.size(), m_arrived + count);
        return true;
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_arrived - m_pos);
        std::memcpy(data, m_data.constData() + m_pos, size_t(count));
        m_pos += count;
        return count;
    }
    qint64 writeData(const char *, qint64 size) override { return size; }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
    qsizetype m_arrived = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using brickdesk::emulator::HttpRequestParser;
    if (size == 0)
        return 0;
    const qsizetype step = 1 + (data[0] % 64) * (data[0] % 64);
    FeedDevice device(brickdesk::fuzz::bytes(data + 1, size - 1));
    // A small limit keeps a fuzzed Content-Length from allocating gigabytes.
    HttpRequestParser parser(1024 * 1024);
    while (device.arrive(step)) {
        while (true) {
            const HttpRequestParser::Result result = parser.advance(device);
            if (result == HttpRequestParser::Result::NeedMore)
                break;
            if (result == HttpRequestParser::Result::Error)
                return 0;
            if (result == HttpRequestParser::Result::Request) {
                const auto request = parser.takeRequest();
                (void)request.header("Content-Type");
                (void)request.jsonBody();
            }
        }
    }
    return 0;
}
