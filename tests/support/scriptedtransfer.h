#pragma once

#include "core/transfers/transfer.h"

#include <QString>

namespace brickdesk::test {

// A transfer the test drives by hand: it runs until told to end, and
// counts how often the queue ran, aborted and reset it.
class ScriptedTransfer : public Transfer
{
public:
    explicit ScriptedTransfer(const QString &name, qint64 size = 100,
                              Direction direction = Direction::Upload)
        : Transfer(direction, name, QStringLiteral("/local/") + name,
                   QStringLiteral("dbfs:/") + name)
        , m_size(size)
    {}

    void progress(qint64 done) { setBytesDone(done); }
    void complete() { succeed(); }
    void failWith(const QString &reason) { fail(reason); }
    void skipWith(const QString &reason) { skip(reason); }

    int runs = 0;
    int aborts = 0;
    int resets = 0;

protected:
    void run() override
    {
        ++runs;
        setBytesTotal(m_size);
    }
    void abort() override { ++aborts; }
    void reset() override { ++resets; }

private:
    qint64 m_size;
};

} // namespace brickdesk::test
