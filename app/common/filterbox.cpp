#include "app/common/filterbox.h"

#include <QAction>
#include <QIcon>

using namespace Qt::StringLiterals;

namespace brickdesk {

FilterBox::FilterBox(QWidget *shortcutScope, QWidget *returnFocusTo)
    : QLineEdit(shortcutScope)
    , m_returnFocusTo(returnFocusTo)
{
    setPlaceholderText(tr("Filter by name (Ctrl+F)"));
    setAccessibleName(tr("Filter"));
    setClearButtonEnabled(true);
    addAction(QIcon(u":/icons/search.svg"_s), QLineEdit::LeadingPosition);
    // Wide enough for the placeholder, narrow enough to leave the toolbar room.
    setMaximumWidth(340);
    setMinimumWidth(180);

    // On the scope, not on the box: Ctrl+F has to work while the tree has
    // the focus, and only within this browser.
    auto *focusFilter = new QAction(tr("Filter"), shortcutScope);
    focusFilter->setShortcut(QKeySequence::Find);
    focusFilter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusFilter, &QAction::triggered, this, [this] {
        setFocus(Qt::ShortcutFocusReason);
        selectAll();
    });
    shortcutScope->addAction(focusFilter);
    // Esc in the filter clears it and goes back to the tree.
    auto *clearFilter = new QAction(tr("Clear Filter"), this);
    clearFilter->setShortcut(Qt::Key_Escape);
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    connect(clearFilter, &QAction::triggered, this, [this] {
        clear();
        if (m_returnFocusTo)
            m_returnFocusTo->setFocus(Qt::ShortcutFocusReason);
    });
    addAction(clearFilter);
}

} // namespace brickdesk
