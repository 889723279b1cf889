#include "app/jobs/runtimelineview.h"

#include "core/jobs/rundurations.h"

#include <QAccessible>
#include <QDateTime>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk {
namespace {

constexpr int rightMargin = 16;
constexpr int labelPadding = 10;

QColor withAlpha(QColor colour, qreal alpha)
{
    colour.setAlphaF(alpha);
    return colour;
}

// A tick step that leaves at least `minMs` between ticks, from the steps a
// clock reader expects.
qint64 tickStep(qint64 minMs)
{
    static const qint64 steps[] = {1000,       2000,       5000,      10'000,    15'000,
                                   30'000,     60'000,     120'000,   300'000,   600'000,
                                   900'000,    1'800'000,  3'600'000, 7'200'000, 10'800'000,
                                   21'600'000, 43'200'000, 86'400'000};
    for (qint64 step : steps) {
        if (step >= minMs)
            return step;
    }
    return 86'400'000 * ((minMs + 86'399'999) / 86'400'000);
}

QString clockText(qint64 ms, bool seconds)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(),
                              seconds ? u"HH:mm:ss"_s : u"HH:mm"_s);
}

} // namespace

RunTimelineView::RunTimelineView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(u"runTimelineView"_s);
    setAccessibleName(tr("Task run timeline"));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the axis fits the width
    viewport()->setMouseTracking(true);
    verticalScrollBar()->setSingleStep(rowHeight());
    connect(verticalScrollBar(), &QScrollBar::valueChanged, viewport(),
            qOverload<>(&QWidget::update));
    updateAccessibleDescription();
}

void RunTimelineView::setRun(const QJsonObject &run, qint64 nowMs)
{
    setTimeline(
        RunTimeline::fromRun(run, nowMs >= 0 ? nowMs : QDateTime::currentMSecsSinceEpoch()));
}

void RunTimelineView::setTimeline(const RunTimeline &timeline)
{
    // Keep the selected task run across a refresh of the same run.
    const qint64 selectedId = m_current >= 0 ? m_timeline.rows()[m_current].taskRunId : 0;
    m_timeline = timeline;
    m_current = -1;
    const QFontMetrics fm(font());
    int widest = fm.horizontalAdvance(tr("Task"));
    for (const RunTimeline::Row &row : m_timeline.rows())
        widest = std::max(widest, fm.horizontalAdvance(row.taskKey));
    m_labelWidth = std::clamp(widest + 2 * labelPadding + 4, 80, 240); // + rounding slack
    updateScrollBar();
    for (int i = 0; i < m_timeline.rows().size(); ++i) {
        if (selectedId != 0 && m_timeline.rows()[i].taskRunId == selectedId)
            m_current = i;
    }
    updateAccessibleDescription();
    viewport()->update();
}

void RunTimelineView::setCurrentRow(int row)
{
    if (row < -1 || row >= m_timeline.rows().size() || row == m_current)
        return;
    m_current = row;
    if (row >= 0) {
        // Scroll just enough to show the row under the fixed axis.
        const int top = row * rowHeight();
        const int visible = viewport()->height() - axisHeight();
        QScrollBar *bar = verticalScrollBar();
        if (top < bar->value())
            bar->setValue(top);
        else if (top + rowHeight() > bar->value() + visible)
            bar->setValue(top + rowHeight() - visible);
    }
    updateAccessibleDescription();
    viewport()->update();
    if (row >= 0) {
        const RunTimeline::Row &r = m_timeline.rows()[row];
        emit taskRunSelected(r.taskRunId, r.taskKey);
    }
}

int RunTimelineView::rowHeight() const
{
    return std::max(fontMetrics().height() + 12, 26);
}

int RunTimelineView::axisHeight() const
{
    return fontMetrics().height() + 14;
}

int RunTimelineView::labelWidth() const
{
    return m_labelWidth;
}

QRect RunTimelineView::timeArea() const
{
    const int left = labelWidth() + 8;
    return QRect(left, 0, std::max(40, viewport()->width() - left - rightMargin),
                 viewport()->height());
}

