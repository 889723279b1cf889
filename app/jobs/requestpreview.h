#pragma once

#include <QJsonObject>
#include <QWidget>

class QPlainTextEdit;
class QToolButton;

namespace brickdesk {

// The request a dialog will send, as JSON: read-only, folded away until
// asked for, so a person can check exactly what goes to the server.
class RequestPreview : public QWidget
{
    Q_OBJECT

public:
    explicit RequestPreview(const QString &endpoint, QWidget *parent = nullptr);

    void setBody(const QJsonObject &body);
    QString text() const;
    bool isExpanded() const;
    void setExpanded(bool expanded);

private:
    QToolButton *m_toggle;
    QPlainTextEdit *m_text;
};

} // namespace brickdesk
