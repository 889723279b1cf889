#pragma once

#include <QPlainTextEdit>

namespace brickdesk {

// A multi-line text field whose text is hidden while masked: every character
// is drawn as a bullet, line by line, so a pasted certificate or JSON key can
// be checked for its shape without being shown. Copying out is disabled while
// masked. The undo stack is off, and clearSecurely() overwrites the text
// before it goes, so the value leaves as little behind as Qt allows.
class MaskedTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit MaskedTextEdit(QWidget *parent = nullptr);
    ~MaskedTextEdit() override;

    void setMasked(bool masked);
    bool isMasked() const { return m_masked; }
    void clearSecurely();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    QMimeData *createMimeDataFromSelection() const override;

private:
    bool m_masked = true;
};

} // namespace brickdesk
