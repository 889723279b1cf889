#include "app/secrets/secretsview.h"

#include "app/common/treeitemdelegate.h"
#include "core/secrets/secretsmodel.h"

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// Stale keys read in amber in the age column, beside the tree's usual style.
class SecretsItemDelegate : public TreeItemDelegate
{
public:
    using TreeItemDelegate::TreeItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        TreeItemDelegate::initStyleOption(option, index);
        if (index.column() == SecretsModel::AgeColumn &&
            index.data(SecretsModel::IsStaleRole).toBool())
            option->palette.setColor(QPalette::Text, QColor(0xb0, 0x6a, 0x00));
    }
};

QIcon iconFor(const QModelIndex &index)
{
    static const QIcon scope(u":/icons/nav-secrets.svg"_s);
    static const QIcon key(u":/icons/key.svg"_s);
    return index.data(SecretsModel::IsFolderRole).toBool() ? scope : key;
}

} // namespace

SecretsView::SecretsView(QWidget *parent)
    : LazyTreeView(parent)
{
    setObjectName(u"secretsView"_s);
    setAccessibleName(tr("Secret scopes"));
    setItemDelegate(new SecretsItemDelegate(&iconFor, this));
    // One scope or key at a time: every action acts on exactly one.
    setSelectionMode(QAbstractItemView::SingleSelection);
}

void SecretsView::setSecretsModel(SecretsModel *model)
{
    setTreeModel(model, SecretsModel::NameColumn,
                 {{SecretsModel::DetailColumn, 18}, {SecretsModel::AgeColumn, 11}});
}

SecretsModel *SecretsView::secretsModel() const
{
    return static_cast<SecretsModel *>(treeModel());
}

SecretsView::Selection SecretsView::current() const
{
    const QModelIndexList rows = selectedEntryRows();
    if (rows.size() != 1)
        return {};
    const QModelIndex row = rows.first();
    return {row.data(SecretsModel::ScopeRole).toString(),
            row.data(SecretsModel::KeyRole).toString(),
            row.data(SecretsModel::IsKeyVaultRole).toBool()};
}

bool SecretsView::selectScope(const QString &scope)
{
    const SecretsModel *model = secretsModel();
    return model && selectSourceIndex(model->indexForScope(scope));
}

bool SecretsView::selectKey(const QString &scope, const QString &key)
{
    const SecretsModel *model = secretsModel();
    return model && selectSourceIndex(model->indexForKey(scope, key));
}

QString SecretsView::emptyText() const
{
    return tr("This workspace has no secret scopes yet. Create one with New Scope.");
}

} // namespace brickdesk
