#pragma once

#include "core/common/treeroles.h"

#include <QAbstractItemModelTester>
#include <QModelIndex>
#include <QStringList>

#include <memory>

namespace brickdesk {
class LazyTreeModel;
}

namespace brickdesk::test {

// A tester that reports through Qt Test, attached for as long as it lives.
// It walks (and so fetches) every folder it can see.
std::unique_ptr<QAbstractItemModelTester> attachTester(QAbstractItemModel *model);

RowKind rowKindOf(const QModelIndex &index);

// The row under `parent` whose PathRole ends in the segment `name`.
QModelIndex childNamed(const QAbstractItemModel &model, const QModelIndex &parent,
                       const QString &name);
// The display texts of column 0 under `parent`.
QStringList namesUnder(const QAbstractItemModel &model, const QModelIndex &parent);

// Waits until the folder at `folder` is listed; false if its listing
// failed, the folder went away or nothing arrived in time.
bool waitForLoaded(const LazyTreeModel &model, const QModelIndex &folder, int timeoutMs = 10000);
// Lists every folder on the way to `path` ('/'-separated names below the
// root) and returns the index of its last segment, or invalid.
QModelIndex loadPath(LazyTreeModel &model, const QString &path);

} // namespace brickdesk::test
