#include "app/workspace/workspaceview.h"

#include "app/workspace/workspaceitemdelegate.h"
#include "core/workspace/workspacemodel.h"
#include "core/workspace/workspacesortproxy.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace brickdesk {

WorkspaceView::WorkspaceView(QWidget *parent)
    : QTreeView(parent)
    , m_proxy(new WorkspaceSortProxy(this))
{
    setObjectName(u"workspaceView"_s);
    setAccessibleName(tr("Workspace"));
    setItemDelegate(new WorkspaceItemDelegate(this));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setUniformRowHeights(true);
    setAnimated(true);
    setIconSize(QSize(16, 16));
    setFrameShape(QFrame::NoFrame);
    setSortingEnabled(true);
    setContextMenuPolicy(Qt::ActionsContextMenu);

    // Loading and error rows span all columns: an error message is too long
    // for the name column and has nothing to say in the others.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &folder, int first, int last) {
                for (int row = first; row <= last; ++row) {
                    const auto kind = m_proxy->index(row, 0, folder)
                                          .data(WorkspaceModel::RowKindRole)
                                          .value<WorkspaceModel::RowKind>();
                    if (kind != WorkspaceModel::RowKind::Object)
                        setFirstColumnSpanned(row, folder, true);
                }
            });

    auto *refresh = new QAction(tr("&Refresh"), this);
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Refresh);
    if (!keys.contains(QKeySequence(Qt::Key_F5)))
        keys.prepend(QKeySequence(Qt::Key_F5));
    refresh->setShortcuts(keys);
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    refresh->setToolTip(tr("List the selected folder again"));
    connect(refresh, &QAction::triggered, this, &WorkspaceView::refreshCurrent);
    addAction(refresh);

    auto *copyPath = new QAction(tr("Copy &Path"), this);
    copyPath->setShortcut(QKeySequence::Copy);
    copyPath->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyPath, &QAction::triggered, this, [this] {
        const QString path = currentPath();
        if (!path.isEmpty())
            QApplication::clipboard()->setText(path);
    });
    addAction(copyPath);
}

void WorkspaceView::setWorkspaceModel(WorkspaceModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    if (!model) {
        setModel(nullptr);
        return;
    }
    if (QTreeView::model() != m_proxy)
        setModel(m_proxy);
    // Empty-state text depends on whether the root has been listed.
    connect(model, &WorkspaceModel::folderLoaded, viewport(), qOverload<>(&QWidget::update),
            Qt::UniqueConnection);
    setupHeader();
}

void WorkspaceView::setupHeader()
{
    if (m_headerSetUp)
        return;
    m_headerSetUp = true;
    sortByColumn(WorkspaceModel::NameColumn, Qt::AscendingOrder);
    QHeaderView *h = header();
    h->setStretchLastSection(false);
    h->setHighlightSections(false);
    h->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    h->setSectionResizeMode(WorkspaceModel::NameColumn, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(u'0');
    h->resizeSection(WorkspaceModel::TypeColumn, digit * 16);
    h->resizeSection(WorkspaceModel::LanguageColumn, digit * 12);
    h->resizeSection(WorkspaceModel::ModifiedColumn, digit * 20);
    h->resizeSection(WorkspaceModel::SizeColumn, digit * 11);
    h->setMinimumSectionSize(digit * 6);
}

void WorkspaceView::refreshCurrent()
{
    if (!m_model)
        return;
    const QModelIndex current = m_proxy->mapToSource(currentIndex());
    m_model->refresh(current);
}

QString WorkspaceView::currentPath() const
{
    return currentIndex().data(WorkspaceModel::PathRole).toString();
}

void WorkspaceView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    // A listed but empty workspace gets a sentence instead of a blank pane.
    if (!m_model || !m_model->isLoaded() || m_model->rowCount() > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(24, 48, -24, -24),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                     tr("This folder is empty."));
}

} // namespace brickdesk
