#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;

namespace brickdesk {

// A calm, centred page with an icon, a title and a few lines of text: the
// empty and "not here yet" states of the main window. No buttons, because
// nothing on it can be acted upon yet.
class MessagePage : public QWidget
{
    Q_OBJECT

public:
    explicit MessagePage(QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    void setTitle(const QString &title);
    // Rich text: may contain <code> and <p>.
    void setText(const QString &text);
    // A highlighted line for a problem ("the demo could not start: ...").
    // Hidden when empty.
    void setProblem(const QString &problem);

    QString title() const;
    QString text() const;
    QString problem() const;

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_problem;
};

} // namespace brickdesk
