#include "app/workspace/workspacebrowser.h"

#include "app/workspace/notebookpreview.h"
#include "app/workspace/workspaceactions.h"
#include "app/workspace/workspaceview.h"
#include "core/workspace/workspacefilterproxy.h"
#include "core/workspace/workspacemodel.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {
const auto kSplitterKey = "workspace/previewSplitter"_L1;
} // namespace

WorkspaceBrowser::WorkspaceBrowser(QWidget *parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar(this))
    , m_filter(new QLineEdit(this))
    , m_statusBar(new QWidget(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_view(new WorkspaceView(this))
    , m_preview(new NotebookPreview(this))
{
    setObjectName(u"workspaceBrowser"_s);
    WorkspaceActions *actions = m_view->actions();

    m_toolBar->setObjectName(u"workspaceToolBar"_s);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    const QList<QAction *> toolbarActions = actions->toolbarActions();
    for (QAction *action : toolbarActions) {
        // Separate the actions that change the workspace from the others.
        if (action == actions->refreshAction())
            m_toolBar->addSeparator();
        m_toolBar->addAction(action);
    }
    // New Folder reads better with its text; it is the main thing to do here.
    if (auto *button =
            qobject_cast<QToolButton *>(m_toolBar->widgetForAction(actions->newFolderAction())))
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_filter->setObjectName(u"workspaceFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by name (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(QIcon(u":/icons/search.svg"_s), QLineEdit::LeadingPosition);
    m_filter->setMaximumWidth(340);
    m_filter->setMinimumWidth(180);
    connect(m_filter, &QLineEdit::textChanged, this, &WorkspaceBrowser::applyFilter);
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

    // One line for what is going on (busy) or what went wrong (an error that
    // stays until dismissed or the next action).
    m_status->setObjectName(u"workspaceStatus"_s);
    m_error->setObjectName(u"workspaceError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb4, 0x23, 0x18));
    m_error->setPalette(errorPalette);
    auto *dismiss = new QToolButton(m_statusBar);
    m_dismiss = dismiss;
    dismiss->setObjectName(u"dismissError"_s);
    dismiss->setAutoRaise(true);
    dismiss->setText(tr("Dismiss"));
    auto *statusLayout = new QHBoxLayout(m_statusBar);
    statusLayout->setContentsMargins(8, 2, 8, 2);
    statusLayout->addWidget(m_status, 1);
    statusLayout->addWidget(m_error, 1);
    statusLayout->addWidget(dismiss);
    connect(dismiss, &QToolButton::clicked, this, [this] { showError(QString()); });
    m_statusBar->hide();
    m_status->hide();
    m_error->hide();
    dismiss->hide();

    m_splitter->setObjectName(u"workspaceSplitter"_s);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_preview);
    m_splitter->setCollapsible(0, false);
    m_splitter->setCollapsible(1, true);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    const QByteArray saved = QSettings().value(kSplitterKey).toByteArray();
    if (saved.isEmpty() || !m_splitter->restoreState(saved))
        m_splitter->setSizes({620, 380});
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(kSplitterKey, m_splitter->saveState()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_statusBar);
    layout->addWidget(m_splitter, 1);

    connect(actions, &WorkspaceActions::statusChanged, this, &WorkspaceBrowser::showStatus);
    connect(actions, &WorkspaceActions::errorOccurred, this, &WorkspaceBrowser::showError);
    connect(m_view, &WorkspaceView::selectionChangedByUser, this, &WorkspaceBrowser::updatePreview);
}

WorkspaceBrowser::~WorkspaceBrowser()
{
    if (m_busyCursor)
        QApplication::restoreOverrideCursor();
}

void WorkspaceBrowser::setWorkspace(WorkspaceModel *model, ApiClient *client,
                                    const QString &workspaceTitle)
{
    m_preview->setClient(client);
    m_view->setConnection(client, workspaceTitle);
    m_view->setWorkspaceModel(model);
    if (model) {
        // A folder listed while a filter is set may hold matches: show them.
        connect(model, &WorkspaceModel::folderLoaded, this, &WorkspaceBrowser::onFolderLoaded,
                Qt::UniqueConnection);
    }
    showError(QString());
    updatePreview();
}

QString WorkspaceBrowser::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void WorkspaceBrowser::onFolderLoaded()
{
    if (m_view->sortProxy()->isFiltering())
        expandMatches({});
}

void WorkspaceBrowser::applyFilter(const QString &text)
{
    m_view->sortProxy()->setNameFilter(text);
    if (m_view->sortProxy()->isFiltering())
        expandMatches({});
    m_view->viewport()->update();
}

void WorkspaceBrowser::expandMatches(const QModelIndex &parent)
{
    // Open the way to every match, but only through folders already
    // listed: expanding an unlisted folder would list it.
    WorkspaceFilterProxy *proxy = m_view->sortProxy();
    WorkspaceModel *model = m_view->workspaceModel();
    if (!model)
        return;
    for (int row = 0; row < proxy->rowCount(parent); ++row) {
        const QModelIndex index = proxy->index(row, 0, parent);
        const QModelIndex source = proxy->mapToSource(index);
        if (!model->isLoaded(source) || proxy->rowCount(index) == 0)
            continue;
        m_view->expand(index);
        expandMatches(index);
    }
}

void WorkspaceBrowser::updatePreview()
{
    const auto items = m_view->selectedItems();
    if (items.size() > 1) {
        m_preview->showSelectionCount(int(items.size()));
        return;
    }
    WorkspaceModel *model = m_view->workspaceModel();
    if (!model || items.isEmpty()) {
        m_preview->showIndex({});
        return;
    }
    const QModelIndex source = model->indexForPath(items.first().path);
    // Selection signals repeat (layout changes, refreshes): refetch only
    // when the object changes.
    if (source.isValid() && m_preview->path() == items.first().path &&
        m_preview->state() != NotebookPreview::State::Empty &&
        m_preview->state() != NotebookPreview::State::Folder)
        return;
    m_preview->showIndex(source);
}

void WorkspaceBrowser::showStatus(const QString &text, bool busy)
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
    if (!text.isEmpty()) {
        m_error->hide();
        m_dismiss->hide();
    }
    m_statusBar->setVisible(!text.isEmpty() || !m_error->isHidden());
}

void WorkspaceBrowser::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_dismiss->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        m_status->hide();
    m_statusBar->setVisible(!message.isEmpty() || !m_status->isHidden());
}

} // namespace brickdesk
