#include "app/connections/connectionmanagerdialog.h"

#include "app/common/confirmdialog.h"
#include "app/connections/connectionservices.h"
#include "app/connections/connectiontestview.h"
#include "app/connections/keychainnotice.h"
#include "app/connections/profileeditor.h"
#include "app/connections/profilelistmodel.h"
#include "core/auth/connectiontester.h"
#include "core/auth/credentialstore.h"
#include "core/auth/profilesources.h"
#include "core/auth/profilestore.h"
#include "core/auth/workspaceconnector.h"
#include "core/net/apiclient.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// Two lines per profile: its name, and its host with where it comes from.
class ProfileDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const int line = option.fontMetrics.height();
        return QSize(200, line * 2 + 14);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString name = opt.text;
        opt.text.clear();
        opt.icon = QIcon();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const QRect rect = opt.rect.adjusted(8, 6, -6, -6);
        const auto icon = index.data(Qt::DecorationRole).value<QIcon>();
        icon.paint(painter, QRect(rect.left(), rect.top() + 2, 16, 16));
        const QRect text = rect.adjusted(24, 0, 0, 0);
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;

        painter->save();
        QFont bold = opt.font;
        bold.setWeight(QFont::DemiBold);
        painter->setFont(bold);
        painter->setPen(
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        const int line = opt.fontMetrics.height();
        painter->drawText(QRect(text.left(), text.top(), text.width(), line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(name, Qt::ElideRight, text.width()));
        painter->setFont(opt.font);
        QColor muted = opt.palette.color(group, selected ? QPalette::HighlightedText
                                                         : QPalette::PlaceholderText);
        if (!selected)
            muted = muted.darker(125);
        painter->setPen(muted);
        const QString subtitle = index.data(ProfileListModel::SubtitleRole).toString();
        painter->drawText(QRect(text.left(), text.top() + line + 2, text.width(), line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(subtitle, Qt::ElideRight, text.width()));
        painter->restore();
    }
};

QToolButton *toolButton(const QString &icon, const QString &text, const QString &tip,
                        const QString &objectName)
{
    auto *button = new QToolButton;
    button->setObjectName(objectName);
    button->setIcon(QIcon(icon));
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(text);
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    button->setAutoRaise(true);
    return button;
}

} // namespace

