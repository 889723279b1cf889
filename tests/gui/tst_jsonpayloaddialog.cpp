// The JSON payload dialog, offscreen: malformed JSON refused at its line and
// column, schema messages, read-only keys, the review of an edit before it
// is submitted, a server error that keeps the text, Format, templates and
// the question before edits are discarded.

#include "app/common/confirmdialog.h"
#include "app/common/jsoneditor/jsondiffview.h"
#include "app/common/jsoneditor/jsonhighlighter.h"
#include "app/common/jsoneditor/jsonpayloaddialog.h"
#include "app/common/jsoneditor/jsonpayloadeditor.h"
#include "app/common/jsoneditor/jsontextedit.h"
#include "app/common/jsoneditor/payloadissuesmodel.h"
#include "app/common/testseam.h"
#include "core/payload/jsonformatter.h"
#include "core/payload/payloadkinds.h"
#include "tests/gui/guitestutil.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

QJsonObject objectOf(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

const QJsonObject kServerJob = objectOf(R"({"job_id": 42, "name": "nightly",
    "max_concurrent_runs": 1,
    "schedule": {"quartz_cron_expression": "0 0 2 * * ?", "timezone_id": "UTC",
                 "pause_status": "UNPAUSED"},
    "tasks": [{"task_key": "main", "notebook_task": {"notebook_path": "/nightly"}}]})");

JsonPayloadDialog::Setup createSetup()
{
    JsonPayloadDialog::Setup setup;
    setup.title = u"New Job"_s;
    setup.kind = PayloadKinds::jobSettings();
    setup.workspace = u"prod"_s;
    setup.actionText = u"Create"_s;
    return setup;
}

JsonPayloadDialog::Setup editSetup()
{
    JsonPayloadDialog::Setup setup = createSetup();
    setup.title = u"Edit Job “nightly”"_s;
    setup.original = kServerJob;
    setup.pinnedKeys = {u"job_id"_s};
    setup.actionText = u"Save"_s;
    return setup;
}

QStringList problemMessages(const JsonPayloadDialog &dialog)
{
    const QAbstractItemModel *model = dialog.editor()->problemsModel();
    QStringList messages;
    for (int row = 0; row < model->rowCount(); ++row)
        messages << model->index(row, PayloadIssuesModel::MessageColumn).data().toString();
    return messages;
}

QPushButton *button(const QWidget &dialog, const QString &name)
{
    return dialog.findChild<QPushButton *>(name);
}

// The text of `edit` with one value replaced, as a user would type it.
QString replaced(const QString &text, const QString &from, const QString &to)
{
    QString result = text;
    result.replace(from, to);
    return result;
}

} // namespace

class TestJsonPayloadDialog : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void createStartsFromFirstTemplateAndSubmits();
    void malformedJsonIsRefusedAtLineAndColumn();
    void liveCheckWaitsForAPauseAndMarksTheText();
    void schemaErrorBlocksApplyAndIsShown();
    void warningsAreListedButDoNotBlock();
    void activatingAProblemMovesTheCursor();
    void pinnedKeyCannotChange();
    void editIsReviewedAsADiffBeforeSubmit();
    void unchangedEditIsNotSubmitted();
    void serverErrorKeepsTheTextAsTyped();
    void formatReindentsKeepingKeyOrder();
    void keyboardAppliesAndFormats();
    void templateReplacesTextAfterAsking();
    void cancelWithEditsAsksFirst();
    void problemsModelPassesTester();
    void highlighterColoursKeysAndValues();
    void everyControlHasAnAccessibleName();
};

void TestJsonPayloadDialog::cleanup()
{
    resetTestSeams();
}

