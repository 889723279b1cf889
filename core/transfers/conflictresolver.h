#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace brickdesk {

// What to do when a transfer's target already exists.
enum class ConflictChoice {
    Overwrite, // replace it (safely: the old one stays until the new one is complete)
    Skip,      // leave it, skip this item
    KeepBoth,  // write the new one under a free name ("report (2).csv")
};

// Decides conflicts for one batch of transfers (one drop, one import): by a
// fixed policy, or by asking the user one question at a time, where "apply
// to all" answers the questions still waiting and every later one. The
// question itself is asked by whoever sets the asker (a dialog in the app, a
// scripted answer in tests); it may answer later, from the event loop.
class ConflictResolver : public QObject
{
    Q_OBJECT

public:
    enum class Policy { Ask, Overwrite, Skip, KeepBoth };
    Q_ENUM(Policy)

    struct Question
    {
        QString name;   // "report.csv"
        QString target; // "dbfs:/tmp/report.csv"
        bool canKeepBoth = true;
        int remaining = 0; // other conflicts waiting behind this one
    };
    using Answer = std::function<void(ConflictChoice choice, bool applyToAll)>;
    using Asker = std::function<void(const Question &question, Answer answer)>;
    using Decided = std::function<void(ConflictChoice choice)>;

    explicit ConflictResolver(Policy policy, Asker asker = {}, QObject *parent = nullptr);

    Policy policy() const { return m_policy; }

    // Calls `decided` once with the choice for `question`, unless `context`
    // is destroyed first; with a fixed policy, before this returns, else
    // once the user answered. Without an asker, "Ask" means Skip.
    void resolve(const Question &question, QObject *context, Decided decided);

    static ConflictChoice choiceFor(Policy policy);

private:
    struct Pending
    {
        Question question;
        QPointer<QObject> context;
        Decided decided;
    };
    void askNext();
    void answer(ConflictChoice choice, bool applyToAll);
    static void deliver(Pending &pending, ConflictChoice choice);

    Policy m_policy;
    Asker m_asker;
    QList<Pending> m_pending;
    bool m_asking = false;
    bool m_askScheduled = false;
};

} // namespace brickdesk
