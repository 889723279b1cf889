#pragma once

#include <QWidget>

class QComboBox;

namespace brickdesk {

class ClusterCatalog;
class JsonPayloadDialog;

// The runtime and node type pickers of the cluster dialog: choosing one
// writes its key into the payload ("spark_version", "node_type_id") where
// the text has it, or adds it, and leaves the rest of the text as typed.
class ClusterSpecPickers : public QWidget
{
    Q_OBJECT

public:
    ClusterSpecPickers(const ClusterCatalog *catalog, JsonPayloadDialog *dialog);

    QComboBox *runtimeBox() const { return m_runtime; }
    QComboBox *nodeTypeBox() const { return m_nodeType; }

    // `text` with the top-level string field `field` set to `value`, keeping
    // everything else as written; `text` unchanged when it is not a JSON
    // object.
    static QString withField(const QString &text, const QString &field, const QString &value);

private:
    void fill();
    void pick(QComboBox *box, const QString &field);

    const ClusterCatalog *m_catalog;
    JsonPayloadDialog *m_dialog;
    QComboBox *m_runtime;
    QComboBox *m_nodeType;
};

} // namespace brickdesk
