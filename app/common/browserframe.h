#pragma once

#include <QList>

#include <functional>

class QAbstractItemView;
class QAction;
class QMenu;
class QToolBar;
class QWidget;

namespace brickdesk {

class StatusLine;

// The frame every area browser shares, so the areas look and behave alike:
// a row with the toolbar and the browser's own controls (filters) at its
// right, the status line under it, and the content filling the rest.
class BrowserFrame
{
public:
    struct ToolBar
    {
        QList<QAction *> actions;
        QList<QAction *> separatorBefore; // a group starts here
        QList<QAction *> withText;        // what people come for reads better with its text
    };
    // Icon-only 16 px buttons, but those `withText`.
    static void fill(QToolBar *bar, const ToolBar &content);
    // Lays out `browser`: [toolbar | controls…], status line, content.
    static void layOut(QWidget *browser, QToolBar *bar, const QList<QWidget *> &controls,
                       StatusLine *status, QWidget *content);
    // A context menu on `view`'s rows: the row under the pointer becomes
    // current, then `fillMenu` fills a menu that deletes itself on close.
    static void addContextMenu(QAbstractItemView *view, std::function<void(QMenu *)> fillMenu);
};

} // namespace brickdesk