ConnectionManagerDialog::ConnectionManagerDialog(
    ConnectionServices *services, QWidget *parent,
    const std::optional<ConfigFileReader::Result> &configFile)
    : QDialog(parent)
    , m_services(services)
    , m_model(new ProfileListModel(this))
    , m_list(new QListView)
    , m_add(toolButton(u":/icons/add.svg"_s, tr("Add"), tr("Add a workspace profile"),
                       u"addProfile"_s))
    , m_duplicate(toolButton(u":/icons/duplicate.svg"_s, tr("Duplicate"),
                             tr("Start a new profile from this one"), u"duplicateProfile"_s))
    , m_remove(toolButton(u":/icons/remove.svg"_s, tr("Remove"),
                          tr("Remove this profile and its secrets"), u"removeProfile"_s))
    , m_import(toolButton(u":/icons/import.svg"_s, tr("Import"),
                          tr("Copy this profile into Brickdesk; its secret goes to the keychain "
                             "and the file stays as it is"),
                          u"importProfile"_s))
    , m_origin(new QLabel)
    , m_editor(new ProfileEditor)
    , m_testView(new ConnectionTestView)
    , m_test(new QPushButton(tr("&Test Connection")))
    , m_save(new QPushButton(tr("&Save")))
    , m_open(new QPushButton(tr("C&onnect")))
    , m_buttons(new QDialogButtonBox)
{
    setObjectName(u"connectionManager"_s);
    setWindowTitle(tr("Workspaces"));
    setWindowIcon(QIcon(u":/icons/host.svg"_s));
    resize(900, 600);

    m_list->setObjectName(u"profileList"_s);
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new ProfileDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setMinimumWidth(260);

    m_import->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *listButtons = new QHBoxLayout;
    listButtons->setSpacing(2);
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    listButtons->addWidget(m_import);

    auto *left = new QVBoxLayout;
    left->setSpacing(6);
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    m_origin->setObjectName(u"originNotice"_s);
    m_origin->setWordWrap(true);
    m_origin->setTextFormat(Qt::PlainText);
    m_origin->setStyleSheet(
        u"QLabel#originNotice { background: #eef4fb; color: #1d3f6e;"
        " border: 1px solid #c9dbf2; border-radius: 6px; padding: 7px 10px; }"_s);
    m_origin->hide();

    m_test->setObjectName(u"testConnection"_s);
    m_test->setIcon(QIcon(u":/icons/user.svg"_s));
    auto *testRow = new QHBoxLayout;
    testRow->setSpacing(10);
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_testView, 1);

    auto *right = new QVBoxLayout;
    right->setSpacing(12);
    right->addWidget(m_origin);
    right->addWidget(m_editor);
    right->addLayout(testRow);
    right->addStretch(1);
    auto *rightWidget = new QWidget;
    rightWidget->setLayout(right);
    auto *scroll = new QScrollArea;
    scroll->setWidget(rightWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(480);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addLayout(left, 2);
    columns->addWidget(scroll, 5);

    m_save->setObjectName(u"saveProfile"_s);
    m_open->setObjectName(u"openProfile"_s);
    m_open->setDefault(true);
    m_buttons->addButton(m_save, QDialogButtonBox::ApplyRole);
    m_buttons->addButton(m_open, QDialogButtonBox::AcceptRole);
    m_buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(14);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showRow(current.row());
            });
    connect(m_add, &QToolButton::clicked, this, &ConnectionManagerDialog::addProfile);
    connect(m_duplicate, &QToolButton::clicked, this, &ConnectionManagerDialog::duplicateProfile);
    connect(m_remove, &QToolButton::clicked, this, &ConnectionManagerDialog::removeProfile);
    connect(m_import, &QToolButton::clicked, this, &ConnectionManagerDialog::importProfile);
    connect(m_test, &QPushButton::clicked, this, &ConnectionManagerDialog::testConnection);
    connect(m_save, &QPushButton::clicked, this, &ConnectionManagerDialog::saveProfile);
    connect(m_open, &QPushButton::clicked, this, &ConnectionManagerDialog::openSelected);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListView::doubleClicked, this, &ConnectionManagerDialog::openSelected);
    connect(m_editor, &ProfileEditor::edited, this, &ConnectionManagerDialog::updateActions);

    reloadSaved();
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    else
        addProfile();
    updateActions();
    if (configFile)
        setSources(*configFile);
    else
        reloadSources();
}

ConnectionManagerDialog::~ConnectionManagerDialog() = default;

void ConnectionManagerDialog::reloadSaved()
{
    const QString keep = currentId();
    m_model->setSaved(m_services->profiles()->profiles());
    if (!keep.isEmpty())
        selectProfile(keep);
}

void ConnectionManagerDialog::reloadSources()
{
    // The file is read off the GUI thread.
    ConfigFileReader::read(m_services->configFilePath(), this,
                           [this](const ConfigFileReader::Result &result) { setSources(result); });
}

