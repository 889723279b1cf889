#pragma once

#include "app/common/areaactions.h"
#include "core/secrets/secretsservice.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

class QAction;
class QMenu;

namespace brickdesk {

class ApiClient;
class SecretValueCopier;
class SecretsView;

// What can be done to scopes and keys: New Scope, Delete Scope, Put Secret,
// Delete Secret, Copy Reference, Copy Value, Permissions, Where Used and
// Refresh, enabled for what is selected. Destructive ones ask first and say
// what goes, in which workspace; each is one call (Delete Scope lists the
// keys first, to say how many go).
class SecretsActions : public AreaActions
{
    Q_OBJECT

public:
    // Where a key is used, in words ("job “Nightly load”"), for the question
    // before a delete; none when nothing is known.
    using UsageLookup = std::function<QStringList(const QString &scope, const QString &key)>;

    explicit SecretsActions(SecretsView *view);
    ~SecretsActions() override;

    void setConnection(ApiClient *client, const QString &workspace);
    void setUsageLookup(UsageLookup lookup) { m_usageLookup = std::move(lookup); }
    SecretValueCopier *valueCopier() const { return m_copier; }

    QAction *newScopeAction() const { return m_newScope; }
    QAction *deleteScopeAction() const { return m_deleteScope; }
    QAction *putSecretAction() const { return m_putSecret; }
    QAction *deleteSecretAction() const { return m_deleteSecret; }
    QAction *copyReferenceAction() const { return m_copyReference; }
    QAction *copyValueAction() const { return m_copyValue; }
    QAction *permissionsAction() const { return m_permissions; }
    QAction *whereUsedAction() const { return m_whereUsed; }
    QAction *refreshAction() const { return m_refresh; }
    QList<QAction *> toolbarActions() const;
    void fillMenu(QMenu *menu) const;

signals:
    // Permissions… and Where Used… open windows the page owns.
    void permissionsRequested();
    void whereUsedRequested();
    // A key was put or deleted, or a scope created or deleted.
    void secretsChanged();

private:
    void updateActions();
    void newScope();
    void deleteScope();
    void putSecret();
    void deleteSecret();
    void copyReference();
    void copyValue();
    void refresh();
    void put(const QString &scope, const QString &key, const SecretsService::Value &value);
    // Runs `select` after the next listing of the folder keyed `folderKey`
    // (empty: the scopes).
    void selectOnceListed(const QString &folderKey, std::function<void()> select);
    // One scope per operation in flight: a new connection drops them all.
    QObject *operationScope();
    void reportDone(const QString &status, const std::optional<ApiError> &error,
                    const QString &failure);

    SecretsView *m_view;
    ApiClient *m_client = nullptr;
    QString m_workspace;
    UsageLookup m_usageLookup;
    SecretValueCopier *m_copier;
    std::unique_ptr<QObject> m_scope;
    QAction *m_newScope;
    QAction *m_deleteScope;
    QAction *m_putSecret;
    QAction *m_deleteSecret;
    QAction *m_copyReference;
    QAction *m_copyValue;
    QAction *m_permissions;
    QAction *m_whereUsed;
    QAction *m_refresh;
};

} // namespace brickdesk
