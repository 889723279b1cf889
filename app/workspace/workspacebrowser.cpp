#include "app/workspace/workspacebrowser.h"

#include "app/common/filterbox.h"
#include "app/common/statusline.h"
#include "app/workspace/notebookpreview.h"
#include "app/workspace/workspaceactions.h"
#include "app/workspace/workspaceview.h"
#include "core/common/treefilterproxy.h"
#include "core/workspace/workspacemodel.h"

#include <QAction>
#include <QHBoxLayout>
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
    , m_filter(new FilterBox(this))
    // No timeout: what is shown here is a long operation or its error.
    , m_statusLine(
          new StatusLine(u"workspaceStatus"_s, u"workspaceError"_s, u"dismissError"_s, this))
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
    m_filter->setReturnFocusTo(m_view);
    connect(m_filter, &QLineEdit::textChanged, m_view, &WorkspaceView::setNameFilter);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(4, 2, 6, 2);
    top->setSpacing(6);
    top->addWidget(m_toolBar, 1);
    top->addWidget(m_filter);

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
    layout->addWidget(m_statusLine);
    layout->addWidget(m_splitter, 1);

    connect(actions, &WorkspaceActions::statusChanged, m_statusLine, &StatusLine::showStatus);
    connect(actions, &WorkspaceActions::errorOccurred, m_statusLine, &StatusLine::showError);
    connect(m_view, &WorkspaceView::selectionChangedByUser, this, &WorkspaceBrowser::updatePreview);
}

QLineEdit *WorkspaceBrowser::filterEdit() const
{
    return m_filter;
}

void WorkspaceBrowser::setWorkspace(WorkspaceModel *model, ApiClient *client,
                                    const QString &workspaceTitle)
{
    m_preview->setClient(client);
    m_view->setConnection(client, workspaceTitle);
    m_view->setWorkspaceModel(model);
    m_statusLine->showError(QString());
    updatePreview();
}

QString WorkspaceBrowser::errorText() const
{
    return m_statusLine->errorText();
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

} // namespace brickdesk
