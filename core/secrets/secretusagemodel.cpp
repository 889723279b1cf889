#include "core/secrets/secretusagemodel.h"

using namespace Qt::StringLiterals;

namespace brickdesk {

SecretUsageModel::SecretUsageModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SecretUsageModel::setUsages(QList<SecretUsage> usages)
{
    beginResetModel();
    m_usages = std::move(usages);
    endResetModel();
}

QString SecretUsageModel::kindName(SecretUsage::Kind kind)
{
    switch (kind) {
    case SecretUsage::Kind::Job:
        return tr("Job");
    case SecretUsage::Kind::Cluster:
        return tr("Cluster");
    case SecretUsage::Kind::Pipeline:
        return tr("Pipeline");
    }
    return {};
}

int SecretUsageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_usages.size());
}

int SecretUsageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecretUsageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() ||
        index.column() >= columnCount())
        return {};
    const SecretUsage &usage = m_usages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return kindName(usage.kind);
        case NameColumn:
            return usage.name.isEmpty() ? usage.id : usage.name;
        case FieldColumn:
            return usage.field;
        case SecretColumn:
            return u"%1/%2"_s.arg(usage.reference.scope, usage.reference.key);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return tr("%1 %2 (id %3)").arg(kindName(usage.kind), usage.name, usage.id);
        if (index.column() == SecretColumn || index.column() == FieldColumn)
            return usage.reference.toString();
        return {};
    case IdRole:
        return usage.id;
    case KindRole:
        return int(usage.kind);
    case ScopeRole:
        return usage.reference.scope;
    case KeyRole:
        return usage.reference.key;
    default:
        return {};
    }
}

QVariant SecretUsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Name");
    case FieldColumn:
        return tr("Field");
    case SecretColumn:
        return tr("Secret");
    }
    return {};
}

} // namespace brickdesk
