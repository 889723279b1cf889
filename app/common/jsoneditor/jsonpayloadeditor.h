#pragma once

#include "core/payload/payloadchecker.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QModelIndex;
class QTreeView;

namespace brickdesk {

class JsonHighlighter;
class JsonTextEdit;
class PayloadIssuesModel;

// Edits one JSON payload and checks it as it is typed: a pause in typing
// (250 ms) runs the kind's checks, marks the places in the text, lists the
// problems (activating one puts the cursor there) and says under the text
// what is wrong where: "Line 12, column 5: missing comma".
class JsonPayloadEditor : public QWidget
{
    Q_OBJECT

public:
    explicit JsonPayloadEditor(PayloadChecker checker, QWidget *parent = nullptr);

    QString text() const;
    // Replaces the text (undoably) and checks it at once.
    void setText(const QString &text);

    // Checks the text now rather than after the pause, and returns the result.
    const PayloadChecker::Result &checkNow();
    const PayloadChecker::Result &lastResult() const { return m_result; }
    // Re-indents the text if it parses (keeping key order); false if not.
    bool formatText();

    // Puts the cursor on the first error (the syntax error if there is one),
    // or the first warning, and gives the text the focus.
    void showFirstProblem();
    void setReadOnly(bool readOnly);

    QString statusText() const;
    JsonTextEdit *textEdit() const { return m_text; }
    QTreeView *problemsView() const { return m_problemsView; }
    PayloadIssuesModel *problemsModel() const { return m_problems; }
    JsonHighlighter *highlighter() const { return m_highlighter; }

    static constexpr int kCheckDelayMs = 250;

signals:
    // After each check, debounced or not.
    void checked();
    void textChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showProblem(const QModelIndex &index);
    void updateStatus();

    PayloadChecker m_checker;
    PayloadChecker::Result m_result;
    JsonTextEdit *m_text;
    JsonHighlighter *m_highlighter;
    PayloadIssuesModel *m_problems;
    QTreeView *m_problemsView;
    QLabel *m_status;
    QTimer m_checkTimer;
};

} // namespace brickdesk
