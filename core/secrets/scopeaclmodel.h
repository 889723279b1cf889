#pragma once

#include "core/auth/scimservice.h"
#include "core/secrets/secretsservice.h"
#include "core/secrets/secrettypes.h"

#include <QAbstractTableModel>

#include <memory>

namespace brickdesk {

// The ACL of one secret scope: who may read, write or manage it. Loaded
// with acls/list; changed by the caller through SecretsService, then
// reload()ed, so the table always shows what the workspace says.
class ScopeAclModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PrincipalColumn, KindColumn, PermissionColumn, ColumnCount };
    enum Role {
        PrincipalRole = Qt::UserRole + 1, // QString, as the ACL names it
        PermissionRole,                   // int (SecretPermission)
        KindRole,                         // int (Principal::Kind)
    };
    enum class State { Empty, Loading, Loaded, Failed };
    Q_ENUM(State)

    explicit ScopeAclModel(ApiClient *client, QObject *parent = nullptr);
    ~ScopeAclModel() override;

    // Lists `scope`'s ACL; an empty name clears the table.
    void setScope(const QString &scope);
    QString scope() const { return m_scope; }
    void reload();
    State state() const { return m_state; }
    QString errorText() const { return m_error; }
    const QList<SecretAcl> &acls() const { return m_acls; }
    SecretAcl aclAt(int row) const { return m_acls.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void stateChanged(brickdesk::ScopeAclModel::State state);

private:
    void setState(State state, const QString &error = {});

    SecretsService m_service;
    QString m_scope;
    QList<SecretAcl> m_acls;
    State m_state = State::Empty;
    QString m_error;
    // The context of the listing in flight: a new one drops the old reply.
    std::unique_ptr<QObject> m_loadScope;
};

} // namespace brickdesk
