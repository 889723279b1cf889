#pragma once

#include "core/secrets/secrettypes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace brickdesk {

// The pane beside the tree for a key: where it lives, when it was last
// updated (and whether that is long ago), the reference that settings use
// for it, and below, what uses it.
class KeyDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit KeyDetailsPanel(QWidget *parent = nullptr);

    void showKey(const SecretScope &scope, const SecretKeyInfo &key);
    // The "used by" part, owned by this panel from now on.
    void setUsageWidget(QWidget *widget);
    QString reference() const;

private:
    QLabel *m_title;
    QLabel *m_where;
    QLabel *m_updated;
    QLineEdit *m_reference;
    QVBoxLayout *m_layout;
    QWidget *m_usage = nullptr;
};

} // namespace brickdesk
