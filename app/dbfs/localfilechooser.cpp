#include "app/dbfs/localfilechooser.h"

#include "app/common/testseam.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

TestSeam<QStringList> s_answer;
// Where the last choice was made: the next dialog starts there.
QString s_lastDirectory;

QString startDirectory()
{
    if (!s_lastDirectory.isEmpty() && QDir(s_lastDirectory).exists())
        return s_lastDirectory;
    return QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
}

QFileDialog *openDialog(QWidget *parent, const QString &title, QFileDialog::FileMode mode)
{
    auto *dialog = new QFileDialog(parent, title, startDirectory());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"localFileChooser"_s);
    dialog->setFileMode(mode);
    if (mode == QFileDialog::Directory)
        dialog->setOption(QFileDialog::ShowDirsOnly);
    return dialog;
}

} // namespace

void LocalFileChooser::chooseFiles(QWidget *parent, const QString &title, FilesChosen chosen)
{
    if (s_answer) {
        QTimer::singleShot(0, parent, [paths = *s_answer, chosen = std::move(chosen)] {
            if (!paths.isEmpty())
                chosen(paths);
        });
        return;
    }
    QFileDialog *dialog = openDialog(parent, title, QFileDialog::ExistingFiles);
    QObject::connect(dialog, &QFileDialog::filesSelected, dialog,
                     [chosen = std::move(chosen)](const QStringList &paths) {
                         if (paths.isEmpty())
                             return;
                         s_lastDirectory = QFileInfo(paths.first()).absolutePath();
                         chosen(paths);
                     });
    dialog->open();
}

void LocalFileChooser::chooseDirectory(QWidget *parent, const QString &title,
                                       DirectoryChosen chosen)
{
    if (s_answer) {
        QTimer::singleShot(0, parent, [paths = *s_answer, chosen = std::move(chosen)] {
            if (!paths.isEmpty())
                chosen(paths.first());
        });
        return;
    }
    QFileDialog *dialog = openDialog(parent, title, QFileDialog::Directory);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                     [chosen = std::move(chosen)](const QString &path) {
                         if (path.isEmpty())
                             return;
                         s_lastDirectory = path;
                         chosen(path);
                     });
    dialog->open();
}

void LocalFileChooser::setAnswerForTesting(std::optional<QStringList> paths)
{
    s_answer.set(std::move(paths));
}

} // namespace brickdesk
