#pragma once

#include "core/secrets/secretusage.h"

#include <QAbstractTableModel>
#include <QList>

namespace brickdesk {

// A flat list of usages: what kind of object, its name, the field in its
// settings and the secret it names.
class SecretUsageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, NameColumn, FieldColumn, SecretColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // QString: job id, cluster id or pipeline id
        KindRole,                  // int: SecretUsage::Kind
        ScopeRole,                 // QString
        KeyRole,                   // QString
    };
    Q_ENUM(Role)

    explicit SecretUsageModel(QObject *parent = nullptr);

    void setUsages(QList<SecretUsage> usages);
    const QList<SecretUsage> &usages() const { return m_usages; }
    SecretUsage usage(int row) const { return m_usages.value(row); }

    // "Job", "Cluster", "Pipeline".
    static QString kindName(SecretUsage::Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SecretUsage> m_usages;
};

} // namespace brickdesk
