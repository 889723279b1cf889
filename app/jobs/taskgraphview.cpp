#include "app/jobs/taskgraphview.h"

#include "core/jobs/rundurations.h"
#include "core/jobs/runstatus.h"

#include <QAccessible>
#include <QDateTime>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QJsonArray>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace brickdesk {
namespace {

constexpr qreal nodeWidth = 240;
constexpr qreal nodeHeight = 66;
constexpr qreal layerGap = 72; // room for the arrows between layers
constexpr qreal rowGap = 20;
constexpr qreal minScale = 0.15;
// Fitting never shrinks boxes below what can still be read; a wider graph
// scrolls instead (zooming out further stays possible by hand).
constexpr qreal minFitScale = 0.7;
constexpr qreal maxScale = 2.5;

QColor mixed(const QColor &a, const QColor &b, qreal bWeight)
{
    return QColor::fromRgbF(a.redF() * (1 - bWeight) + b.redF() * bWeight,
                            a.greenF() * (1 - bWeight) + b.greenF() * bWeight,
                            a.blueF() * (1 - bWeight) + b.blueF() * bWeight);
}

QPointF nodeOrigin(const TaskGraph &graph, const TaskGraph::Node &node)
{
    // Each layer is centred on the same horizontal line, so that a short
    // layer sits in the middle of the tall one next to it.
    const qsizetype layerSize = graph.layer(node.layer).size();
    const qreal y = (node.position - (layerSize - 1) / 2.0) * (nodeHeight + rowGap);
    return {node.layer * (nodeWidth + layerGap), y - nodeHeight / 2};
}

} // namespace

// One task's box. It paints from what the view gives it; it holds no state
// of its own beyond that.
class TaskGraphNodeItem : public QGraphicsItem
{
public:
    TaskGraphNodeItem(const TaskGraph::Node &node, const QPalette &palette)
        : m_node(node)
        , m_palette(palette)
    {
        setAcceptHoverEvents(true);
    }

    QRectF boundingRect() const override { return {-2, -2, nodeWidth + 4, nodeHeight + 4}; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        const QRectF box(0, 0, nodeWidth, nodeHeight);
        QPainterPath shape;
        shape.addRoundedRect(box, 8, 8);

        const QColor base = m_palette.color(QPalette::Base);
        const QColor text = m_palette.color(QPalette::Text);
        QColor fill = base;
        if (m_status)
            fill = mixed(base, m_statusColor, 0.16);
        painter->fillPath(shape, fill);

        if (m_status) {
            // A status stripe down the left edge: the colour reads at any zoom.
            painter->save();
            painter->setClipPath(shape);
            painter->fillRect(QRectF(0, 0, 6, nodeHeight), m_statusColor);
            painter->restore();
        }

        QPen border(m_selected ? m_palette.color(QPalette::Highlight) : mixed(base, text, 0.35),
                    m_selected ? 2.5 : 1.0);
        if (m_status && m_status->isActive() && !m_selected) {
            // Still going: a dashed outline in the status colour.
            border = QPen(m_statusColor, 1.8, Qt::DashLine);
        }
        painter->setPen(border);
        painter->drawPath(shape);

        const qreal left = 14;
        const qreal width = nodeWidth - left - 10;
        QFont keyFont = painter->font();
        keyFont.setBold(true);
        QFont small = painter->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);

        // A run_if other than the default is a badge in the top right corner.
        qreal badgeWidth = 0;
        const QString runIf = TaskGraph::runIfText(m_node.runIf);
        if (!runIf.isEmpty()) {
            painter->setFont(small);
            const QFontMetricsF fm(small);
            badgeWidth = std::min(fm.horizontalAdvance(runIf) + 12, width / 2);
            const QRectF badge(nodeWidth - 8 - badgeWidth, 7, badgeWidth, fm.height() + 2);
            painter->setPen(Qt::NoPen);
            painter->setBrush(mixed(base, text, 0.12));
            painter->drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
            painter->setPen(text);
            painter->drawText(badge, Qt::AlignCenter,
                              fm.elidedText(runIf, Qt::ElideRight, badge.width() - 8));
            badgeWidth += 6;
        }

        painter->setFont(keyFont);
        painter->setPen(text);
        const QFontMetricsF keyMetrics(keyFont);
        painter->drawText(QPointF(left, 8 + keyMetrics.ascent()),
                          keyMetrics.elidedText(m_node.key, Qt::ElideRight, width - badgeWidth));