void ConnectionManagerDialog::setSources(const ConfigFileReader::Result &configFile)
{
    // The environment profile may name one of the file's profiles, so both
    // come from the same read.
    const QString keep = currentId();
    m_model->setConfigFile(ProfileSources::fromConfigFile(configFile.config), configFile.path);
    m_model->setEnvironment(
        ProfileSources::fromEnvironment(m_services->environment(), configFile.config));
    // An untouched "new workspace" form gives way to the profiles just
    // found, so a CLI user sees theirs ready to connect.
    const bool pristineDraft = m_draft && !m_editor->isModified();
    if (!keep.isEmpty())
        selectProfile(keep);
    else if ((!m_draft || pristineDraft) && currentRow() < 0 && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    m_loaded = true;
    updateActions();
    emit loaded();
}

int ConnectionManagerDialog::currentRow() const
{
    if (m_draft)
        return -1;
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

QString ConnectionManagerDialog::currentId() const
{
    const int row = currentRow();
    return row < 0 ? QString() : m_model->entry(row).profile.id;
}

bool ConnectionManagerDialog::selectProfile(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_draft = false;
    const QModelIndex index = m_model->index(row, 0);
    if (m_list->currentIndex() == index)
        showRow(row);
    else
        m_list->setCurrentIndex(index);
    return true;
}

void ConnectionManagerDialog::showRow(int row)
{
    m_draft = false;
    const ProfileWithSecrets &entry = m_model->entry(row);
    const bool saved = entry.profile.origin == Profile::Origin::Saved;
    m_editor->setProfile(entry.profile, entry.secrets,
                         saved ? m_services->credentials()->storedKinds(entry.profile.id)
                               : QStringList());
    m_editor->setReadOnly(!saved);
    m_testView->clear();
    QString origin;
    switch (entry.profile.origin) {
    case Profile::Origin::Saved:
        if (!m_services->sessionSecrets(entry.profile.id).isEmpty())
            origin = tr("Its secret is kept in memory for this session only.");
        break;
    case Profile::Origin::Environment:
        origin = tr("From the DATABRICKS_* environment variables. Used for this session only; "
                    "nothing is saved.");
        break;
    case Profile::Origin::ConfigFile:
        origin = tr("From %1. Import it to edit it and keep its secret in the keychain; the "
                    "file is not changed.")
                     .arg(QDir::toNativeSeparators(m_model->configPath()));
        break;
    }
    if (!entry.problem.isEmpty())
        origin = origin.isEmpty() ? entry.problem : tr("%1\n%2").arg(entry.problem, origin);
    m_origin->setText(origin);
    m_origin->setVisible(!origin.isEmpty());
    updateActions();
}

void ConnectionManagerDialog::updateActions()
{
    const int row = currentRow();
    const bool hasRow = row >= 0;
    const auto origin = hasRow ? m_model->entry(row).profile.origin : Profile::Origin::Saved;
    const bool usable = !hasRow || m_model->entry(row).problem.isEmpty();
    m_duplicate->setEnabled(hasRow && !m_busy);
    m_remove->setEnabled(hasRow && origin == Profile::Origin::Saved && !m_busy);
    m_import->setEnabled(hasRow && origin == Profile::Origin::ConfigFile && usable && !m_busy);
    m_import->setVisible(!hasRow || origin == Profile::Origin::ConfigFile);
    m_save->setEnabled((m_draft || (hasRow && origin == Profile::Origin::Saved)) && !m_busy);
    m_open->setEnabled((m_draft || hasRow) && usable && !m_busy);
    m_test->setEnabled((m_draft || hasRow) && !m_busy);
}

void ConnectionManagerDialog::addProfile()
{
    m_list->clearSelection();
    m_list->setCurrentIndex(QModelIndex());
    m_draft = true;
    Profile fresh;
    m_editor->setProfile(fresh);
    m_editor->setReadOnly(false);
    m_testView->clear();
    m_origin->setText(tr("A new workspace. Enter its URL and how to sign in, then Save."));
    m_origin->show();
    updateActions();
    if (isVisible())
        m_editor->findChild<QWidget *>(u"nameEdit"_s)->setFocus();
}

void ConnectionManagerDialog::duplicateProfile()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const ProfileWithSecrets entry = m_model->entry(row);
    Profile copy = entry.profile;
    copy.id.clear();
    copy.origin = Profile::Origin::Saved;
    copy.configProfileName.clear();
    copy.displayName = tr("%1 (copy)").arg(entry.profile.displayName);
    addProfile();
    m_editor->setProfile(copy, knownSecrets(row));
    m_editor->setModified(true);
    m_origin->setText(tr("A copy of “%1”, not saved yet.").arg(entry.profile.displayName));
    // A saved profile's secret is in the keychain: fetch it into the form
    // so the copy works without typing it again.
    if (entry.profile.origin == Profile::Origin::Saved) {
        const QStringList kinds = m_services->credentials()->storedKinds(entry.profile.id);
        for (const QString &kind : kinds) {
            m_services->credentials()->read(
                entry.profile.id, kind, this,
                [this, copy, kind](const CredentialStore::Result &result) {
                    if (!m_draft || result.status != CredentialStore::Status::Ok)
                        return;
                    auto edited = m_editor->profile();
                    QMap<QString, QString> secrets = m_editor->secrets();
                    secrets.insert(kind, result.secret);
                    m_editor->setProfile(edited.value_or(copy), secrets);
                    m_editor->setModified(true);
                });
        }
    }
}

QMap<QString, QString> ConnectionManagerDialog::knownSecrets(int row) const
{
    const ProfileWithSecrets &entry = m_model->entry(row);
    if (entry.profile.origin == Profile::Origin::Saved)
        return m_services->sessionSecrets(entry.profile.id);
    return entry.secrets;
}

void ConnectionManagerDialog::removeProfile()
{
    const int row = currentRow();
    if (row < 0 || m_model->entry(row).profile.origin != Profile::Origin::Saved)
        return;
    const Profile profile = m_model->entry(row).profile;
    ConfirmDialog::Question question;
    question.workspace = profile.displayName;
    question.what = tr("Remove the profile “%1”?").arg(profile.displayName);
    question.details = tr("This also deletes its secrets (token, client secret, refresh token) "
                          "from the system keychain. The workspace itself is not changed.");
    question.action = tr("Remove");
    ConfirmDialog::ask(this, question, [this, profile](bool confirmed) {
        if (!confirmed)
            return;
        m_services->profiles()->remove(profile.id);
        m_services->forgetSessionSecrets(profile.id);
        reloadSaved();
        if (m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0, 0));
        else
            addProfile();
        m_services->credentials()->removeAll(
            profile.id, this, [this, profile](const CredentialStore::Result &result) {
                if (result.status != CredentialStore::Status::Ok &&
                    result.status != CredentialStore::Status::NotFound &&
                    result.status != CredentialStore::Status::NoKeychain)
                    m_testView->showProblem(tr("“%1” was removed, but its secrets could not be "
                                               "deleted from the keychain: %2")
                                                .arg(profile.displayName, result.message));
                emit removed(profile.id);
            });
    });
}

