#include "app/secrets/secretvaluecopier.h"

#include "app/common/confirmdialog.h"
#include "core/net/apiclient.h"
#include "core/secrets/secretsservice.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QStringDecoder>

namespace brickdesk {

namespace {

QByteArray hashOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

SecretValueCopier::SecretValueCopier(QObject *parent)
    : QObject(parent)
{
    m_clear.setSingleShot(true);
    m_clear.setInterval(kClearAfterMs);
    connect(&m_clear, &QTimer::timeout, this, &SecretValueCopier::clearClipboard);
}

SecretValueCopier::~SecretValueCopier()
{
    // Going away (the workspace closes) does not leave the value behind.
    if (m_clear.isActive())
        clearClipboard();
}

void SecretValueCopier::copy(QWidget *parent, ApiClient *client, const QString &workspace,
                             const QString &scope, const QString &key)
{
    ConfirmDialog::Question question;
    question.workspace = workspace;
    question.what = tr("Copy the value of “%1” in scope “%2” to the clipboard?").arg(key, scope);
    question.details = tr("Any application can read the clipboard. Brickdesk clears it again "
                          "after %n second(s) if the value is still there.",
                          nullptr, m_clear.interval() / 1000);
    question.action = tr("Copy Value");
    QPointer<ApiClient> target(client);
    ConfirmDialog::ask(parent, question, [this, target, scope, key](bool confirmed) {
        if (confirmed && target)
            read(target, scope, key);
    });
}

void SecretValueCopier::read(ApiClient *client, const QString &scope, const QString &key)
{
    m_readScope = std::make_unique<QObject>();
    emit statusChanged(tr("Reading the value of “%1”…").arg(key), true);
    SecretsService(client).getSecretValue(
        scope, key, m_readScope.get(),
        [this, key](const std::optional<ApiError> &error, QByteArray value) {
            if (error) {
                emit statusChanged(QString(), false);
                if (SecretsService::isValueReadingRefused(*error))
                    emit errorOccurred(
                        tr("This workspace does not let secret values be read through the API "
                           "(it answered BAD_REQUEST). Read it from a notebook with "
                           "dbutils.secrets.get instead."));
                else
                    emit errorOccurred(tr("Could not read “%1”: %2").arg(key, error->toString()));
                return;
            }
            // Text as text; anything else (a key file, a keystore) as base64,
            // which is how the API hands values out.
            QStringDecoder utf8(QStringDecoder::Utf8);
            QString text = utf8.decode(value);
            const bool binary = utf8.hasError();
            if (binary)
                text = QString::fromLatin1(value.toBase64());
            value.fill('\0');
            QGuiApplication::clipboard()->setText(text);
            m_copiedHash = hashOf(text);
            text.fill(u'\0');
            m_clear.start();
            emit statusChanged(
                binary ? tr("Copied the value of “%1” as base64; the clipboard is cleared in %n "
                            "second(s).",
                            nullptr, m_clear.interval() / 1000)
                             .arg(key)
                       : tr("Copied the value of “%1”; the clipboard is cleared in %n second(s).",
                            nullptr, m_clear.interval() / 1000)
                             .arg(key),
                false);
        });
}

void SecretValueCopier::clearClipboard()
{
    m_clear.stop();
    QClipboard *clipboard = QGuiApplication::clipboard();
    // Only our value: if the user copied something else since, keep it.
    if (!m_copiedHash.isEmpty() && hashOf(clipboard->text()) == m_copiedHash) {
        clipboard->clear();
        emit clipboardCleared();
    }
    m_copiedHash.clear();
}

} // namespace brickdesk