        painter->setFont(small);
        const QFontMetricsF fm(small);
        // The type as it is, then the target elided on the left: the end of
        // a path names the file, the start is the same folder everywhere.
        painter->setPen(mixed(base, text, 0.78));
        const QString type = m_node.target.isEmpty() ? m_node.typeName : m_node.typeName + u" · "_s;
        const QString shownType = fm.elidedText(type, Qt::ElideRight, width);
        painter->drawText(QPointF(left, 30 + fm.ascent()), shownType);
        const qreal typeWidth = fm.horizontalAdvance(shownType);
        if (!m_node.target.isEmpty() && typeWidth < width - 20)
            painter->drawText(QPointF(left + typeWidth, 30 + fm.ascent()),
                              fm.elidedText(m_node.target, Qt::ElideLeft, width - typeWidth));

        const QString last = m_status ? m_statusLine : m_node.compute;
        if (!last.isEmpty()) {
            painter->setPen(m_status ? text : mixed(base, text, 0.6));
            painter->drawText(QPointF(left, 48 + fm.ascent()),
                              fm.elidedText(last, Qt::ElideRight, width));
        }
    }

    void setSelected(bool selected)
    {
        m_selected = selected;
        update();
    }
    void setStatus(const std::optional<RunStatus> &status, const QString &line)
    {
        m_status = status;
        m_statusColor = status ? QColor::fromRgba(status->color()) : QColor();
        m_statusLine = line;
        update();
    }
    void setPalette(const QPalette &palette)
    {
        m_palette = palette;
        update();
    }
    QColor statusColor() const { return m_statusColor; }

private:
    TaskGraph::Node m_node;
    QPalette m_palette;
    std::optional<RunStatus> m_status;
    QColor m_statusColor;
    QString m_statusLine;
    bool m_selected = false;
};

// One dependency: a curve from the upstream's right edge to the task's left
// edge with an arrowhead, and the condition branch ("true") when it has one.
class TaskGraphEdgeItem : public QGraphicsItem
{
public:
    TaskGraphEdgeItem(QPointF from, QPointF to, const QString &label)
        : m_from(from)
        , m_to(to)
        , m_label(label)
    {
        setZValue(-1); // under the boxes
        const qreal bend = std::max<qreal>(40, (to.x() - from.x()) / 2);
        m_path.moveTo(from);
        m_path.cubicTo(from + QPointF(bend, 0), to - QPointF(bend, 0), to - QPointF(8, 0));
    }

    QRectF boundingRect() const override
    {
        return m_path.boundingRect().adjusted(-10, -10, 10, 10) | labelRect();
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        const QColor base = m_palette.color(QPalette::Base);
        const QColor colour = m_highlighted ? m_palette.color(QPalette::Highlight)
                                            : mixed(base, m_palette.color(QPalette::Text), 0.45);
        painter->setPen(QPen(colour, m_highlighted ? 2.0 : 1.3));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
        // The curve leaves its last control point horizontally: a
        // horizontal arrowhead fits it.
        const QPolygonF head{m_to, m_to + QPointF(-9, -4.5), m_to + QPointF(-9, 4.5)};
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawPolygon(head);

        if (!m_label.isEmpty()) {
            const QRectF rect = labelRect();
            painter->setBrush(base);
            painter->setPen(QPen(colour, 1));
            painter->drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
            painter->setPen(m_palette.color(QPalette::Text));
            painter->setFont(labelFont());
            painter->drawText(rect, Qt::AlignCenter, m_label);
        }
    }

    void setPalette(const QPalette &palette)
    {
        m_palette = palette;
        update();
    }
    void setHighlighted(bool highlighted)
    {
        m_highlighted = highlighted;
        setZValue(highlighted ? -0.5 : -1);
        update();
    }

private:
    static QFont labelFont()
    {
        QFont font;
        font.setPointSizeF(font.pointSizeF() * 0.85);
        return font;
    }
    QRectF labelRect() const
    {
        if (m_label.isEmpty())
            return {};
        const QFontMetricsF fm(labelFont());
        const QSizeF size(fm.horizontalAdvance(m_label) + 12, fm.height() + 2);
        // Near the upstream end, where branches of one condition fan out.
        const QPointF at = m_path.pointAtPercent(0.5);
        return {at - QPointF(size.width() / 2, size.height() / 2), size};
    }

