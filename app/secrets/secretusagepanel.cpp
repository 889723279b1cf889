#include "app/secrets/secretusagepanel.h"

#include "core/secrets/secretusageindex.h"
#include "core/secrets/secretusagemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

int distinct(const QList<SecretUsage> &usages, SecretUsage::Kind kind)
{
    QSet<QString> ids;
    for (const SecretUsage &usage : usages)
        if (usage.kind == kind)
            ids.insert(usage.id);
    return int(ids.size());
}

QString usedBy(const QList<SecretUsage> &usages)
{
    const int jobs = distinct(usages, SecretUsage::Kind::Job);
    const int clusters = distinct(usages, SecretUsage::Kind::Cluster);
    const int pipelines = distinct(usages, SecretUsage::Kind::Pipeline);
    QStringList parts;
    if (jobs > 0)
        parts << (jobs == 1 ? SecretUsagePanel::tr("1 job")
                            : SecretUsagePanel::tr("%1 jobs").arg(jobs));
    if (clusters > 0)
        parts << (clusters == 1 ? SecretUsagePanel::tr("1 cluster")
                                : SecretUsagePanel::tr("%1 clusters").arg(clusters));
    if (pipelines > 0)
        parts << (pipelines == 1 ? SecretUsagePanel::tr("1 pipeline")
                                 : SecretUsagePanel::tr("%1 pipelines").arg(pipelines));
    switch (parts.size()) {
    case 0:
        return SecretUsagePanel::tr("Not referenced by any job, cluster or pipeline");
    case 1:
        return SecretUsagePanel::tr("Used by %1").arg(parts.at(0));
    case 2:
        return SecretUsagePanel::tr("Used by %1 and %2").arg(parts.at(0), parts.at(1));
    default:
        return SecretUsagePanel::tr("Used by %1, %2 and %3")
            .arg(parts.at(0), parts.at(1), parts.at(2));
    }
}

} // namespace

SecretUsagePanel::SecretUsagePanel(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_error(new QLabel(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_view(new QTableView(this))
    , m_model(new SecretUsageModel(this))
{
    setObjectName(u"secretUsagePanel"_s);
    setAccessibleName(tr("Secret usage"));
    m_heading->setObjectName(u"secretUsageHeading"_s);
    m_heading->setAccessibleName(tr("Usage summary"));
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_progress->setObjectName(u"secretUsageProgress"_s);
    m_progress->setAccessibleName(tr("Progress"));
    m_error->setObjectName(u"secretUsageError"_s);
    m_error->setAccessibleName(tr("What could not be read"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb4, 0x23, 0x18));
    m_error->setPalette(errorPalette);
    m_refresh->setObjectName(u"secretUsageRefresh"_s);
    m_refresh->setAccessibleName(tr("Refresh usage"));
    m_refresh->setIcon(QIcon(u":/icons/refresh.svg"_s));

    m_view->setObjectName(u"secretUsageView"_s);
    m_view->setAccessibleName(tr("Jobs, clusters and pipelines using the secret"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    // The field path is the long part; the rest sizes to what it holds.
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(SecretUsageModel::KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SecretUsageModel::NameColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SecretUsageModel::FieldColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SecretUsageModel::SecretColumn, QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    connect(m_refresh, &QPushButton::clicked, this, &SecretUsagePanel::refresh);
    showState();
}

SecretUsagePanel::~SecretUsagePanel() = default;

void SecretUsagePanel::setIndex(SecretUsageIndex *index)
{
    if (m_index)
        disconnect(m_index, nullptr, this, nullptr);
    m_index = index;
    if (m_index) {
        connect(m_index, &SecretUsageIndex::progress, this, [this](const QString &what) {
            m_progress->setText(what);
            showState();
        });
        connect(m_index, &SecretUsageIndex::rebuilt, this, &SecretUsagePanel::showState);
        connect(m_index, &QObject::destroyed, this, &SecretUsagePanel::showState);
    }
    ensureBuilt();
    showState();
}

void SecretUsagePanel::showKey(const QString &scope, const QString &key)
{
    m_mode = Mode::Key;
    m_scope = scope;
    m_key = key;
    ensureBuilt();
    showState();
}

void SecretUsagePanel::showMissingReferences()
{
    m_mode = Mode::Missing;
    m_scope.clear();
    m_key.clear();
    ensureBuilt();
    showState();
}

QString SecretUsagePanel::headingText() const
{
    return m_heading->text();
}

QString SecretUsagePanel::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SecretUsagePanel::ensureBuilt()
{
    if (m_index && m_mode != Mode::Nothing && !m_index->isReady() && !m_index->isBuilding())
        m_index->rebuild();
}

void SecretUsagePanel::refresh()
{
    if (m_index)
        m_index->rebuild();
    showState();
}

void SecretUsagePanel::showState()
{
    const bool building = m_index && m_index->isBuilding();
    const bool ready = m_index && m_index->isReady();
    m_refresh->setEnabled(m_index && !building);
    m_progress->setVisible(building && !m_progress->text().isEmpty());
    m_view->setColumnHidden(SecretUsageModel::SecretColumn, m_mode != Mode::Missing);

    const QString error = ready && !building ? m_index->lastError() : QString();
    m_error->setText(
        error.isEmpty()
            ? QString()
            : tr("Not everything could be read, so this may be incomplete:\n%1").arg(error));
    m_error->setVisible(!error.isEmpty());

    if (building) {
        m_heading->setText(tr("Looking through jobs, clusters and pipelines…"));
        m_model->setUsages({});
        return;
    }
    m_progress->clear();
    if (!ready || m_mode == Mode::Nothing) {
        m_heading->setText(QString());
        m_model->setUsages({});
        return;
    }
    if (m_mode == Mode::Key) {
        const QList<SecretUsage> usages = m_index->usagesOf(m_scope, m_key);
        m_heading->setText(usedBy(usages));
        m_model->setUsages(usages);
        return;
    }
    const QList<SecretUsage> missing = m_index->missingReferences();
    if (missing.isEmpty())
        m_heading->setText(tr("No references to keys that do not exist"));
    else if (missing.size() == 1)
        m_heading->setText(tr("1 reference to a key that does not exist"));
    else
        m_heading->setText(tr("%1 references to keys that do not exist").arg(missing.size()));
    m_model->setUsages(missing);
}

} // namespace brickdesk
