#include "app/clusters/clusterspecpickers.h"

#include "app/common/jsoneditor/jsonpayloaddialog.h"
#include "app/common/jsoneditor/jsonpayloadeditor.h"
#include "core/clusters/clustercatalog.h"
#include "core/payload/jsonformatter.h"
#include "core/payload/jsonparser.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace brickdesk {

ClusterSpecPickers::ClusterSpecPickers(const ClusterCatalog *catalog, JsonPayloadDialog *dialog)
    : QWidget(dialog)
    , m_catalog(catalog)
    , m_dialog(dialog)
    , m_runtime(new QComboBox(this))
    , m_nodeType(new QComboBox(this))
{
    setObjectName(u"clusterSpecPickers"_s);
    m_runtime->setObjectName(u"clusterRuntimePicker"_s);
    m_runtime->setAccessibleName(tr("Runtime"));
    m_runtime->setToolTip(tr("Writes the runtime's key into spark_version"));
    m_runtime->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_nodeType->setObjectName(u"clusterNodeTypePicker"_s);
    m_nodeType->setAccessibleName(tr("Node type"));
    m_nodeType->setToolTip(tr("Writes the node type into node_type_id"));
    m_nodeType->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 0, 0, 0);
    auto *runtimeLabel = new QLabel(tr("R&untime:"), this);
    runtimeLabel->setBuddy(m_runtime);
    auto *nodeLabel = new QLabel(tr("&Node type:"), this);
    nodeLabel->setBuddy(m_nodeType);
    layout->addWidget(runtimeLabel);
    layout->addWidget(m_runtime);
    layout->addWidget(nodeLabel);
    layout->addWidget(m_nodeType);

    connect(m_runtime, &QComboBox::activated, this,
            [this] { pick(m_runtime, u"spark_version"_s); });
    connect(m_nodeType, &QComboBox::activated, this,
            [this] { pick(m_nodeType, u"node_type_id"_s); });
    connect(catalog, &ClusterCatalog::loaded, this, &ClusterSpecPickers::fill);
    fill();
}

void ClusterSpecPickers::fill()
{
    m_runtime->clear();
    m_nodeType->clear();
    const bool loaded = m_catalog->isLoaded();
    m_runtime->addItem(loaded ? tr("Choose a runtime…") : tr("Loading runtimes…"));
    m_nodeType->addItem(loaded ? tr("Choose a node type…") : tr("Loading node types…"));
    for (const ClusterCatalog::Runtime &runtime : m_catalog->runtimes()) {
        m_runtime->addItem(m_catalog->runtimeShortName(runtime.key), runtime.key);
        m_runtime->setItemData(m_runtime->count() - 1, runtime.name, Qt::ToolTipRole);
    }
    for (const ClusterCatalog::NodeType &type : m_catalog->nodeTypes()) {
        if (type.deprecated)
            continue;
        m_nodeType->addItem(m_catalog->nodeTypeText(type.id), type.id);
        m_nodeType->setItemData(m_nodeType->count() - 1, type.category, Qt::ToolTipRole);
    }
    m_runtime->setEnabled(loaded);
    m_nodeType->setEnabled(loaded);
}

void ClusterSpecPickers::pick(QComboBox *box, const QString &field)
{
    const QString value = box->currentData().toString();
    box->setCurrentIndex(0); // the picker writes; it does not hold a choice
    if (value.isEmpty())
        return;
    const QString text = m_dialog->text();
    if (!JsonParser::parseObject(text).ok()) {
        // The text must parse first: show where it does not.
        m_dialog->editor()->showFirstProblem();
        return;
    }
    m_dialog->setText(withField(text, field, value));
}

QString ClusterSpecPickers::withField(const QString &text, const QString &field,
                                      const QString &value)
{
    const JsonParseResult parsed = JsonParser::parseObject(text);
    if (!parsed.ok())
        return text;
    // The value as JSON writes it (quotes and escapes).
    const QString quoted = QString::fromUtf8(
        QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).chopped(1).mid(1));
    // Only top-level fields of these names exist in a cluster spec, so the
    // first occurrence of the key is the one to change.
    const QRegularExpression existing(u"(\"%1\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|null)"_s.arg(
        QRegularExpression::escape(field)));
    const QRegularExpressionMatch match = existing.match(text);
    if (match.hasMatch()) {
        QString changed = text;
        changed.replace(match.capturedStart(2), match.capturedLength(2), quoted);
        return changed;
    }
    // Not there yet: first in the object, then laid out like the rest.
    const qsizetype brace = text.indexOf(u'{');
    const bool empty = parsed.object.isEmpty();
    QString changed = text;
    changed.insert(brace + 1, u"\"%1\": %2%3"_s.arg(field, quoted, empty ? QString() : u","_s));
    return JsonFormatter::reformat(changed);
}

} // namespace brickdesk
