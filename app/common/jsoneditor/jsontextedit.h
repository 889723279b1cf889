#pragma once

#include <QList>
#include <QPlainTextEdit>

namespace brickdesk {

// A plain text editor for JSON: line numbers in a gutter, a monospace font,
// two-space tabs, and problem marks (a wavy underline in the text, a dot in
// the gutter) at the places an editor's checks report.
class JsonTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    struct Mark
    {
        qsizetype offset = 0; // UTF-16, as QTextCursor positions
        qsizetype length = 0; // 0 marks one character
        bool isError = true;  // else a warning
    };

    explicit JsonTextEdit(QWidget *parent = nullptr);

    void setMarks(const QList<Mark> &marks);
    const QList<Mark> &marks() const { return m_marks; }
    // Puts the cursor at `offset`, selecting `length` characters, and shows it.
    void moveCursorTo(qsizetype offset, qsizetype length = 0);

    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateMarkSelections();

    QWidget *m_gutter;
    QList<Mark> m_marks;
};

} // namespace brickdesk