    QPointF m_from;
    QPointF m_to;
    QString m_label;
    QPainterPath m_path;
    QPalette m_palette;
    bool m_highlighted = false;
};

TaskGraphView::TaskGraphView(QWidget *parent)
    : QGraphicsView(parent)
{
    setObjectName(u"taskGraphView"_s);
    setAccessibleName(tr("Task graph"));
    setScene(new QGraphicsScene(this));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setFocusPolicy(Qt::StrongFocus);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setMinimumSize(240, 160);
    applyPalette();
}

TaskGraphView::~TaskGraphView() = default;

void TaskGraphView::setJob(const QJsonObject &job)
{
    setGraph(TaskGraph::fromJob(job));
}

void TaskGraphView::setGraph(const TaskGraph &graph)
{
    const QString previous = selectedTask();
    m_graph = graph;
    m_selected = -1;
    rebuildScene();
    m_fitPending = true;
    if (isVisible())
        zoomToFit();
    // Keep the selection across a refresh of the same job.
    const int kept = m_graph.indexOf(previous);
    if (kept >= 0)
        selectIndex(kept);
    else if (!previous.isEmpty())
        emit taskSelected(QString());
    updateAccessibleDescription();
}

void TaskGraphView::setRun(const QJsonObject &run, qint64 nowMs)
{
    m_now = nowMs >= 0 ? nowMs : QDateTime::currentMSecsSinceEpoch();
    m_taskRuns.clear();
    for (const QJsonValue &value : run.value("tasks"_L1).toArray()) {
        const QJsonObject taskRun = value.toObject();
        const QString key = taskRun.value("task_key"_L1).toString();
        // A repaired or retried task appears once per attempt: the latest
        // attempt is the one that counts.
        const auto found = m_taskRuns.constFind(key);
        if (found == m_taskRuns.cend() ||
            taskRun.value("attempt_number"_L1).toInt() >= found->value("attempt_number"_L1).toInt())
            m_taskRuns.insert(key, taskRun);
    }
    for (int i = 0; i < m_nodeItems.size(); ++i) {
        const QString &key = m_graph.nodes()[i].key;
        const auto found = m_taskRuns.constFind(key);
        if (found == m_taskRuns.cend()) {
            m_nodeItems[i]->setStatus(std::nullopt, QString());
        } else {
            const RunStatus status = RunStatus::fromRun(*found);
            QString line = status.text();
            if (found->value("start_time"_L1).toInteger() > 0)
                line = tr("%1 · %2").arg(
                    line, RunDurations::formatDuration(RunDurations::durationOf(*found, m_now)));
            m_nodeItems[i]->setStatus(status, line);
        }
        m_nodeItems[i]->setToolTip(taskToolTip(i));
    }
    updateAccessibleDescription();
}

QString TaskGraphView::selectedTask() const
{
    return m_selected >= 0 ? m_graph.nodes()[m_selected].key : QString();
}

void TaskGraphView::selectTask(const QString &key)
{
    selectIndex(m_graph.indexOf(key));
}

QRect TaskGraphView::taskRect(const QString &key) const
{
    const int index = m_graph.indexOf(key);
    if (index < 0)
        return {};
    const QRectF box(m_nodeItems[index]->pos(), QSizeF(nodeWidth, nodeHeight));
    return mapFromScene(box).boundingRect();
}

QColor TaskGraphView::taskStatusColor(const QString &key) const
{
    const int index = m_graph.indexOf(key);
    return index < 0 ? QColor() : m_nodeItems[index]->statusColor();
}

void TaskGraphView::zoomToFit()
{
    m_fitPending = false;
    const QRectF bounds = sceneRect();
    if (bounds.isEmpty())
        return;
    fitInView(bounds, Qt::KeepAspectRatio);
    // Fitting a small graph must not blow it up past its natural size, and
    // a huge one is still worth reading: clamp, then show the start.
    const qreal scale = std::clamp(transform().m11(), minFitScale, 1.0);
    setTransform(QTransform::fromScale(scale, scale));
    if (m_selected >= 0)
        ensureVisible(m_nodeItems[m_selected], 24, 24);
    else
        centerOn(QPointF(bounds.left() + viewport()->width() / (2 * scale), bounds.center().y()));
}

void TaskGraphView::zoomIn()
{
    scaleBy(1.25);
}

void TaskGraphView::zoomOut()
{
    scaleBy(0.8);
}