int RunTimelineView::xOf(qint64 ms) const
{
    const QRect area = timeArea();
    const qint64 span = std::max<qint64>(1, m_timeline.spanEndMs() - m_timeline.spanStartMs());
    return area.left() + int(double(ms - m_timeline.spanStartMs()) / double(span) * area.width());
}

QRect RunTimelineView::rowRect(int row) const
{
    if (row < 0 || row >= m_timeline.rows().size())
        return {};
    return QRect(0, axisHeight() + row * rowHeight() - verticalScrollBar()->value(),
                 viewport()->width(), rowHeight());
}

QRect RunTimelineView::barRect(int row) const
{
    const QRect line = rowRect(row);
    if (line.isEmpty() || !m_timeline.rows()[row].started())
        return {};
    const RunTimeline::Row &r = m_timeline.rows()[row];
    const int left = xOf(r.startMs);
    const int right = std::max(left + 3, xOf(r.endMs)); // a short run still shows
    return QRect(left, line.top() + 5, right - left, line.height() - 10);
}

int RunTimelineView::rowAt(const QPoint &pos) const
{
    if (pos.y() < axisHeight())
        return -1;
    const int row = (pos.y() - axisHeight() + verticalScrollBar()->value()) / rowHeight();
    return row < m_timeline.rows().size() ? row : -1;
}

QString RunTimelineView::rowToolTip(int row) const
{
    if (row < 0 || row >= m_timeline.rows().size())
        return {};
    const RunTimeline::Row &r = m_timeline.rows()[row];
    QStringList lines{r.taskKey, tr("Status: %1 (%2)").arg(r.status.text(), r.status.rawText())};
    if (r.started()) {
        const QLocale locale;
        lines.append(tr("Started: %1")
                         .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(r.startMs),
                                              QLocale::ShortFormat)));
        lines.append(r.running
                         ? tr("Running for %1").arg(RunDurations::formatDuration(r.durationMs()))
                         : tr("Took %1").arg(RunDurations::formatDuration(r.durationMs())));
        if (r.hasPhases())
            lines.append(tr("Setup %1, execution %2, cleanup %3")
                             .arg(RunDurations::formatDuration(r.setupMs),
                                  RunDurations::formatDuration(r.executionMs),
                                  RunDurations::formatDuration(r.cleanupMs)));
    } else {
        lines.append(tr("Not started"));
    }
    if (r.attempt > 0)
        lines.append(tr("Attempt %1").arg(r.attempt + 1));
    if (!r.status.message().isEmpty())
        lines.append(r.status.message());
    lines.append(tr("Task run %1").arg(r.taskRunId));
    return lines.join(u'\n');
}

QSize RunTimelineView::sizeHint() const
{
    const int rows = std::clamp(int(m_timeline.rows().size()), 3, 16);
    return {640, axisHeight() + rows * rowHeight() + 2 * frameWidth()};
}

QSize RunTimelineView::minimumSizeHint() const
{
    return {labelWidth() + 160, axisHeight() + 2 * rowHeight()};
}

void RunTimelineView::updateScrollBar()
{
    const int content = int(m_timeline.rows().size()) * rowHeight();
    const int visible = std::max(0, viewport()->height() - axisHeight());
    verticalScrollBar()->setRange(0, std::max(0, content - visible));
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setSingleStep(rowHeight());
}

void RunTimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette pal = palette();
    painter.fillRect(viewport()->rect(), pal.color(QPalette::Base));
    if (m_timeline.isEmpty()) {
        painter.setPen(withAlpha(pal.color(QPalette::Text), 0.6));
        painter.drawText(viewport()->rect(), Qt::AlignCenter, tr("No task runs yet."));
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.save();
    painter.setClipRect(QRect(0, axisHeight(), viewport()->width(), viewport()->height()));
    const int first = std::max(0, verticalScrollBar()->value() / rowHeight());
    const int last = std::min(int(m_timeline.rows().size()) - 1,
                              (verticalScrollBar()->value() + viewport()->height()) / rowHeight());
    for (int row = first; row <= last; ++row)
        paintRow(painter, row);
    painter.restore();
    paintAxis(painter);
}

