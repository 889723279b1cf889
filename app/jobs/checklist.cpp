#include "app/jobs/checklist.h"

#include <QListWidget>
#include <QStyle>

#include <algorithm>

namespace brickdesk {

void fitListHeight(QListWidget *list, int maxRows)
{
    // sizeHintForRow() is reliable before the list is shown only with a
    // uniform font; the check box indicator and the icon can be taller.
    const int indicator = list->style()->pixelMetric(QStyle::PM_IndicatorHeight, nullptr, list);
    const int row = std::max({list->sizeHintForRow(0), list->fontMetrics().height() + 6,
                              list->iconSize().height() + 4, indicator + 4});
    // Every row that tall, with or without an icon, so lists look alike.
    const int width = list->sizeHintForColumn(0);
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setSizeHint(QSize(width, row));
    const int rows = std::clamp(list->count(), 1, maxRows);
    list->setFixedHeight(rows * row + 2 * list->frameWidth() + 2);
}

} // namespace brickdesk
