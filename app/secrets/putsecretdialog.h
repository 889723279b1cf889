#pragma once

#include "core/secrets/secretsservice.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace brickdesk {

class MaskedTextEdit;

// Put Secret: a key name checked as it is typed and a value typed or pasted
// into a masked field (several lines allowed, Show to check it) or read from
// a file as bytes. The value stays in this dialog until it is accepted and
// is overwritten when the dialog goes.
class PutSecretDialog : public QDialog
{
    Q_OBJECT

public:
    struct Answer
    {
        QString key;
        SecretsService::Value value;
    };
    using Answered = std::function<void(const Answer &answer)>;

    // `key`: a key to replace (the name is then fixed), or empty for a new one.
    PutSecretDialog(const QString &workspace, const QString &scope, const QString &key,
                    QWidget *parent = nullptr);
    ~PutSecretDialog() override;

    Answer answer() const;
    // Why it cannot be put yet; empty if it can.
    QString problem() const;
    MaskedTextEdit *valueEdit() const { return m_value; }
    QLineEdit *keyEdit() const { return m_key; }
    // Reads `path` off the GUI thread as the value (bytes); for the file
    // button and for tests.
    void loadFile(const QString &path);

    static void ask(QWidget *parent, const QString &workspace, const QString &scope,
                    const QString &key, Answered answered);
    // Test seam: the next question is answered with `answer` (or cancelled
    // with nothing) after the event loop turns; an invalid key is refused.
    static void setAnswerForTesting(std::optional<Answer> answer);

signals:
    // A file chosen with loadFile() was read (or could not be).
    void fileLoaded(bool ok);

private:
    void validate();
    void chooseFile();
    void clearFile();

    QLineEdit *m_key;
    QLabel *m_keyProblem;
    MaskedTextEdit *m_value;
    QCheckBox *m_show;
    QPushButton *m_fromFile;
    QLabel *m_fileLabel;
    QLabel *m_size;
    QDialogButtonBox *m_buttons;
    QByteArray m_fileBytes;
    bool m_fromFileChosen = false;
};

} // namespace brickdesk