void TestJsonPayloadDialog::createStartsFromFirstTemplateAndSubmits()
{
    JsonPayloadDialog dialog(createSetup());
    dialog.open();
    QCOMPARE(dialog.text(), PayloadKinds::templates(PayloadKinds::jobSettings()).first().text());
    QVERIFY(!dialog.isModified());
    QCOMPARE(button(dialog, u"jsonPayloadApply"_s)->text(), u"Create"_s);

    QSignalSpy submitted(&dialog, &JsonPayloadDialog::submitted);
    button(dialog, u"jsonPayloadApply"_s)->click();
    QCOMPARE(submitted.count(), 1); // no original: nothing to review
    QCOMPARE(submitted.first().first().toJsonObject().value("name"_L1).toString(),
             u"Nightly notebook"_s);
}

void TestJsonPayloadDialog::malformedJsonIsRefusedAtLineAndColumn()
{
    JsonPayloadDialog dialog(createSetup());
    dialog.open();
    const QString text = u"{\n  \"name\": \"x\"\n  \"tasks\": []\n}\n"_s;
    dialog.setText(text);

    QSignalSpy submitted(&dialog, &JsonPayloadDialog::submitted);
    button(dialog, u"jsonPayloadApply"_s)->click();
    QCOMPARE(submitted.count(), 0);
    QVERIFY(!dialog.isReviewing());
    QCOMPARE(dialog.editor()->statusText(),
             u"Line 3, column 3: missing comma (or “}”) before this"_s);
    // The cursor is on the error, which is marked in the text.
    const JsonTextEdit *edit = dialog.editor()->textEdit();
    QCOMPARE(edit->textCursor().position(), text.indexOf(u"\"tasks\""_s));
    QCOMPARE(edit->marks().size(), 1);
    QVERIFY(edit->marks().first().isError);
    QCOMPARE(problemMessages(dialog), QStringList{u"missing comma (or “}”) before this"_s});
    QCOMPARE(dialog.text(), text);
}

void TestJsonPayloadDialog::liveCheckWaitsForAPauseAndMarksTheText()
{
    JsonPayloadDialog dialog(createSetup());
    dialog.open();
    dialog.setText(u"{\"name\": \"x\"}"_s);
    JsonPayloadEditor *editor = dialog.editor();
    QSignalSpy checked(editor, &JsonPayloadEditor::checked);

    QTextCursor cursor = editor->textEdit()->textCursor();
    cursor.movePosition(QTextCursor::End);
    editor->textEdit()->setTextCursor(cursor);
    QTest::keyClicks(editor->textEdit(), u"x"_s); // "{…}x": garbage after the object
    QCOMPARE(checked.count(), 0);                 // not on the key stroke itself
    QVERIFY(checked.wait(5000));
    QCOMPARE(checked.count(), 1);
    QVERIFY(editor->statusText().contains(u"unexpected text after the end"_s));
    QVERIFY(editor->statusText().startsWith(u"Line 1, column 14"_s));
}

void TestJsonPayloadDialog::schemaErrorBlocksApplyAndIsShown()
{
    JsonPayloadDialog dialog(createSetup());
    dialog.show();
    const QString text = u"{\n  \"name\": \"Nightly\",\n  \"max_concurrent_runs\": 5000,\n"
                         "  \"schedule\": {\n    \"quartz_cron_expression\": \"0 0 2 * * ?\",\n"
                         "    \"timezone_id\": \"UTC\",\n    \"pause_status\": \"STOPPED\"\n  },\n"
                         "  \"tasks\": [\n    {\n      \"task_key\": \"main\",\n"
                         "      \"notebook_task\": {}\n    }\n  ]\n}\n"_s;
    dialog.setText(text);

    QSignalSpy submitted(&dialog, &JsonPayloadDialog::submitted);
    button(dialog, u"jsonPayloadApply"_s)->click();
    QCOMPARE(submitted.count(), 0);
    QCOMPARE(problemMessages(dialog),
             (QStringList{u"`max_concurrent_runs` must be at most 1000"_s,
                          u"`pause_status` must be one of PAUSED, UNPAUSED"_s,
                          u"required field `notebook_path` is missing"_s}));
    const QAbstractItemModel *model = dialog.editor()->problemsModel();
    QCOMPARE(model->index(1, PayloadIssuesModel::PathColumn).data().toString(),
             u"schedule.pause_status"_s);
    QCOMPARE(model->index(1, PayloadIssuesModel::LocationColumn).data().toString(), u"7:5"_s);
    QCOMPARE(model->index(2, PayloadIssuesModel::PathColumn).data().toString(),
             u"tasks[0].notebook_task"_s);
    // Apply put the cursor on the first error, and the status line says it.
    QCOMPARE(dialog.editor()->statusText(),
             u"Line 3, column 3: `max_concurrent_runs` must be at most 1000"_s);
    QCOMPARE(dialog.editor()->textEdit()->marks().size(), 3);
    test::saveScreenshot(&dialog, u"json-payload-schema-error"_s);
}

