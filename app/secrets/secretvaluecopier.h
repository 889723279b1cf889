#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QWidget;

namespace brickdesk {

class ApiClient;

// Copy Value: the only way Brickdesk reads a secret. It asks first, reads
// the value, puts it on the clipboard and clears the clipboard again after
// kClearAfterMs if the value is still there. The value itself is never kept
// (only a hash, to recognise it on the clipboard), shown or logged. When the
// workspace does not let values be read through the API, it says so.
class SecretValueCopier : public QObject
{
    Q_OBJECT

public:
    static constexpr int kClearAfterMs = 30'000;

    explicit SecretValueCopier(QObject *parent = nullptr);
    ~SecretValueCopier() override;

    void copy(QWidget *parent, ApiClient *client, const QString &workspace, const QString &scope,
              const QString &key);
    void setClearDelayForTesting(int msec) { m_clear.setInterval(msec); }
    bool isClearPending() const { return m_clear.isActive(); }

signals:
    void statusChanged(const QString &text, bool busy);
    void errorOccurred(const QString &message);
    // The clipboard was cleared (the value was still on it).
    void clipboardCleared();

private:
    void read(ApiClient *client, const QString &scope, const QString &key);
    void clearClipboard();

    QTimer m_clear;
    QByteArray m_copiedHash;
    std::unique_ptr<QObject> m_readScope;
};

} // namespace brickdesk