void TaskGraphView::scaleBy(double factor)
{
    const qreal now = transform().m11();
    const qreal next = std::clamp(now * factor, minScale, maxScale);
    scale(next / now, next / now);
}

void TaskGraphView::rebuildScene()
{
    scene()->clear();
    m_nodeItems.clear();
    m_edgeItems.clear();
    const QPalette pal = palette();
    for (const TaskGraph::Node &node : m_graph.nodes()) {
        auto *item = new TaskGraphNodeItem(node, pal);
        item->setPos(nodeOrigin(m_graph, node));
        scene()->addItem(item);
        m_nodeItems.append(item);
    }
    for (const TaskGraph::Edge &edge : m_graph.edges()) {
        const QPointF from = m_nodeItems[edge.from]->pos() + QPointF(nodeWidth, nodeHeight / 2);
        const QPointF to = m_nodeItems[edge.to]->pos() + QPointF(0, nodeHeight / 2);
        auto *item = new TaskGraphEdgeItem(from, to, edge.outcome);
        item->setPalette(pal);
        scene()->addItem(item);
        m_edgeItems.append(item);
    }
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-24, -24, 24, 24));
    // The run overlay is per task key: put it back on the new boxes.
    const QHash<QString, QJsonObject> runs = m_taskRuns;
    if (!runs.isEmpty()) {
        QJsonArray tasks;
        for (const QJsonObject &taskRun : runs)
            tasks.append(taskRun);
        setRun(QJsonObject{{u"tasks"_s, tasks}}, m_now);
    } else {
        for (int i = 0; i < m_nodeItems.size(); ++i)
            m_nodeItems[i]->setToolTip(taskToolTip(i));
    }
}

void TaskGraphView::applyPalette()
{
    setBackgroundBrush(palette().color(QPalette::Window));
    const QPalette pal = palette();
    for (TaskGraphNodeItem *node : std::as_const(m_nodeItems))
        node->setPalette(pal);
    for (TaskGraphEdgeItem *edge : std::as_const(m_edgeItems))
        edge->setPalette(pal);
}

void TaskGraphView::selectIndex(int index)
{
    if (index == m_selected)
        return;
    if (m_selected >= 0)
        m_nodeItems[m_selected]->setSelected(false);
    m_selected = index;
    // The selected task's dependencies stand out, both ways.
    for (int e = 0; e < m_edgeItems.size(); ++e) {
        const TaskGraph::Edge &edge = m_graph.edges()[e];
        m_edgeItems[e]->setHighlighted(index >= 0 && (edge.from == index || edge.to == index));
    }
    if (index >= 0) {
        m_nodeItems[index]->setSelected(true);
        ensureVisible(m_nodeItems[index], 24, 24);
    }
    updateAccessibleDescription();
    emit taskSelected(selectedTask());
}

int TaskGraphView::nodeIndexAt(const QPoint &viewportPos) const
{
    const QList<QGraphicsItem *> hits = items(viewportPos);
    for (QGraphicsItem *item : hits) {
        const qsizetype index = m_nodeItems.indexOf(item);
        if (index >= 0)
            return int(index);
    }
    return -1;
}

int TaskGraphView::neighbourInLayer(int step) const
{
    const TaskGraph::Node &node = m_graph.nodes()[m_selected];
    const QList<int> &layer = m_graph.layer(node.layer);
    const int position = std::clamp(node.position + step, 0, int(layer.size()) - 1);
    return layer[position];
}

// The nearest box in the next non-empty layer to the left or right, by
// vertical distance: what the eye sees as "the one beside it".
int TaskGraphView::neighbourAcrossLayers(int step) const
{
    const TaskGraph::Node &node = m_graph.nodes()[m_selected];
    const qreal y = m_nodeItems[m_selected]->pos().y();
    for (int l = node.layer + step; l >= 0 && l < m_graph.layerCount(); l += step) {
        const QList<int> &layer = m_graph.layer(l);
        if (layer.isEmpty())
            continue;
        int best = layer.first();
        for (int candidate : layer) {
            if (std::abs(m_nodeItems[candidate]->pos().y() - y) <
                std::abs(m_nodeItems[best]->pos().y() - y))
                best = candidate;
        }
        return best;
    }
    return m_selected;
}