void TestJsonPayloadDialog::warningsAreListedButDoNotBlock()
{
    JsonPayloadDialog dialog(createSetup());
    dialog.open();
    dialog.setText(u"{\"name\": \"x\", \"retry_policy\": {}}"_s);
    QSignalSpy submitted(&dialog, &JsonPayloadDialog::submitted);
    button(dialog, u"jsonPayloadApply"_s)->click();
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(problemMessages(dialog),
             QStringList{u"unknown field `retry_policy`; Databricks may ignore or reject it"_s});
    const QModelIndex warning = dialog.editor()->problemsModel()->index(0, 0);
    QCOMPARE(warning.data(PayloadIssuesModel::IsErrorRole).toBool(), false);
    QVERIFY(!warning.data(Qt::DecorationRole).value<QIcon>().isNull());
}

void TestJsonPayloadDialog::activatingAProblemMovesTheCursor()
{
    JsonPayloadDialog dialog(createSetup());
    dialog.show();
    const QString text = u"{\n  \"name\": \"x\",\n  \"tags\": {\n    \"team\": 7\n  }\n}\n"_s;
    dialog.setText(text);
    dialog.editor()->checkNow();
    QTreeView *problems = dialog.editor()->problemsView();
    QCOMPARE(problems->model()->rowCount(), 1);
    const QModelIndex issue = problems->model()->index(0, 0);
    QCOMPARE(issue.data().toString(), u"`team` must be a string"_s);
    emit problems->activated(issue);
    const QTextCursor cursor = dialog.editor()->textEdit()->textCursor();
    QCOMPARE(cursor.selectedText(), u"\"team\""_s);
    QVERIFY(dialog.editor()->statusText().startsWith(u"Line 4, column 5: "_s));
}

void TestJsonPayloadDialog::pinnedKeyCannotChange()
{
    JsonPayloadDialog dialog(editSetup());
    dialog.open();
    QVERIFY(dialog.text().contains(u"\"job_id\": 42"_s));
    dialog.setText(replaced(dialog.text(), u"\"job_id\": 42"_s, u"\"job_id\": 43"_s));

    QSignalSpy submitted(&dialog, &JsonPayloadDialog::submitted);
    button(dialog, u"jsonPayloadApply"_s)->click();
    QCOMPARE(submitted.count(), 0);
    QVERIFY(!dialog.isReviewing());
    QCOMPARE(problemMessages(dialog), QStringList{u"`job_id` is read-only; keep it as 42"_s});
    QCOMPARE(dialog.editor()->textEdit()->textCursor().selectedText(), u"\"job_id\""_s);
}

