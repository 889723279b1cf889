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
    addAction(QIcon(u":/icons/search.svg"_s), QLineEdit::LeadingPosition);
    addClearButton();
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

void FilterBox::addClearButton()
{
    // Not setClearButtonEnabled(): Qt's button looks its icon up in the
    // desktop's icon theme, and that first lookup (every theme directory
    // scanned) was a sixth of all Brickdesk did before it showed a
    // workspace. Same behaviour, with an icon of our own.
    QAction *clearText = addAction(QIcon(u":/icons/clear.svg"_s), QLineEdit::TrailingPosition);
    clearText->setText(tr("Clear"));
    clearText->setToolTip(tr("Clear the filter"));
    clearText->setVisible(false);
    connect(clearText, &QAction::triggered, this, &QLineEdit::clear);
    connect(this, &QLineEdit::textChanged, clearText,
            [clearText](const QString &text) { clearText->setVisible(!text.isEmpty()); });
}

} // namespace brickdesk
