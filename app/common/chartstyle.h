#pragma once

class QChartView;

namespace brickdesk {

// How every chart of Brickdesk sits in the window: the Qt Charts theme that
// matches the palette (light or dark) for readable grid and axis colours,
// then the palette's own base and text colours for background, title,
// legend and axes, so a chart looks like any other widget. Call it again on
// a palette change; a theme change resets series colours, which the caller
// sets afterwards.
class ChartStyle
{
public:
    static void apply(QChartView *view);
};

} // namespace brickdesk