void TestJsonPayloadDialog::editIsReviewedAsADiffBeforeSubmit()
{
    JsonPayloadDialog dialog(editSetup());
    dialog.show();
    dialog.setText(replaced(dialog.text(), u"\"UNPAUSED\""_s, u"\"PAUSED\""_s));

    QSignalSpy submitted(&dialog, &JsonPayloadDialog::submitted);
    button(dialog, u"jsonPayloadApply"_s)->click();
    QCOMPARE(submitted.count(), 0);
    QVERIFY(dialog.isReviewing());
    QVERIFY(button(dialog, u"jsonPayloadConfirm"_s)->isVisible());
    QVERIFY(!button(dialog, u"jsonPayloadApply"_s)->isVisible());
    const JsonDiffView *diff = dialog.diffView();
    QVERIFY2(diff->summaryText().contains(u"changed: schedule.pause_status"_s),
             qPrintable(diff->summaryText()));
    QVERIFY(diff->diffText().contains(u"-     \"pause_status\": \"UNPAUSED\","_s));
    QVERIFY(diff->diffText().contains(u"+     \"pause_status\": \"PAUSED\","_s));
    QVERIFY(!diff->diffText().contains(u"notebook_path"_s)); // far from the change
    test::saveScreenshot(&dialog, u"json-payload-review"_s);

    // Back keeps the edit; Apply again and Confirm submits.
    button(dialog, u"jsonPayloadBack"_s)->click();
    QVERIFY(!dialog.isReviewing());
    QVERIFY(dialog.text().contains(u"\"PAUSED\""_s));
    button(dialog, u"jsonPayloadApply"_s)->click();
    button(dialog, u"jsonPayloadConfirm"_s)->click();
    QCOMPARE(submitted.count(), 1);
    const QJsonObject payload = submitted.first().first().toJsonObject();
    QCOMPARE(payload.value("job_id"_L1).toInt(), 42);
    QCOMPARE(payload.value("schedule"_L1).toObject().value("pause_status"_L1).toString(),
             u"PAUSED"_s);
}

void TestJsonPayloadDialog::unchangedEditIsNotSubmitted()
{
    JsonPayloadDialog dialog(editSetup());
    dialog.open();
    // Reordered and re-indented, but the same content.
    dialog.setText(QString::fromUtf8(QJsonDocument(kServerJob).toJson(QJsonDocument::Compact)));
    QSignalSpy submitted(&dialog, &JsonPayloadDialog::submitted);
    button(dialog, u"jsonPayloadApply"_s)->click();
    QCOMPARE(submitted.count(), 0);
    QVERIFY(!dialog.isReviewing());
    QVERIFY(dialog.noticeText().contains(u"Nothing changed"_s));
}

