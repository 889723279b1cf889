#include "app/common/jsoneditor/jsontextedit.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QTextBlock>

namespace brickdesk {

namespace {

QColor errorColour()
{
    return QColor(0xe5, 0x48, 0x4d);
}

QColor warningColour()
{
    return QColor(0xd9, 0x9a, 0x00);
}

class Gutter : public QWidget
{
public:
    explicit Gutter(JsonTextEdit *editor)
        : QWidget(editor)
        , m_editor(editor)
    {}

    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }

private:
    JsonTextEdit *m_editor;
};

} // namespace

JsonTextEdit::JsonTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);
    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(gutterWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

int JsonTextEdit::gutterWidth() const
{
    int digits = 1;
    for (int lines = std::max(1, blockCount()); lines >= 10; lines /= 10)
        ++digits;
    // Room for the numbers, at least three digits so it rarely resizes, and the mark.
    return 8 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(3, digits) +
           fontMetrics().height() / 2;
}

void JsonTextEdit::setMarks(const QList<Mark> &marks)
{
    m_marks = marks;
    updateMarkSelections();
    m_gutter->update();
}

void JsonTextEdit::moveCursorTo(qsizetype offset, qsizetype length)
{
    QTextCursor cursor(document());
    const int end = document()->characterCount() - 1;
    cursor.setPosition(std::clamp(int(offset), 0, end));
    if (length > 0)
        cursor.setPosition(std::clamp(int(offset + length), 0, end), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
}

void JsonTextEdit::updateMarkSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const int end = document()->characterCount() - 1;
    for (const Mark &mark : std::as_const(m_marks)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        // An error at the very end (an object left open) marks the last character.
        int start = std::clamp(int(mark.offset), 0, end);
        int stop = std::clamp(int(mark.offset + std::max<qsizetype>(1, mark.length)), 0, end);
        if (start == stop && start > 0)
            --start;
        selection.cursor.setPosition(start);
        selection.cursor.setPosition(stop, QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(mark.isError ? errorColour() : warningColour());
        selections.append(selection);
    }
    setExtraSelections(selections);
}

void JsonTextEdit::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette colours = palette();
    painter.fillRect(event->rect(), colours.color(QPalette::AlternateBase));

    // The worst mark on each line: an error outweighs a warning.
    QHash<int, bool> lineHasError;
    for (const Mark &mark : std::as_const(m_marks)) {
        const int line = document()->findBlock(int(mark.offset)).blockNumber();
        lineHasError[line] = lineHasError.value(line) || mark.isError;
    }

    const int markSize = fontMetrics().height() / 2;
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            painter.setPen(colours.color(QPalette::PlaceholderText));
            painter.drawText(0, top, m_gutter->width() - markSize - 6, fontMetrics().height(),
                             Qt::AlignRight, QString::number(block.blockNumber() + 1));
            if (const auto found = lineHasError.constFind(block.blockNumber());
                found != lineHasError.cend()) {
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(*found ? errorColour() : warningColour());
                painter.drawEllipse(m_gutter->width() - markSize - 3,
                                    top + (fontMetrics().height() - markSize) / 2, markSize,
                                    markSize);
            }
        }
        block = block.next();
        top += height;
    }
}

void JsonTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect contents = contentsRect();
    m_gutter->setGeometry(contents.left(), contents.top(), gutterWidth(), contents.height());
}

void JsonTextEdit::keyPressEvent(QKeyEvent *event)
{
    // Tab indents with spaces (JSON payloads are compared and sent as text);
    // Return keeps the indentation of the line above.
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier) {
        insertPlainText(QStringLiteral("  "));
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() == Qt::NoModifier) {
        const QString line = textCursor().block().text();
        qsizetype indent = 0;
        while (indent < line.size() && line.at(indent) == QLatin1Char(' '))
            ++indent;
        insertPlainText(QLatin1Char('\n') + QString(indent, QLatin1Char(' ')));
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void JsonTextEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        setViewportMargins(gutterWidth(), 0, 0, 0);
}

} // namespace brickdesk