void ConnectionManagerDialog::storeSecrets(const Profile &profile,
                                           const QMap<QString, QString> &secrets,
                                           std::function<void(bool, const QString &)> done)
{
    if (secrets.isEmpty()) {
        done(true, QString());
        return;
    }
    // One write after another; the first answer about the keychain decides.
    auto kinds = std::make_shared<QStringList>(secrets.keys());
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, profile, secrets, kinds, next, done] {
        if (kinds->isEmpty()) {
            done(true, QString());
            *next = nullptr; // break the cycle
            return;
        }
        const QString kind = kinds->takeFirst();
        m_services->credentials()->write(
            profile.id, kind, secrets.value(kind), this,
            [this, profile, secrets, next, done](const CredentialStore::Result &result) {
                switch (result.status) {
                case CredentialStore::Status::Ok:
                    (*next)();
                    return;
                case CredentialStore::Status::NoKeychain:
                    *next = nullptr;
                    KeychainNotice::ask(this, profile.displayName, result.message,
                                        [this, profile, secrets, done](bool sessionOnly) {
                                            if (!sessionOnly) {
                                                done(false, tr("Not saved: no keychain is "
                                                               "available for the secret."));
                                                return;
                                            }
                                            QMap<QString, QString> kept =
                                                m_services->sessionSecrets(profile.id);
                                            kept.insert(secrets);
                                            m_services->setSessionSecrets(profile.id, kept);
                                            done(true, QString());
                                        });
                    return;
                default:
                    *next = nullptr;
                    done(false, tr("The secret could not be stored in the keychain: %1")
                                    .arg(result.message));
                    return;
                }
            });
    };
    (*next)();
}

void ConnectionManagerDialog::saveProfile()
{
    save({});
}

