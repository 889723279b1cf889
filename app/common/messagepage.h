#pragma once

#include <QIcon>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace brickdesk {

// A calm, centred page with an icon, a title and a few lines of text: the
// empty and "not here yet" states of the main window, with optional buttons
// below the text for the one or two things the user can do about it.
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

    // A button in the row under the text; the first one added is the default.
    QPushButton *addButton(const QString &text, const QIcon &icon = {});
    void clearButtons();

    QString title() const;
    QString text() const;
    QString problem() const;

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_problem;
    QWidget *m_buttons;
    QHBoxLayout *m_buttonRow;
};

} // namespace brickdesk
