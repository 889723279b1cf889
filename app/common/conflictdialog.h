#pragma once

#include "core/transfers/conflictresolver.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;

namespace brickdesk {

// Asks what to do about a target that already exists: Overwrite, Skip or
// Keep both, with "apply to all" for the rest of the batch. Non-modal; the
// transfers that have no conflict keep running while it is open.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const ConflictResolver::Question &question, QWidget *parent = nullptr);

    // The asker to give a ConflictResolver: opens one dialog per question,
    // parented to `parent`.
    static ConflictResolver::Asker asker(QWidget *parent);

    // Test seam: questions are answered with this (after the event loop
    // turns, as a user would) instead of showing a dialog.
    struct PresetAnswer
    {
        ConflictChoice choice;
        bool applyToAll;
    };
    static void setAnswerForTesting(std::optional<PresetAnswer> answer);
    static int questionsAskedForTesting();

    void reject() override;

signals:
    void answered(brickdesk::ConflictChoice choice, bool applyToAll);

private:
    void choose(ConflictChoice choice);

    QCheckBox *m_applyToAll;
    bool m_answered = false;
};

} // namespace brickdesk
