// Build-time tool: renders the SVG application icon to the PNG sizes the
// freedesktop icon theme wants, so the SVG stays the single source.
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: iconrender <in.svg> <size> <out.png>\n");
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    const int size = args.at(2).toInt();
    if (!renderer.isValid() || size <= 0) {
        std::fprintf(stderr, "iconrender: cannot render %s\n", qPrintable(args.at(1)));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    return image.save(args.at(3), "PNG") ? 0 : 1;
}