void TestJsonPayloadDialog::serverErrorKeepsTheTextAsTyped()
{
    JsonPayloadDialog dialog(editSetup());
    dialog.show();
    // Odd spacing the user typed must survive the round trip untouched.
    const QString typed =
        replaced(dialog.text(), u"\"name\": \"nightly\""_s, u"\"name\":    \"nightly v2\"   "_s);
    dialog.setText(typed);
    QSignalSpy submitted(&dialog, &JsonPayloadDialog::submitted);
    connect(&dialog, &JsonPayloadDialog::submitted, &dialog, [&dialog] { dialog.setBusy(true); });
    button(dialog, u"jsonPayloadApply"_s)->click();
    button(dialog, u"jsonPayloadConfirm"_s)->click();
    QCOMPARE(submitted.count(), 1);
    QVERIFY(dialog.isBusy());
    QVERIFY(dialog.editor()->textEdit()->isReadOnly());
    QVERIFY(!button(dialog, u"jsonPayloadConfirm"_s)->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(u"jsonPayloadBusy"_s)->isVisible());

    dialog.showServerError(u"INVALID_PARAMETER_VALUE: Cluster 0123 does not exist"_s);
    QVERIFY(!dialog.isBusy());
    QVERIFY(!dialog.isReviewing());
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.noticeText().contains(u"Cluster 0123 does not exist"_s));
    QVERIFY(dialog.findChild<QLabel *>(u"jsonPayloadNotice"_s)->isVisible());
    QCOMPARE(dialog.text(), typed);
    QVERIFY(!dialog.editor()->textEdit()->isReadOnly());
    QVERIFY(button(dialog, u"jsonPayloadApply"_s)->isEnabled());

    // Retry: the next submit clears the old message.
    button(dialog, u"jsonPayloadApply"_s)->click();
    button(dialog, u"jsonPayloadConfirm"_s)->click();
    QCOMPARE(submitted.count(), 2);
    QVERIFY(dialog.noticeText().isEmpty());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestJsonPayloadDialog::formatReindentsKeepingKeyOrder()
{
    JsonPayloadDialog dialog(createSetup());
    dialog.open();
    dialog.setText(
        u"{\"name\":\"x\",\"max_concurrent_runs\":1,\"tags\":{\"b\":\"1\",\"a\":\"2\"}}"_s);
    button(dialog, u"jsonPayloadFormat"_s)->click();
    QCOMPARE(dialog.text(), u"{\n  \"name\": \"x\",\n  \"max_concurrent_runs\": 1,\n  \"tags\": {\n"
                            "    \"b\": \"1\",\n    \"a\": \"2\"\n  }\n}\n"_s);
    // Formatting is undoable.
    dialog.editor()->textEdit()->undo();
    QCOMPARE(dialog.text(),
             u"{\"name\":\"x\",\"max_concurrent_runs\":1,\"tags\":{\"b\":\"1\",\"a\":\"2\"}}"_s);

    // Text that does not parse is left alone, with the error shown.
    dialog.setText(u"{\"name\": }"_s);
    button(dialog, u"jsonPayloadFormat"_s)->click();
    QCOMPARE(dialog.text(), u"{\"name\": }"_s);
    QVERIFY(dialog.editor()->statusText().startsWith(u"Line 1, column 10: "_s));
}