void ConnectionManagerDialog::save(const std::function<void(const QString &)> &then)
{
    const int row = currentRow();
    if (!m_draft && (row < 0 || m_model->entry(row).profile.origin != Profile::Origin::Saved))
        return;
    const auto edited = m_editor->profile();
    if (!edited) {
        emit saveFailed(m_editor->hostError());
        return;
    }
    const QMap<QString, QString> secrets = m_editor->secrets();
    const bool isNew = m_draft;
    Profile profile = *edited;
    profile.origin = Profile::Origin::Saved;
    if (isNew)
        profile = m_services->profiles()->add(profile);
    else
        m_services->profiles()->update(profile);

    m_busy = true;
    updateActions();
    storeSecrets(profile, secrets, [this, profile, isNew, then](bool ok, const QString &problem) {
        m_busy = false;
        if (!ok) {
            // Nothing half-made stays behind.
            if (isNew)
                m_services->profiles()->remove(profile.id);
            m_testView->showProblem(problem);
            updateActions();
            emit saveFailed(problem);
            return;
        }
        m_draft = false;
        reloadSaved();
        selectProfile(profile.id);
        m_editor->clearSecrets(m_services->credentials()->storedKinds(profile.id));
        updateActions();
        emit saved(profile.id);
        if (then)
            then(profile.id);
    });
}

void ConnectionManagerDialog::importProfile()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const ProfileWithSecrets entry = m_model->entry(row);
    if (entry.profile.origin != Profile::Origin::ConfigFile || !entry.problem.isEmpty())
        return;
    Profile profile = entry.profile;
    profile.id.clear();
    profile.origin = Profile::Origin::Saved;
    profile = m_services->profiles()->add(profile);
    m_busy = true;
    updateActions();
    storeSecrets(profile, entry.secrets, [this, profile](bool ok, const QString &problem) {
        m_busy = false;
        if (!ok) {
            m_services->profiles()->remove(profile.id);
            m_testView->showProblem(problem);
            updateActions();
            emit saveFailed(problem);
            return;
        }
        reloadSaved();
        selectProfile(profile.id);
        updateActions();
        emit imported(profile.id);
    });
}

void ConnectionManagerDialog::testConnection()
{
    const auto edited = m_editor->profile();
    if (!edited) {
        m_testView->showProblem(m_editor->hostError());
        emit testFinished();
        return;
    }
    QMap<QString, QString> secrets = m_editor->secrets();
    const int row = currentRow();
    if (row >= 0) {
        // What the form leaves empty comes from where the profile keeps it.
        const QMap<QString, QString> known = knownSecrets(row);
        for (auto it = known.cbegin(); it != known.cend(); ++it)
            if (!secrets.contains(it.key()))
                secrets.insert(it.key(), it.value());
    }
    // A new scope for this test: the callbacks of a test still in flight go
    // with the old one (the connector deletes the client it would have made).
    // Tests start from the form's button, never from a test's own callback.
    m_testScope = std::make_unique<QObject>();
    QObject *scope = m_testScope.get();
    m_testView->showTesting();
    m_services->connector()->connectProfile(
        *edited, secrets, scope, [this, scope](const WorkspaceConnector::Result &result) {
            if (!result.client) {
                m_testView->showProblem(result.error);
                emit testFinished();
                return;
            }
            ApiClient *client = result.client;
            client->setParent(scope);
            // A test answers promptly: one attempt, and a silent server is
            // reported rather than waited for.
            client->setRetryPolicy(RetryPolicy::none());
            client->setDefaultTransferTimeout(m_testTimeoutMs);
            ConnectionTester::test(client, scope,
                                   [this, client](const ConnectionTester::Result &outcome) {
                                       client->deleteLater();
                                       m_testView->showResult(outcome);
                                       emit testFinished();
                                   });
        });
}

void ConnectionManagerDialog::openSelected()
{
    if (m_busy)
        return;
    const int row = currentRow();
    const bool editable =
        m_draft || (row >= 0 && m_model->entry(row).profile.origin == Profile::Origin::Saved);
    if (editable && (m_draft || m_editor->isModified())) {
        // Opening what the form shows means saving it first.
        save([this](const QString &id) {
            const int saved = m_model->rowOf(id);
            if (saved < 0)
                return;
            emit openRequested(m_model->entry(saved).profile, knownSecrets(saved));
            accept();
        });
        return;
    }
    if (row < 0 || !m_model->entry(row).problem.isEmpty())
        return;
    emit openRequested(m_model->entry(row).profile, knownSecrets(row));
    accept();
}

} // namespace brickdesk
