#include "app/common/jsoneditor/jsonpayloadeditor.h"

#include "app/common/jsoneditor/jsonhighlighter.h"
#include "app/common/jsoneditor/jsontextedit.h"
#include "app/common/jsoneditor/payloadissuesmodel.h"
#include "core/payload/jsonformatter.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTextBlock>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

JsonPayloadEditor::JsonPayloadEditor(PayloadChecker checker, QWidget *parent)
    : QWidget(parent)
    , m_checker(std::move(checker))
    , m_text(new JsonTextEdit(this))
    , m_highlighter(new JsonHighlighter(m_text->document()))
    , m_problems(new PayloadIssuesModel(this))
    , m_problemsView(new QTreeView(this))
    , m_status(new QLabel(this))
{
    m_text->setObjectName(u"jsonPayloadText"_s);
    m_text->setAccessibleName(tr("Payload JSON"));
    m_highlighter->setPalette(m_text->palette());

    m_problemsView->setObjectName(u"jsonPayloadProblems"_s);
    m_problemsView->setAccessibleName(tr("Problems"));
    m_problemsView->setModel(m_problems);
    m_problemsView->setRootIsDecorated(false);
    m_problemsView->setUniformRowHeights(true);
    m_problemsView->setAllColumnsShowFocus(true);
    m_problemsView->header()->setStretchLastSection(false);
    m_problemsView->header()->setSectionResizeMode(PayloadIssuesModel::MessageColumn,
                                                   QHeaderView::Stretch);
    m_problemsView->header()->setSectionResizeMode(PayloadIssuesModel::PathColumn,
                                                   QHeaderView::ResizeToContents);
    m_problemsView->header()->setSectionResizeMode(PayloadIssuesModel::LocationColumn,
                                                   QHeaderView::ResizeToContents);

    m_status->setObjectName(u"jsonPayloadStatus"_s);
    m_status->setAccessibleName(tr("Payload status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_text);
    splitter->addWidget(m_problemsView);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    // Checking on every key stroke would flag each half-typed value.
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(kCheckDelayMs);
    connect(&m_checkTimer, &QTimer::timeout, this, &JsonPayloadEditor::checkNow);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        m_checkTimer.start();
        emit textChanged();
    });
    connect(m_text, &QPlainTextEdit::cursorPositionChanged, this, &JsonPayloadEditor::updateStatus);
    connect(m_problemsView, &QTreeView::activated, this, &JsonPayloadEditor::showProblem);
    connect(m_problemsView, &QTreeView::clicked, this, &JsonPayloadEditor::showProblem);
    checkNow();
}

QString JsonPayloadEditor::text() const
{
    return m_text->toPlainText();
}

void JsonPayloadEditor::setText(const QString &text)
{
    // Through a cursor, so the user can undo a template or a format.
    QTextCursor cursor(m_text->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    m_text->moveCursorTo(0);
    checkNow();
}

const PayloadChecker::Result &JsonPayloadEditor::checkNow()
{
    m_checkTimer.stop();
    m_result = m_checker.check(text());

    QList<JsonTextEdit::Mark> marks;
    if (m_result.syntaxError) {
        marks.append({m_result.syntaxError->offset, 0, true});
    } else {
        for (const PayloadIssue &issue : std::as_const(m_result.issues)) {
            if (issue.offset >= 0)
                marks.append({issue.offset, issue.length, issue.isError()});
        }
    }
    m_text->setMarks(marks);
    m_problems->setIssues(m_result.syntaxError, m_result.issues);
    updateStatus();
    emit checked();
    return m_result;
}

bool JsonPayloadEditor::formatText()
{
    if (checkNow().syntaxError)
        return false;
    const QString formatted = JsonFormatter::reformat(text());
    if (formatted != text()) {
        const int line = m_text->textCursor().blockNumber();
        setText(formatted);
        const QTextBlock block = m_text->document()->findBlockByNumber(line);
        if (block.isValid())
            m_text->moveCursorTo(block.position());
    }
    return true;
}

void JsonPayloadEditor::showFirstProblem()
{
    if (m_problems->rowCount() > 0)
        showProblem(m_problems->index(0, 0));
    m_text->setFocus(Qt::OtherFocusReason);
}

void JsonPayloadEditor::setReadOnly(bool readOnly)
{
    m_text->setReadOnly(readOnly);
}

QString JsonPayloadEditor::statusText() const
{
    return m_status->text();
}

void JsonPayloadEditor::showProblem(const QModelIndex &index)
{
    const qsizetype offset = index.data(PayloadIssuesModel::OffsetRole).toLongLong();
    if (offset < 0)
        return;
    m_text->moveCursorTo(offset, index.data(PayloadIssuesModel::LengthRole).toLongLong());
    m_text->setFocus(Qt::OtherFocusReason);
}

void JsonPayloadEditor::updateStatus()
{
    if (m_result.syntaxError) {
        const auto &error = *m_result.syntaxError;
        m_status->setText(tr("Line %1, column %2: %3")
                              .arg(error.position.line)
                              .arg(error.position.column)
                              .arg(error.message));
        return;
    }
    const QTextCursor cursor = m_text->textCursor();
    const TextPosition here = JsonParser::positionAt(text(), cursor.position());
    // The problem under the cursor, else a count of them, else where the cursor is.
    for (const PayloadIssue &issue : std::as_const(m_result.issues)) {
        if (issue.offset >= 0 && issue.position.line == here.line) {
            m_status->setText(tr("Line %1, column %2: %3")
                                  .arg(issue.position.line)
                                  .arg(issue.position.column)
                                  .arg(issue.message));
            return;
        }
    }
    const auto errors = std::count_if(m_result.issues.cbegin(), m_result.issues.cend(),
                                      [](const PayloadIssue &issue) { return issue.isError(); });
    const auto warnings = m_result.issues.size() - errors;
    QString summary;
    if (errors > 0 || warnings > 0)
        summary =
            tr("%n error(s)", "", int(errors)) + u", "_s + tr("%n warning(s)", "", int(warnings));
    else
        summary = tr("No problems");
    m_status->setText(tr("Line %1, column %2 — %3").arg(here.line).arg(here.column).arg(summary));
}

void JsonPayloadEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The text edit inherits this palette after this event, so read it here.
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
}

} // namespace brickdesk