void TestJsonPayloadDialog::keyboardAppliesAndFormats()
{
    JsonPayloadDialog dialog(createSetup());
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog)); // shortcuts need the active window
    dialog.setText(u"{\"name\":\"x\"}"_s);
    QTest::keyClick(dialog.editor()->textEdit(), Qt::Key_F,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(dialog.text(), u"{\n  \"name\": \"x\"\n}\n"_s);

    QSignalSpy submitted(&dialog, &JsonPayloadDialog::submitted);
    QTest::keyClick(dialog.editor()->textEdit(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(submitted.count(), 1);
}

void TestJsonPayloadDialog::templateReplacesTextAfterAsking()
{
    JsonPayloadDialog dialog(createSetup());
    dialog.open();
    auto *templates = dialog.findChild<QComboBox *>(u"jsonPayloadTemplates"_s);
    QVERIFY(templates);
    const QList<PayloadTemplate> known = PayloadKinds::templates(PayloadKinds::jobSettings());
    QCOMPARE(templates->count(), known.size() + 1);
    QCOMPARE(templates->itemText(3), known.at(2).title);

    // Unmodified text is replaced without a question.
    emit templates->activated(3);
    QCOMPARE(dialog.text(), known.at(2).text());
    QCOMPARE(templates->currentIndex(), 0);

    // Edits are kept unless the user agrees to lose them.
    dialog.setText(u"{\"name\": \"mine\"}"_s);
    ConfirmDialog::setAnswerForTesting(false);
    emit templates->activated(4);
    QTRY_VERIFY(ConfirmDialog::lastQuestionForTesting().contains(known.at(3).title));
    QCOMPARE(dialog.text(), u"{\"name\": \"mine\"}"_s);

    ConfirmDialog::setAnswerForTesting(true);
    emit templates->activated(4);
    QTRY_COMPARE(dialog.text(), known.at(3).text());

    // An edit offers no templates: it starts from the server copy.
    JsonPayloadDialog edit(editSetup());
    QVERIFY(!edit.findChild<QComboBox *>(u"jsonPayloadTemplates"_s));
}

void TestJsonPayloadDialog::cancelWithEditsAsksFirst()
{
    JsonPayloadDialog dialog(editSetup());
    dialog.show();
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.setText(replaced(dialog.text(), u"nightly"_s, u"daily"_s));

    ConfirmDialog::setAnswerForTesting(false);
    button(dialog, u"jsonPayloadCancel"_s)->click();
    QTRY_VERIFY(ConfirmDialog::lastQuestionForTesting().contains(u"Discard your changes"_s));
    QVERIFY(ConfirmDialog::lastQuestionForTesting().contains(u"prod"_s));
    QCOMPARE(rejected.count(), 0);
    QVERIFY(dialog.isVisible());

    ConfirmDialog::setAnswerForTesting(true);
    button(dialog, u"jsonPayloadCancel"_s)->click();
    QVERIFY(rejected.wait(5000));
    QVERIFY(!dialog.isVisible());

    // Without edits there is nothing to ask.
    JsonPayloadDialog untouched(editSetup());
    untouched.show();
    QSignalSpy untouchedRejected(&untouched, &QDialog::rejected);
    ConfirmDialog::setAnswerForTesting(false);
    untouched.reject();
    QCOMPARE(untouchedRejected.count(), 1);
}

void TestJsonPayloadDialog::problemsModelPassesTester()
{
    JsonPayloadDialog dialog(createSetup());
    auto tester = std::make_unique<QAbstractItemModelTester>(
        dialog.editor()->problemsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QStringList texts = {u"{"_s, u"{\"name\": 1, \"x\": 2, \"tasks\": [{}]}"_s, u"{}"_s,
                               u"[]"_s};
    for (const QString &text : texts) {
        dialog.setText(text);
        QVERIFY(!QTest::currentTestFailed());
    }
    dialog.setText(texts.at(1));
    const QAbstractItemModel *model = dialog.editor()->problemsModel();
    QCOMPARE(model->columnCount(), 3);
    QCOMPARE(model->headerData(PayloadIssuesModel::LocationColumn, Qt::Horizontal).toString(),
             u"Line:Column"_s);
    QVERIFY(model->index(0, 0).data(Qt::AccessibleTextRole).toString().startsWith(u"Error"_s));
}

void TestJsonPayloadDialog::highlighterColoursKeysAndValues()
{
    JsonPayloadDialog dialog(createSetup());
    dialog.setText(u"{\"key\": \"value\", \"n\": 12, \"b\": true}"_s);
    const JsonHighlighter *highlighter = dialog.editor()->highlighter();
    const QTextBlock block = dialog.editor()->textEdit()->document()->firstBlock();
    const auto colourAt = [&](int position) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.start <= position && position < range.start + range.length)
                return range.format.foreground().color();
        }
        return QColor();
    };
    QCOMPARE(colourAt(2), highlighter->keyFormat().foreground().color());
    QCOMPARE(colourAt(10), highlighter->stringFormat().foreground().color());
    QCOMPARE(colourAt(22), highlighter->numberFormat().foreground().color());
    QCOMPARE(colourAt(31), highlighter->literalFormat().foreground().color());
    QVERIFY(highlighter->keyFormat().foreground().color() !=
            highlighter->stringFormat().foreground().color());

    // On a dark palette the colours are light.
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xdd, 0xdd, 0xdd));
    dialog.editor()->setPalette(dark);
    QVERIFY(highlighter->stringFormat().foreground().color().lightnessF() > 0.5);
}

void TestJsonPayloadDialog::everyControlHasAnAccessibleName()
{
    JsonPayloadDialog dialog(createSetup());
    const auto widgets = dialog.findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        // Qt's own parts (a combo box's popup, a header) are named by Qt.
        const bool ours = widget->objectName().startsWith("json"_L1);
        if (ours || qobject_cast<const QAbstractButton *>(widget))
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
}

QTEST_MAIN(TestJsonPayloadDialog)
#include "tst_jsonpayloaddialog.moc"
