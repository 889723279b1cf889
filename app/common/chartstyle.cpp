#include "app/common/chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>

namespace brickdesk {

void ChartStyle::apply(QChartView *view)
{
    const QPalette pal = view->palette();
    QChart *chart = view->chart();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme)
        chart->setTheme(theme);
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    view->setBackgroundBrush(pal.color(QPalette::Base));
    const QColor text = pal.color(QPalette::Text);
    chart->setTitleBrush(text);
    chart->setTitleFont(view->font());
    chart->legend()->setLabelColor(text);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        QColor grid = text;
        grid.setAlphaF(0.15);
        axis->setGridLineColor(grid);
        QColor line = text;
        line.setAlphaF(0.4);
        axis->setLinePenColor(line);
    }
}

} // namespace brickdesk
