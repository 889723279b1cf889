#pragma once

#include <QObject>

namespace brickdesk {

// Roles and row kinds every tree model shares, so one set of proxies and
// delegates (sorting by raw value, name filtering, Loading and error styling)
// serves every area's tree. The values are fixed: views and saved settings
// compare them as integers.
struct TreeRoles
{
    Q_GADGET

public:
    enum Role {
        // The value behind the display text (QString, qint64), for sorting
        // and filtering by value. Invalid when the server did not send it.
        RawValueRole = Qt::UserRole + 1,
        PathRole = Qt::UserRole + 2,     // QString, the entry's key (a path)
        RowKindRole = Qt::UserRole + 6,  // RowKind
        IsFolderRole = Qt::UserRole + 7, // bool: has children listed on demand
        ErrorRole = Qt::UserRole + 9,    // QString, the message of an error row
        // Qt::UserRole + 3..5 and + 8 are the workspace tree's own roles.
        // Other areas number theirs from here.
        FirstAreaRole = Qt::UserRole + 100,
    };
    Q_ENUM(Role)

    enum class RowKind {
        Object,   // an entry the server listed
        Loading,  // stands in for a folder's children while they are listed
        Error,    // the folder could not be listed; ErrorRole says why
        LoadMore, // the server has more children: fetching it lists the next page
    };
    Q_ENUM(RowKind)

    // Column 0 carries the name (and the roles above) in every tree.
    static constexpr int NameColumn = 0;
};

using RowKind = TreeRoles::RowKind;

} // namespace brickdesk
