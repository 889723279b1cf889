#pragma once

#include <QLineEdit>
#include <QPointer>

namespace brickdesk {

// The name filter over a browser's tree: a search icon, a clear button, Find
// (Ctrl+F) anywhere in `shortcutScope` focuses it, and Esc in it clears it
// and gives the focus back to `returnFocusTo` (the tree), so filtering never
// costs a trip to the mouse. Callers connect textChanged to their filter.
class FilterBox : public QLineEdit
{
    Q_OBJECT

public:
    // `shortcutScope` is also the parent. `returnFocusTo` may come later:
    // the box is usually created before the tree so that it comes first in
    // the tab order.
    explicit FilterBox(QWidget *shortcutScope, QWidget *returnFocusTo = nullptr);

    void setReturnFocusTo(QWidget *widget) { m_returnFocusTo = widget; }

private:
    void addClearButton();

    QPointer<QWidget> m_returnFocusTo;
};

} // namespace brickdesk
