#include "tests/support/modeltesthelpers.h"

#include "core/common/lazytreemodel.h"

#include <QTest>

namespace brickdesk::test {

std::unique_ptr<QAbstractItemModelTester> attachTester(QAbstractItemModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

RowKind rowKindOf(const QModelIndex &index)
{
    return index.data(TreeRoles::RowKindRole).value<RowKind>();
}

QModelIndex childNamed(const QAbstractItemModel &model, const QModelIndex &parent,
                       const QString &name)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (rowKindOf(index) == RowKind::Object &&
            index.data(TreeRoles::PathRole).toString().section(u'/', -1) == name)
            return index;
    }
    return {};
}

QStringList namesUnder(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names << model.index(row, 0, parent).data().toString();
    return names;
}

bool waitForLoaded(const LazyTreeModel &model, const QModelIndex &folder, int timeoutMs)
{
    const QPersistentModelIndex persistent(folder);
    const bool root = !folder.isValid();
    const auto gone = [&] { return !root && !persistent.isValid(); };
    return QTest::qWaitFor([&] { return gone() || !model.isLoading(persistent); }, timeoutMs) &&
           !gone() && model.isLoaded(persistent);
}

QModelIndex loadPath(LazyTreeModel &model, const QString &path)
{
    QModelIndex current;
    if (model.canFetchMore(current))
        model.fetchMore(current);
    if (!waitForLoaded(model, current))
        return {};
    for (const QString &segment : path.split(u'/', Qt::SkipEmptyParts)) {
        current = childNamed(model, current, segment);
        if (!current.isValid())
            return {};
        if (!current.data(TreeRoles::IsFolderRole).toBool())
            continue;
        if (model.canFetchMore(current))
            model.fetchMore(current);
        if (!waitForLoaded(model, current))
            return {};
    }
    return current;
}

} // namespace brickdesk::test
