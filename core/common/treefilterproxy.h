#pragma once

#include "core/common/treesortproxy.h"

namespace brickdesk {

// A TreeSortProxy that also filters by name: with a filter set, only
// objects whose name contains it (case-insensitively) stay, plus the folders
// on the way to them, so a match is never shown without where it lives.
// Filtering works on what is loaded; it never lists folders by itself.
// Loading and error rows are hidden while a filter is set: they match no name.
class TreeFilterProxy : public TreeSortProxy
{
    Q_OBJECT

public:
    explicit TreeFilterProxy(QObject *parent = nullptr);

    // Surrounding white space is ignored; an empty text shows everything.
    void setNameFilter(const QString &text);
    QString nameFilter() const { return m_filter; }
    bool isFiltering() const { return !m_filter.isEmpty(); }
    // Whether the object at `sourceIndex` matches the filter itself (rather
    // than being shown as the ancestor of a match).
    bool matchesFilter(const QModelIndex &sourceIndex) const;

signals:
    void nameFilterChanged(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filter;
};

} // namespace brickdesk
