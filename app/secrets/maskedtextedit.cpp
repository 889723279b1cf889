#include "app/secrets/maskedtextedit.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QTextBlock>
#include <QTextLayout>

#include <algorithm>

namespace brickdesk {

MaskedTextEdit::MaskedTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(true);
    setMasked(true);
}

MaskedTextEdit::~MaskedTextEdit()
{
    clearSecurely();
}

void MaskedTextEdit::setMasked(bool masked)
{
    m_masked = masked;
    // The real glyphs are painted in the base colour, then bullets over them.
    // Selected text is drawn in the highlight colour too, or selecting it
    // would show it.
    const QPalette normal;
    QPalette p = palette();
    p.setColor(QPalette::Text,
               masked ? normal.color(QPalette::Base) : normal.color(QPalette::Text));
    p.setColor(QPalette::HighlightedText, masked ? normal.color(QPalette::Highlight)
                                                 : normal.color(QPalette::HighlightedText));
    setPalette(p);
    viewport()->update();
}

void MaskedTextEdit::clearSecurely()
{
    // QString copies are out of reach, but the document's own buffer is not:
    // overwrite it with as many characters before clearing.
    const int length = document()->characterCount();
    if (length > 1)
        setPlainText(QString(length, QLatin1Char('x')));
    clear();
}

void MaskedTextEdit::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    if (!m_masked)
        return;
    QPainter painter(viewport());
    painter.setPen(QPalette().color(QPalette::Text));
    const QPointF offset = contentOffset();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF rect = blockBoundingGeometry(block).translated(offset);
        if (rect.top() > viewport()->height())
            break;
        // The length, not the text: a line of 300 characters stays readable
        // as a line of bullets that runs off the edge.
        const QString bullets(std::min(block.length() - 1, 512), QChar(0x2022));
        const QTextLine line = block.layout()->lineAt(0);
        if (!line.isValid())
            continue;
        painter.drawText(QPointF(rect.left() + line.x(), rect.top() + line.y() + line.ascent()),
                         bullets);
    }
}

void MaskedTextEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_masked && (event->matches(QKeySequence::Copy) || event->matches(QKeySequence::Cut))) {
        event->ignore();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

QMimeData *MaskedTextEdit::createMimeDataFromSelection() const
{
    // No drag or copy of a hidden value.
    if (m_masked)
        return new QMimeData;
    return QPlainTextEdit::createMimeDataFromSelection();
}

} // namespace brickdesk
