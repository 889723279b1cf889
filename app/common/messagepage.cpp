#include "app/common/messagepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// The page's text column: at most this wide, and at least kMinimumColumnWidth
// (a word-wrapped label alone would shrink it to a few words).
constexpr int kColumnWidth = 560;
constexpr int kMinimumColumnWidth = 440;

// A word-wrapped label in the page's column. QLabel's own size hints lay the
// text out at its narrowest (a word a line) and at its widest each time they
// are invalidated, and shaping rich text that often was a fifth of what
// Brickdesk did before its first paint. In a column of known width only the
// height at that width matters: the layout asks heightForWidth() for it.
class ColumnLabel : public QLabel
{
public:
    explicit ColumnLabel(QWidget *parent)
        : QLabel(parent)
    {
        setWordWrap(true);
    }

    QSize sizeHint() const override { return {kColumnWidth, heightForWidth(kColumnWidth)}; }
    QSize minimumSizeHint() const override
    {
        return {kMinimumColumnWidth, fontMetrics().lineSpacing()};
    }
};

} // namespace

MessagePage::MessagePage(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new ColumnLabel(this))
    , m_text(new ColumnLabel(this))
    , m_problem(new ColumnLabel(this))
    , m_buttons(new QWidget(this))
    , m_buttonRow(new QHBoxLayout(m_buttons))
{
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->setMinimumSize(64, 64);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setTextFormat(Qt::PlainText);

    m_text->setAlignment(Qt::AlignHCenter);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette muted = m_text->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText).darker(130));
    m_text->setPalette(muted);

    m_problem->setAlignment(Qt::AlignHCenter);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setObjectName(u"problem"_s);
    // The one spot of colour on the page: the thing that went wrong.
    m_problem->setStyleSheet(
        u"QLabel#problem { color: #9b1c1c; background: #fdecec;"
        " border: 1px solid #f3c2c2; border-radius: 6px; padding: 8px 12px; }"_s);
    m_problem->hide();

    m_buttonRow->setContentsMargins(0, 8, 0, 0);
    m_buttonRow->setSpacing(10);
    m_buttonRow->addStretch(1);
    m_buttonRow->addStretch(1);
    m_buttons->hide();

    // Keep the text in a readable column however wide the window is.
    auto *column = new QWidget(this);
    column->setMinimumWidth(kMinimumColumnWidth);
    column->setMaximumWidth(kColumnWidth);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(12);
    columnLayout->addWidget(m_icon);
    columnLayout->addSpacing(4);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_text);
    columnLayout->addSpacing(4);
    columnLayout->addWidget(m_problem);
    columnLayout->addWidget(m_buttons);

    // Centred by stretches rather than by alignment: an aligned widget gets
    // its size hint, which for wrapped text is computed at a different width
    // and cuts lines off; in a row the column gets height-for-width.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void MessagePage::setIcon(const QIcon &icon)
{
    m_icon->setPixmap(icon.pixmap(QSize(64, 64), devicePixelRatioF()));
    m_icon->setVisible(!icon.isNull());
}

void MessagePage::setTitle(const QString &title)
{
    m_title->setText(title);
}

void MessagePage::setText(const QString &text)
{
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
}

void MessagePage::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

QPushButton *MessagePage::addButton(const QString &text, const QIcon &icon)
{
    auto *button = new QPushButton(icon, text, m_buttons);
    button->setMinimumHeight(32);
    // Between the two stretches, in the order added.
    m_buttonRow->insertWidget(m_buttonRow->count() - 1, button);
    if (m_buttonRow->count() == 3)
        button->setDefault(true);
    m_buttons->show();
    return button;
}

void MessagePage::clearButtons()
{
    const QList<QPushButton *> buttons = m_buttons->findChildren<QPushButton *>();
    for (QPushButton *button : buttons)
        delete button;
    m_buttons->hide();
}

QString MessagePage::title() const
{
    return m_title->text();
}

QString MessagePage::text() const
{
    return m_text->text();
}

QString MessagePage::problem() const
{
    return m_problem->text();
}

} // namespace brickdesk
