#pragma once

#include "core/transfers/transfer.h"

namespace brickdesk {

// A row that only reports: an object a folder export skips ("MLflow
// experiments cannot be exported") or a folder it could not list. Ends as
// soon as it runs, as skipped or failed, with the reason as its message, so
// the queue's summary counts it like any other item.
class NoticeTransfer : public Transfer
{
    Q_OBJECT

public:
    enum class Outcome { Skipped, Failed };

    NoticeTransfer(Direction direction, const QString &name, const QString &source, Outcome outcome,
                   const QString &reason, QObject *parent = nullptr);

protected:
    void run() override;
    void abort() override {}

private:
    Outcome m_outcome;
    QString m_reason;
};

} // namespace brickdesk
