#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QStackedWidget;
class QTextBrowser;
class QTextDocument;

namespace brickdesk {

class ApiCall;
class ApiClient;
class NotebookHighlighter;

// The pane beside the workspace tree: what the selected object holds, read
// only. A notebook shows its cells (fetched as SOURCE), a small text file its
// text, a folder how many objects it has; anything else says there is no
// preview. A new selection cancels the fetch of the previous one.
class NotebookPreview : public QWidget
{
    Q_OBJECT

public:
    enum class State { Empty, Loading, Notebook, Text, Folder, Message };
    Q_ENUM(State)

    explicit NotebookPreview(QWidget *parent = nullptr);
    ~NotebookPreview() override;

    void setClient(ApiClient *client);
    // Shows the WorkspaceModel row `index` (invalid: nothing selected).
    void showIndex(const QModelIndex &index);
    // Several objects selected: says so instead of picking one.
    void showSelectionCount(int count);

    State state() const { return m_state; }
    // The path being shown.
    QString path() const { return m_path; }
    QString messageText() const;
    QTextDocument *document() const;
    QTextBrowser *textView() const { return m_text; }

    // Largest workspace file shown as text.
    static constexpr qint64 kMaxTextBytes = 1024 * 1024;

signals:
    // The preview reached a final state for the current selection.
    void shown(brickdesk::NotebookPreview::State state);

private:
    void setHeader(const QModelIndex &index);
    void showMessage(const QString &text, State state = State::Message);
    void fetch(const QString &path, bool notebook, const QString &language);
    void showNotebook(const QByteArray &content, const QString &language);
    void showText(const QByteArray &content);
    void cancelFetch();

    QPointer<ApiClient> m_client;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_subtitle;
    QStackedWidget *m_pages;
    QLabel *m_message;
    QTextBrowser *m_text;
    NotebookHighlighter *m_highlighter;
    QPointer<ApiCall> m_call;
    std::unique_ptr<QObject> m_fetchScope; // the context of the fetch in flight
    State m_state = State::Empty;
    QString m_path;
};

} // namespace brickdesk