void TaskGraphView::keyPressEvent(QKeyEvent *event)
{
    if (m_graph.isEmpty()) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    if (m_selected < 0) {
        switch (event->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Home:
            selectIndex(m_graph.layer(0).first());
            return;
        default:
            break;
        }
    }
    switch (event->key()) {
    case Qt::Key_Left:
        selectIndex(neighbourAcrossLayers(-1));
        return;
    case Qt::Key_Right:
        selectIndex(neighbourAcrossLayers(1));
        return;
    case Qt::Key_Up:
        selectIndex(neighbourInLayer(-1));
        return;
    case Qt::Key_Down:
        selectIndex(neighbourInLayer(1));
        return;
    case Qt::Key_Home:
        selectIndex(m_graph.layer(0).first());
        return;
    case Qt::Key_End:
        selectIndex(m_graph.layer(m_graph.layerCount() - 1).last());
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected >= 0)
            emit taskActivated(selectedTask());
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        zoomToFit();
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void TaskGraphView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const int index = nodeIndexAt(event->position().toPoint());
        if (index >= 0)
            selectIndex(index);
    }
    QGraphicsView::mousePressEvent(event);
}

void TaskGraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int index = nodeIndexAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && index >= 0) {
        selectIndex(index);
        emit taskActivated(selectedTask());
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void TaskGraphView::wheelEvent(QWheelEvent *event)
{
    // Ctrl+wheel zooms, as in every other canvas; the plain wheel scrolls.
    if (event->modifiers() & Qt::ControlModifier) {
        scaleBy(std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void TaskGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitPending)
        zoomToFit();
}

void TaskGraphView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_fitPending)
        zoomToFit();
}

void TaskGraphView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

QString TaskGraphView::taskToolTip(int index) const
{
    const TaskGraph::Node &node = m_graph.nodes()[index];
    QStringList lines{u"<b>%1</b>"_s.arg(node.key.toHtmlEscaped())};
    lines.append(node.target.isEmpty()
                     ? node.typeName.toHtmlEscaped()
                     : tr("%1: %2").arg(node.typeName, node.target).toHtmlEscaped());
    if (!node.compute.isEmpty())
        lines.append(tr("Compute: %1").arg(node.compute).toHtmlEscaped());
    const QString runIf = TaskGraph::runIfText(node.runIf);
    if (!runIf.isEmpty())
        lines.append(tr("Runs if: %1").arg(runIf).toHtmlEscaped());
    if (!node.upstream.isEmpty())
        lines.append(tr("After: %1").arg(node.upstream.join(u", "_s)).toHtmlEscaped());
    const auto found = m_taskRuns.constFind(node.key);
    if (found != m_taskRuns.cend()) {
        const RunStatus status = RunStatus::fromRun(*found);
        lines.append(tr("Status: %1 (%2)").arg(status.text(), status.rawText()).toHtmlEscaped());
        if (found->value("start_time"_L1).toInteger() > 0)
            lines.append(
                tr("Duration: %1")
                    .arg(RunDurations::formatDuration(RunDurations::durationOf(*found, m_now)))
                    .toHtmlEscaped());
        if (!status.message().isEmpty())
            lines.append(status.message().toHtmlEscaped());
    }
    return lines.join(u"<br>"_s);
}

// A screen reader cannot see the drawing: the description lists every task
// with what it runs, what it waits for and, with a run, how it went.
void TaskGraphView::updateAccessibleDescription()
{
    QStringList sentences;
    if (m_graph.isEmpty())
        sentences.append(tr("No tasks."));
    else
        sentences.append(tr("Tasks: %1.").arg(m_graph.nodes().size()));
    if (m_selected >= 0)
        sentences.append(tr("Selected: %1.").arg(selectedTask()));
    for (const TaskGraph::Node &node : m_graph.nodes()) {
        QString sentence = tr("%1, %2").arg(node.key, node.typeName);
        if (!node.target.isEmpty())
            sentence = tr("%1 %2").arg(sentence, node.target);
        sentence = node.upstream.isEmpty()
                       ? tr("%1, runs first").arg(sentence)
                       : tr("%1, after %2").arg(sentence, node.upstream.join(u", "_s));
        const QString runIf = TaskGraph::runIfText(node.runIf);
        if (!runIf.isEmpty())
            sentence = tr("%1, runs if %2").arg(sentence, runIf.toLower());
        const auto found = m_taskRuns.constFind(node.key);
        if (found != m_taskRuns.cend())
            sentence = tr("%1: %2").arg(sentence, RunStatus::fromRun(*found).text());
        sentences.append(sentence + u'.');
    }
    setAccessibleDescription(sentences.join(u' '));
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

} // namespace brickdesk
