#include "core/secrets/scopeaclmodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk {

ScopeAclModel::ScopeAclModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(client)
{}

ScopeAclModel::~ScopeAclModel() = default;

void ScopeAclModel::setScope(const QString &scope)
{
    m_scope = scope;
    beginResetModel();
    m_acls.clear();
    endResetModel();
    if (scope.isEmpty()) {
        m_loadScope.reset();
        setState(State::Empty);
        return;
    }
    reload();
}

void ScopeAclModel::reload()
{
    if (m_scope.isEmpty() || !m_service.client())
        return;
    m_loadScope = std::make_unique<QObject>();
    setState(State::Loading);
    m_service.listAcls(
        m_scope, m_loadScope.get(),
        [this](const std::optional<ApiError> &error, QList<SecretAcl> acls) {
            if (error) {
                setState(State::Failed, error->toString());
                return;
            }
            // Strongest first, then by name: who can manage
            // the scope is what people look for.
            std::sort(acls.begin(), acls.end(), [](const SecretAcl &a, const SecretAcl &b) {
                if (a.permission != b.permission)
                    return a.permission > b.permission;
                return a.principal.compare(b.principal, Qt::CaseInsensitive) < 0;
            });
            beginResetModel();
            m_acls = acls;
            endResetModel();
            setState(State::Loaded);
        });
}

void ScopeAclModel::setState(State state, const QString &error)
{
    m_state = state;
    m_error = error;
    emit stateChanged(state);
}

int ScopeAclModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_acls.size());
}

int ScopeAclModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScopeAclModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SecretAcl &acl = m_acls.at(index.row());
    const Principal::Kind kind = Principal::kindOfAclName(acl.principal);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PrincipalColumn:
            return acl.principal == "users"_L1 ? tr("users (all workspace users)") : acl.principal;
        case KindColumn:
            return Principal::kindName(kind);
        case PermissionColumn:
            return secretPermissionText(acl.permission);
        }
        return {};
    case PrincipalRole:
        return acl.principal;
    case PermissionRole:
        return int(acl.permission);
    case KindRole:
        return int(kind);
    }
    return {};
}

QVariant ScopeAclModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PrincipalColumn:
        return tr("Principal");
    case KindColumn:
        return tr("Kind");
    case PermissionColumn:
        return tr("Permission");
    }
    return {};
}

} // namespace brickdesk
