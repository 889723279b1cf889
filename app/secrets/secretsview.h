#pragma once

#include "app/common/lazytreeview.h"

#include <optional>

namespace brickdesk {

class SecretsModel;

// The tree of secret scopes and their keys: scopes with their backend, keys
// with when they were last updated and how long ago, stale keys marked.
class SecretsView : public LazyTreeView
{
    Q_OBJECT

public:
    // What the current row stands for.
    struct Selection
    {
        QString scope;
        QString key; // empty for a scope row
        bool isKeyVault = false;
        bool isValid() const { return !scope.isEmpty(); }
        bool isKey() const { return !key.isEmpty(); }
    };

    explicit SecretsView(QWidget *parent = nullptr);

    void setSecretsModel(SecretsModel *model);
    SecretsModel *secretsModel() const;

    // The scope or key of the current row; invalid when it is none.
    Selection current() const;
    bool selectScope(const QString &scope);
    bool selectKey(const QString &scope, const QString &key);

protected:
    QString emptyText() const override;
};

} // namespace brickdesk