void RunTimelineView::paintAxis(QPainter &painter)
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const int height = axisHeight();
    painter.fillRect(QRect(0, 0, viewport()->width(), height), pal.color(QPalette::Window));
    painter.setPen(withAlpha(text, 0.35));
    painter.drawLine(0, height - 1, viewport()->width(), height - 1);

    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(text);
    painter.drawText(QRect(labelPadding, 0, labelWidth() - labelPadding, height),
                     Qt::AlignVCenter | Qt::AlignLeft, tr("Task"));
    painter.setFont(font());

    const qint64 start = m_timeline.spanStartMs();
    const qint64 end = m_timeline.spanEndMs();
    if (start <= 0)
        return;
    const QRect area = timeArea();
    const int labelRoom = fontMetrics().horizontalAdvance(u"00:00:00"_s) + 24;
    const qint64 span = std::max<qint64>(1, end - start);
    const qint64 step = tickStep(span * labelRoom / std::max(1, area.width()));
    const bool seconds = step < 60'000;
    // Ticks fall on whole local minutes, hours..., not on offsets from the start.
    const qint64 offset = qint64(QDateTime::fromMSecsSinceEpoch(start).offsetFromUtc()) * 1000;
    qint64 tick = ((start + offset + step - 1) / step) * step - offset;
    const QColor grid = withAlpha(text, 0.12);
    for (; tick <= end; tick += step) {
        const int x = xOf(tick);
        painter.setPen(withAlpha(text, 0.4));
        painter.drawLine(x, height - 5, x, height - 1);
        painter.setPen(grid);
        painter.drawLine(x, height, x, viewport()->height());
        painter.setPen(text);
        const QString label = clockText(tick, seconds);
        const int w = fontMetrics().horizontalAdvance(label);
        const int left = std::clamp(x - w / 2, area.left() - 4, viewport()->width() - w - 2);
        painter.drawText(QRect(left, 0, w + 2, height - 5), Qt::AlignCenter, label);
    }
}

void RunTimelineView::paintRow(QPainter &painter, int row)
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const RunTimeline::Row &r = m_timeline.rows()[row];
    const QRect line = rowRect(row);
    if (row % 2)
        painter.fillRect(line, pal.color(QPalette::AlternateBase));
    const bool selected = row == m_current;
    if (selected) {
        painter.fillRect(line, withAlpha(pal.color(QPalette::Highlight), hasFocus() ? 0.28 : 0.16));
        painter.fillRect(QRect(line.left(), line.top(), 3, line.height()),
                         pal.color(QPalette::Highlight));
    }

    // Grid lines drawn by the axis run under the bars; the key on the left.
    painter.setPen(text);
    const QRect label(labelPadding, line.top(), labelWidth() - 2 * labelPadding, line.height());
    painter.drawText(label, Qt::AlignVCenter | Qt::AlignLeft,
                     fontMetrics().elidedText(r.taskKey, Qt::ElideMiddle, label.width()));

    const QColor colour = QColor::fromRgba(r.status.color());
    const QRect bar = barRect(row);
    if (bar.isEmpty()) {
        // Not started: say why where the bar would be.
        QFont italic = font();
        italic.setItalic(true);
        painter.setFont(italic);
        painter.setPen(withAlpha(text, 0.6));
        painter.drawText(QRect(timeArea().left(), line.top(), timeArea().width(), line.height()),
                         Qt::AlignVCenter | Qt::AlignLeft, r.status.text());
        painter.setFont(font());
        return;
    }

    QPainterPath shape;
    shape.addRoundedRect(QRectF(bar), 3, 3);
    painter.save();
    painter.setClipPath(shape);
    if (r.running) {
        // Still going: a lighter bar with stripes, so it never reads as done.
        painter.fillRect(bar, withAlpha(colour, 0.45));
        painter.fillRect(bar, QBrush(colour, Qt::BDiagPattern));
    } else if (r.hasPhases()) {
        // Setup and cleanup are the lighter ends of the bar, in proportion.
        const qint64 total = std::max<qint64>(1, r.setupMs + r.executionMs + r.cleanupMs);
        const int setupW = int(bar.width() * double(r.setupMs) / total);
        const int cleanupW = int(bar.width() * double(r.cleanupMs) / total);
        painter.fillRect(bar, colour);
        painter.fillRect(QRect(bar.left(), bar.top(), setupW, bar.height()),
                         withAlpha(colour, 0.5));
        painter.fillRect(QRect(bar.right() - cleanupW + 1, bar.top(), cleanupW, bar.height()),
                         withAlpha(colour, 0.5));
        painter.fillRect(QRect(bar.left(), bar.top(), setupW, bar.height()),
                         withAlpha(pal.color(QPalette::Base), 0.35));
    } else {
        painter.fillRect(bar, colour);
    }
    painter.restore();
    painter.setPen(
        QPen(selected ? pal.color(QPalette::Highlight) : colour.darker(125), selected ? 2 : 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(shape);

    // The duration inside the bar when it fits, else just after it.
    const QString duration = RunDurations::formatDuration(r.durationMs());
    const int w = fontMetrics().horizontalAdvance(duration) + 10;
    if (w <= bar.width() && !r.running) {
        painter.setPen(Qt::white);
        painter.drawText(bar, Qt::AlignCenter, duration);
    } else {
        const QString after = r.running ? tr("%1, running").arg(duration) : duration;
        const int afterW = fontMetrics().horizontalAdvance(after) + 10;
        QRect place(bar.right() + 6, line.top(), afterW, line.height());
        if (place.right() > viewport()->width())
            place.moveRight(bar.left() - 6);
        painter.setPen(text);
        painter.drawText(place, Qt::AlignVCenter | Qt::AlignLeft, after);
    }
}

void RunTimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
}

