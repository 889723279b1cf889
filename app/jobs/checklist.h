#pragma once

class QListWidget;

namespace brickdesk {

// Makes a checkable list as tall as its rows (up to `maxRows`, then it
// scrolls), so a short task list shows every task and no empty space.
void fitListHeight(QListWidget *list, int maxRows = 8);

} // namespace brickdesk
