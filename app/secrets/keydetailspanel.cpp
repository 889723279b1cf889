#include "app/secrets/keydetailspanel.h"

#include "core/secrets/secretreference.h"
#include "core/secrets/secretsmodel.h"

#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

KeyDetailsPanel::KeyDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_where(new QLabel(this))
    , m_updated(new QLabel(this))
    , m_reference(new QLineEdit(this))
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(u"keyDetailsPanel"_s);
    m_title->setObjectName(u"keyTitle"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_updated->setObjectName(u"keyUpdated"_s);
    m_updated->setWordWrap(true);
    m_reference->setObjectName(u"keyReference"_s);
    m_reference->setAccessibleName(tr("Reference to use in job, cluster and pipeline settings"));
    m_reference->setReadOnly(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Scope:"), m_where);
    form->addRow(tr("Updated:"), m_updated);
    form->addRow(tr("Reference:"), m_reference);
    auto *note = new QLabel(tr("The value is never shown here. Use Copy Value to put it on the "
                               "clipboard for 30 seconds."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);
    m_layout->setContentsMargins(12, 10, 12, 10);
    m_layout->addWidget(m_title);
    m_layout->addLayout(form);
    m_layout->addWidget(note);
    m_layout->addStretch(1);
}

void KeyDetailsPanel::showKey(const SecretScope &scope, const SecretKeyInfo &key)
{
    m_title->setText(key.key);
    m_where->setText(scope.isKeyVault() ? tr("%1 (Azure Key Vault, read-only here)").arg(scope.name)
                                        : scope.name);
    if (key.lastUpdatedMs > 0) {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(key.lastUpdatedMs);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const bool stale = when.daysTo(now) > SecretsModel::kStaleDays;
        QString text = tr("%1 (%2 ago)")
                           .arg(QLocale().toString(when.toLocalTime(), QLocale::LongFormat),
                                SecretsModel::ageText(key.lastUpdatedMs, now));
        if (stale)
            text += u'\n' + tr("Not updated for more than %n day(s): consider rotating it.",
                               nullptr, SecretsModel::kStaleDays);
        m_updated->setText(text);
        m_updated->setStyleSheet(stale ? u"color: #b06a00;"_s : QString());
    } else {
        m_updated->setText(tr("Unknown"));
        m_updated->setStyleSheet(QString());
    }
    m_reference->setText(SecretReference{scope.name, key.key}.toString());
}

QString KeyDetailsPanel::reference() const
{
    return m_reference->text();
}

void KeyDetailsPanel::setUsageWidget(QWidget *widget)
{
    delete m_usage;
    m_usage = widget;
    // Above the stretch at the end, so it takes the room left.
    m_layout->insertWidget(m_layout->count() - 1, widget, 1);
}

} // namespace brickdesk
