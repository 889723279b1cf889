#include "app/workspace/notebookpreview.h"

#include "app/workspace/notebookhighlighter.h"
#include "app/workspace/notebookrenderer.h"
#include "app/workspace/workspaceicons.h"
#include "core/net/apicall.h"
#include "core/notebook/notebooksourcecodec.h"
#include "core/workspace/workspacemodel.h"
#include "core/workspace/workspaceservice.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStringDecoder>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

NotebookPreview::NotebookPreview(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_text(new QTextBrowser(this))
{
    setObjectName(u"notebookPreview"_s);
    setAccessibleName(tr("Preview"));
    m_title->setObjectName(u"previewTitle"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_subtitle->setObjectName(u"previewSubtitle"_s);
    QPalette quiet = m_subtitle->palette();
    quiet.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_subtitle->setPalette(quiet);
    m_subtitle->setWordWrap(true);

    m_message->setObjectName(u"previewMessage"_s);
    m_message->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_message->setPalette(quiet);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(u"previewText"_s);
    m_text->setReadOnly(true);
    m_text->setOpenExternalLinks(true);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setLineWrapMode(QTextEdit::WidgetWidth);
    m_highlighter = new NotebookHighlighter(m_text->document());
    m_pages->addWidget(m_message);
    m_pages->addWidget(m_text);

    auto *header = new QWidget(this);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(10, 8, 10, 6);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(1);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    headerLayout->addWidget(m_icon, 0, Qt::AlignTop);
    headerLayout->addLayout(titles, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_pages, 1);
    showIndex({});
}

NotebookPreview::~NotebookPreview()
{
    cancelFetch();
}

void NotebookPreview::setClient(ApiClient *client)
{
    cancelFetch();
    m_client = client;
}

QString NotebookPreview::messageText() const
{
    return m_message->text();
}

QTextDocument *NotebookPreview::document() const
{
    return m_text->document();
}

void NotebookPreview::cancelFetch()
{
    m_fetchScope.reset(); // the client drops a late (or the cancelled) reply
    if (m_call)
        m_call->cancel();
    m_call = nullptr;
}

void NotebookPreview::showMessage(const QString &text, State state)
{
    m_message->setText(text);
    m_pages->setCurrentWidget(m_message);
    m_state = state;
    if (state != State::Loading)
        emit shown(state);
}

void NotebookPreview::setHeader(const QModelIndex &index)
{
    if (!index.isValid()) {
        m_icon->clear();
        m_title->setText(tr("Preview"));
        m_subtitle->clear();
        return;
    }
    m_icon->setPixmap(WorkspaceIcons::forIndex(index).pixmap(QSize(24, 24)));
    m_title->setText(index.siblingAtColumn(WorkspaceModel::NameColumn).data().toString());
    QStringList facts;
    facts << index.siblingAtColumn(WorkspaceModel::TypeColumn).data().toString();
    const QString language =
        index.siblingAtColumn(WorkspaceModel::LanguageColumn).data().toString();
    if (!language.isEmpty())
        facts << language;
    const QString size = index.siblingAtColumn(WorkspaceModel::SizeColumn).data().toString();
    if (!size.isEmpty())
        facts << size;
    const QString modified =
        index.siblingAtColumn(WorkspaceModel::ModifiedColumn).data().toString();
    if (!modified.isEmpty())
        facts << tr("modified %1").arg(modified);
    m_subtitle->setText(facts.join(u"  ·  "_s));
    m_subtitle->setToolTip(index.data(WorkspaceModel::PathRole).toString());
}

void NotebookPreview::showSelectionCount(int count)
{
    cancelFetch();
    m_path.clear();
    setHeader({});
    showMessage(tr("%n objects selected.", nullptr, count));
}

void NotebookPreview::showIndex(const QModelIndex &index)
{
    cancelFetch();
    const QModelIndex name = index.siblingAtColumn(WorkspaceModel::NameColumn);
    const auto kind = name.data(WorkspaceModel::RowKindRole).value<WorkspaceModel::RowKind>();
    if (!name.isValid() || kind != WorkspaceModel::RowKind::Object) {
        m_path.clear();
        setHeader({});
        m_state = State::Empty;
        m_message->setText(tr("Select a notebook to read it here."));
        m_pages->setCurrentWidget(m_message);
        return;
    }
    setHeader(name);
    m_path = name.data(WorkspaceModel::PathRole).toString();
    const QString type = name.data(WorkspaceModel::ObjectTypeRole).toString();

    if (name.data(WorkspaceModel::IsFolderRole).toBool()) {
        const auto *model = qobject_cast<const WorkspaceModel *>(name.model());
        if (!model || !model->isLoaded(name)) {
            showMessage(tr("Not listed yet. Expand the folder to see what it holds."),
                        State::Folder);
            return;
        }
        int count = 0;
        for (int row = 0; row < model->rowCount(name); ++row)
            if (model->index(row, 0, name)
                    .data(WorkspaceModel::RowKindRole)
                    .value<WorkspaceModel::RowKind>() == WorkspaceModel::RowKind::Object)
                ++count;
        showMessage(count == 0
                        ? tr("“%1” is empty.").arg(name.data().toString())
                        : tr("“%1” holds %n objects.", nullptr, count).arg(name.data().toString()),
                    State::Folder);
        return;
    }
    if (type == ObjectType::Notebook) {
        fetch(m_path, true, name.data(WorkspaceModel::LanguageRole).toString());
        return;
    }
    if (type == ObjectType::File) {
        const QVariant size =
            name.siblingAtColumn(WorkspaceModel::SizeColumn).data(WorkspaceModel::RawValueRole);
        if (size.isValid() && size.toLongLong() > kMaxTextBytes) {
            showMessage(tr("No preview: the file is larger than %1.")
                            .arg(QLocale().formattedDataSize(kMaxTextBytes)));
            return;
        }
        fetch(m_path, false, {});
        return;
    }
    showMessage(
        tr("No preview for objects of this type (%1).").arg(WorkspaceModel::typeDisplayName(type)));
}

void NotebookPreview::fetch(const QString &path, bool notebook, const QString &language)
{
    if (!m_client) {
        showMessage(tr("Not connected to a workspace."));
        return;
    }
    showMessage(tr("Loading…"), State::Loading);
    // One scope per fetch: when the selection moves on, cancelFetch() drops
    // it and with it this reply.
    m_fetchScope = std::make_unique<QObject>();
    WorkspaceService service(m_client);
    m_call = service.exportObject(
        path, u"SOURCE"_s, m_fetchScope.get(),
        [this, notebook, language](const std::optional<ApiError> &error,
                                   const QByteArray &content) {
            m_call = nullptr;
            if (error) {
                if (error->errorCode == "MAX_NOTEBOOK_SIZE_EXCEEDED"_L1)
                    showMessage(tr("This notebook is larger than 10 MB, the most the Workspace "
                                   "API exports (MAX_NOTEBOOK_SIZE_EXCEEDED). Open it in the "
                                   "browser instead."));
                else
                    showMessage(tr("Could not load the preview: %1").arg(error->toString()));
                return;
            }
            if (notebook)
                showNotebook(content, language);
            else
                showText(content);
        });
}

void NotebookPreview::showNotebook(const QByteArray &content, const QString &language)
{
    if (content.size() > WorkspaceService::kMaxContentBytes) {
        showMessage(tr("This notebook is larger than 10 MB, the most the Workspace API exports "
                       "(MAX_NOTEBOOK_SIZE_EXCEEDED). Open it in the browser instead."));
        return;
    }
    const NotebookLanguage lang = notebookLanguageFromName(language).value_or(
        NotebookSourceCodec::detectHeader(content).value_or(NotebookLanguage::Python));
    const Notebook notebook = NotebookSourceCodec::parse(QString::fromUtf8(content), lang);
    NotebookRenderer::render(m_text->document(), notebook,
                             QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter->rehighlight();
    m_subtitle->setText(m_subtitle->text() + u"  ·  "_s +
                        tr("%n cells", nullptr, int(notebook.cells.size())));
    m_pages->setCurrentWidget(m_text);
    m_text->verticalScrollBar()->setValue(0);
    m_state = State::Notebook;
    emit shown(m_state);
}

void NotebookPreview::showText(const QByteArray &content)
{
    if (content.size() > kMaxTextBytes) {
        showMessage(tr("No preview: the file is larger than %1.")
                        .arg(QLocale().formattedDataSize(kMaxTextBytes)));
        return;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(content);
    if (decoder.hasError() || content.contains('\0')) {
        showMessage(tr("No preview: this is not a text file."));
        return;
    }
    m_text->document()->clear();
    m_text->setPlainText(text);
    QTextCharFormat plain;
    plain.setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QTextCursor all(m_text->document());
    all.select(QTextCursor::Document);
    all.setCharFormat(plain);
    m_pages->setCurrentWidget(m_text);
    m_state = State::Text;
    emit shown(m_state);
}

} // namespace brickdesk