void RunTimelineView::keyPressEvent(QKeyEvent *event)
{
    const int count = int(m_timeline.rows().size());
    if (count == 0) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    const int page = std::max(1, (viewport()->height() - axisHeight()) / rowHeight() - 1);
    switch (event->key()) {
    case Qt::Key_Up:
        setCurrentRow(std::max(0, m_current - 1));
        return;
    case Qt::Key_Down:
        setCurrentRow(std::min(count - 1, m_current + 1));
        return;
    case Qt::Key_PageUp:
        setCurrentRow(std::max(0, m_current - page));
        return;
    case Qt::Key_PageDown:
        setCurrentRow(std::min(count - 1, std::max(0, m_current) + page));
        return;
    case Qt::Key_Home:
        setCurrentRow(0);
        return;
    case Qt::Key_End:
        setCurrentRow(count - 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current >= 0) {
            const RunTimeline::Row &r = m_timeline.rows()[m_current];
            emit taskRunActivated(r.taskRunId, r.taskKey);
        }
        return;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void RunTimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const int row = rowAt(event->position().toPoint());
        if (row >= 0) {
            setCurrentRow(row);
            event->accept();
            return;
        }
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void RunTimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && row >= 0) {
        setCurrentRow(row);
        const RunTimeline::Row &r = m_timeline.rows()[row];
        emit taskRunActivated(r.taskRunId, r.taskKey);
        return;
    }
    QAbstractScrollArea::mouseDoubleClickEvent(event);
}

bool RunTimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), rowToolTip(row), viewport(), rowRect(row));
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void RunTimelineView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        setTimeline(m_timeline); // label width and row height follow the font
    }
    if (event->type() == QEvent::PaletteChange)
        viewport()->update();
}

// What the chart shows, as sentences for a screen reader.
void RunTimelineView::updateAccessibleDescription()
{
    QStringList sentences;
    if (m_timeline.isEmpty()) {
        sentences.append(tr("No task runs yet."));
    } else {
        sentences.append(tr("Task runs: %1.").arg(m_timeline.rows().size()));
        if (m_current >= 0)
            sentences.append(tr("Selected: %1.").arg(m_timeline.rows()[m_current].taskKey));
        for (const RunTimeline::Row &r : m_timeline.rows()) {
            if (!r.started()) {
                sentences.append(tr("%1: %2, not started.").arg(r.taskKey, r.status.text()));
                continue;
            }
            sentences.append(tr("%1: %2, started %3, %4.")
                                 .arg(r.taskKey, r.status.text(), clockText(r.startMs, true),
                                      RunDurations::formatDuration(r.durationMs())));
        }
    }
    setAccessibleDescription(sentences.join(u' '));
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

} // namespace brickdesk
