#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace brickdesk {

// Shows what an update changes before it is sent: the key-level summary on
// top ("changed: schedule.pause_status; added: tasks[ingest]") and the
// changed lines with some context, removed lines red, added lines green.
class JsonDiffView : public QWidget
{
    Q_OBJECT

public:
    explicit JsonDiffView(QWidget *parent = nullptr);

    // false when nothing changed.
    bool setPayloads(const QJsonObject &before, const QJsonObject &after);

    QString summaryText() const;
    // The diff as shown, "- " removed, "+ " added, "  " context lines.
    QString diffText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void paintLines();

    QLabel *m_summary;
    QPlainTextEdit *m_lines;
    QList<int> m_removedBlocks;
    QList<int> m_addedBlocks;
};

} // namespace brickdesk
