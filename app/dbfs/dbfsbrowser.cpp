#include "app/dbfs/dbfsbrowser.h"

#include "app/dbfs/dbfsactions.h"
#include "app/dbfs/dbfsview.h"
#include "core/dbfs/dbfsmodel.h"
#include "core/workspace/workspacefilterproxy.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

DbfsBrowser::DbfsBrowser(QWidget *parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar(this))
    , m_filter(new QLineEdit(this))
    , m_statusBar(new QWidget(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_view(new DbfsView(this))
    , m_actions(new DbfsActions(m_view))
{
    setObjectName(u"dbfsBrowser"_s);

    m_toolBar->setObjectName(u"dbfsToolBar"_s);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    for (QAction *action : m_actions->toolbarActions()) {
        // Separate what changes DBFS from what only looks at it.
        if (action == m_actions->renameAction() || action == m_actions->copyPathAction())
            m_toolBar->addSeparator();
        m_toolBar->addAction(action);
    }
    // The two things people come here for read better with their text.
    for (QAction *action : {m_actions->newFolderAction(), m_actions->uploadAction()}) {
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }

    m_filter->setObjectName(u"dbfsFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by name (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(QIcon(u":/icons/search.svg"_s), QLineEdit::LeadingPosition);
    m_filter->setMaximumWidth(340);
    m_filter->setMinimumWidth(180);
    connect(m_filter, &QLineEdit::textChanged, m_view, &DbfsView::setNameFilter);
    auto *focusFilter = new QAction(tr("Filter"), this);
    focusFilter->setShortcut(QKeySequence::Find);
    focusFilter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusFilter, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addAction(focusFilter);
    // Esc in the filter clears it and goes back to the tree.
    auto *clearFilter = new QAction(tr("Clear Filter"), m_filter);
    clearFilter->setShortcut(Qt::Key_Escape);
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    connect(clearFilter, &QAction::triggered, this, [this] {
        m_filter->clear();
        m_view->setFocus(Qt::ShortcutFocusReason);
    });
    m_filter->addAction(clearFilter);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(4, 2, 6, 2);
    top->setSpacing(6);
    top->addWidget(m_toolBar, 1);
    top->addWidget(m_filter);

    // One line for what is going on, or for what went wrong (which stays
    // until dismissed or the next action).
    m_status->setObjectName(u"dbfsStatus"_s);
    m_error->setObjectName(u"dbfsError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb4, 0x23, 0x18));
    m_error->setPalette(errorPalette);
    m_dismiss = new QToolButton(m_statusBar);
    m_dismiss->setObjectName(u"dismissDbfsError"_s);
    m_dismiss->setAutoRaise(true);
    m_dismiss->setText(tr("Dismiss"));
    auto *statusLayout = new QHBoxLayout(m_statusBar);
    statusLayout->setContentsMargins(8, 2, 8, 2);
    statusLayout->addWidget(m_status, 1);
    statusLayout->addWidget(m_error, 1);
    statusLayout->addWidget(m_dismiss);
    connect(m_dismiss, &QToolButton::clicked, this, [this] { showError(QString()); });
    m_statusBar->hide();
    m_error->hide();
    // "Copied dbfs:/…" needs reading once, not forever.
    m_statusTimeout.setSingleShot(true);
    m_statusTimeout.setInterval(6000);
    connect(&m_statusTimeout, &QTimer::timeout, this, [this] { showStatus(QString(), false); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_statusBar);
    layout->addWidget(m_view, 1);

    connect(m_actions, &DbfsActions::statusChanged, this, &DbfsBrowser::showStatus);
    connect(m_actions, &DbfsActions::errorOccurred, this, &DbfsBrowser::showError);
}

DbfsBrowser::~DbfsBrowser()
{
    if (m_busyCursor)
        QApplication::restoreOverrideCursor();
}

void DbfsBrowser::setDbfs(DbfsModel *model, const QString &workspace, TransferQueue *queue)
{
    if (DbfsModel *old = m_view->dbfsModel())
        disconnect(old, nullptr, m_actions, nullptr);
    m_view->setDbfsModel(model);
    m_actions->setWorkspace(workspace, queue);
    if (model) {
        connect(model, &DbfsModel::moveRequested, m_actions, &DbfsActions::moveInto);
        connect(model, &DbfsModel::uploadRequested, m_actions, &DbfsActions::uploadInto);
    }
    showStatus(QString(), false);
    showError(QString());
}

QString DbfsBrowser::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

QString DbfsBrowser::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void DbfsBrowser::showStatus(const QString &text, bool busy)
{
    if (busy != m_busyCursor) {
        m_busyCursor = busy;
        if (busy)
            QApplication::setOverrideCursor(Qt::BusyCursor);
        else
            QApplication::restoreOverrideCursor();
    }
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        m_error->hide();
    if (!text.isEmpty() && !busy)
        m_statusTimeout.start();
    else
        m_statusTimeout.stop();
    m_statusBar->setVisible(!text.isEmpty() || !m_error->isHidden());
}

void DbfsBrowser::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    // Only an error stays until dismissed; a status line goes by itself.
    m_dismiss->setVisible(!message.isEmpty());
    if (!message.isEmpty()) {
        m_status->hide();
        m_statusTimeout.stop();
    }
    m_statusBar->setVisible(!message.isEmpty() || !m_status->isHidden());
}

} // namespace brickdesk
