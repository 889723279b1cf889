#include "core/transfers/conflictresolver.h"

#include <QTimer>

namespace brickdesk {

ConflictResolver::ConflictResolver(Policy policy, Asker asker, QObject *parent)
    : QObject(parent)
    , m_policy(policy)
    , m_asker(std::move(asker))
{}

ConflictChoice ConflictResolver::choiceFor(Policy policy)
{
    switch (policy) {
    case Policy::Overwrite:
        return ConflictChoice::Overwrite;
    case Policy::KeepBoth:
        return ConflictChoice::KeepBoth;
    case Policy::Ask:
    case Policy::Skip:
        break;
    }
    return ConflictChoice::Skip;
}

void ConflictResolver::resolve(const Question &question, QObject *context, Decided decided)
{
    Pending pending{question, context, std::move(decided)};
    if (m_policy != Policy::Ask || !m_asker) {
        ConflictChoice choice = choiceFor(m_policy);
        if (choice == ConflictChoice::KeepBoth && !question.canKeepBoth)
            choice = ConflictChoice::Skip;
        deliver(pending, choice);
        return;
    }
    m_pending.append(std::move(pending));
    // Ask from the event loop, not inside the first resolve(): a planner
    // resolves its conflicts in one go, and the first question can then
    // say how many others wait behind it.
    if (!m_asking && !m_askScheduled) {
        m_askScheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_askScheduled = false;
            askNext();
        });
    }
}

void ConflictResolver::askNext()
{
    // One question on screen at a time; the others wait their turn.
    while (!m_asking && !m_pending.isEmpty()) {
        if (!m_pending.first().context) {
            m_pending.removeFirst(); // its transfer is gone: nothing to ask
            continue;
        }
        m_asking = true;
        Question question = m_pending.first().question;
        question.remaining = int(m_pending.size()) - 1;
        QPointer<ConflictResolver> self(this);
        m_asker(question, [self](ConflictChoice choice, bool applyToAll) {
            if (self)
                self->answer(choice, applyToAll);
        });
    }
}

void ConflictResolver::answer(ConflictChoice choice, bool applyToAll)
{
    if (!m_asking || m_pending.isEmpty())
        return;
    m_asking = false;
    Pending first = m_pending.takeFirst();
    deliver(first, choice);
    if (applyToAll) {
        m_policy = choice == ConflictChoice::Overwrite  ? Policy::Overwrite
                   : choice == ConflictChoice::KeepBoth ? Policy::KeepBoth
                                                        : Policy::Skip;
        for (Pending &pending : std::exchange(m_pending, {})) {
            ConflictChoice each = choice;
            if (each == ConflictChoice::KeepBoth && !pending.question.canKeepBoth)
                each = ConflictChoice::Skip;
            deliver(pending, each);
        }
        return;
    }
    askNext();
}

void ConflictResolver::deliver(Pending &pending, ConflictChoice choice)
{
    if (pending.context)
        std::exchange(pending.decided, nullptr)(choice);
}

} // namespace brickdesk
