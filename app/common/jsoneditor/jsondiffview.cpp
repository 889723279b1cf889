#include "app/common/jsoneditor/jsondiffview.h"

#include "core/payload/jsonchangesummary.h"
#include "core/payload/jsonlinediff.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// A tint of `colour` over the base colour: readable on light and dark themes.
QColor tint(const QColor &base, const QColor &colour)
{
    const qreal share = base.lightnessF() < 0.5 ? 0.35 : 0.22;
    return QColor::fromRgbF(base.redF() + (colour.redF() - base.redF()) * share,
                            base.greenF() + (colour.greenF() - base.greenF()) * share,
                            base.blueF() + (colour.blueF() - base.blueF()) * share);
}

} // namespace

JsonDiffView::JsonDiffView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_lines(new QPlainTextEdit(this))
{
    m_summary->setObjectName(u"jsonDiffSummary"_s);
    m_summary->setAccessibleName(tr("Summary of changes"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lines->setObjectName(u"jsonDiffLines"_s);
    m_lines->setAccessibleName(tr("Changed lines"));
    m_lines->setReadOnly(true);
    m_lines->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_lines->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_lines, 1);
}

bool JsonDiffView::setPayloads(const QJsonObject &before, const QJsonObject &after)
{
    const JsonChangeSummary summary = JsonChangeSummary::between(before, after);
    m_summary->setText(tr("These changes will be sent: %1").arg(summary.text()));

    QStringList text;
    m_removedBlocks.clear();
    m_addedBlocks.clear();
    const auto hunks = JsonLineDiff::hunks(JsonLineDiff::compare(before, after));
    for (const JsonLineDiff::Hunk &hunk : hunks) {
        text << tr("@@ line %1 @@").arg(hunk.newStart ? hunk.newStart : hunk.oldStart);
        for (const JsonLineDiff::Line &line : hunk.lines) {
            switch (line.kind) {
            case JsonLineDiff::Line::Kind::Removed:
                m_removedBlocks << int(text.size());
                text << u"- "_s + line.text;
                break;
            case JsonLineDiff::Line::Kind::Added:
                m_addedBlocks << int(text.size());
                text << u"+ "_s + line.text;
                break;
            case JsonLineDiff::Line::Kind::Unchanged:
                text << u"  "_s + line.text;
                break;
            }
        }
    }
    m_lines->setPlainText(text.join(u'\n'));
    paintLines();
    return !hunks.isEmpty();
}

QString JsonDiffView::summaryText() const
{
    return m_summary->text();
}

QString JsonDiffView::diffText() const
{
    return m_lines->toPlainText();
}

void JsonDiffView::paintLines()
{
    const QColor base = palette().color(QPalette::Base);
    QList<QTextEdit::ExtraSelection> selections;
    const auto paint = [&](const QList<int> &blocks, const QColor &colour) {
        for (int number : blocks) {
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(m_lines->document()->findBlockByNumber(number));
            selection.format.setBackground(tint(base, colour));
            selection.format.setProperty(QTextFormat::FullWidthSelection, true);
            selections << selection;
        }
    };
    paint(m_removedBlocks, QColor(0xe5, 0x48, 0x4d));
    paint(m_addedBlocks, QColor(0x30, 0xa4, 0x6c));
    m_lines->setExtraSelections(selections);
}

void JsonDiffView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        paintLines();
}

} // namespace brickdesk
