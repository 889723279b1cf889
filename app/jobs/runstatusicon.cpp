#include "app/jobs/runstatusicon.h"

#include <QBrush>
#include <QColor>
#include <QPainter>
#include <QPixmap>

namespace brickdesk {

QIcon runStatusIcon(const RunStatus &status)
{
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        // RunStatus gives 0xAARRGGBB (core links no QtGui).
        painter.setBrush(QBrush(QColor::fromRgba(status.color())));
        const qreal margin = size / 8.0;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace brickdesk
