#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace brickdesk {

// Picks local files to upload or a local folder to download into, without
// blocking: the file dialog is opened with open() and the callback runs
// once, only when the user chose something.
class LocalFileChooser
{
    Q_DECLARE_TR_FUNCTIONS(LocalFileChooser)

public:
    using FilesChosen = std::function<void(const QStringList &paths)>;
    using DirectoryChosen = std::function<void(const QString &path)>;

    static void chooseFiles(QWidget *parent, const QString &title, FilesChosen chosen);
    static void chooseDirectory(QWidget *parent, const QString &title, DirectoryChosen chosen);

    // Test seam: the next choices are `paths` (the first one for a folder),
    // given after the event loop turns; an empty list is Cancel.
    static void setAnswerForTesting(std::optional<QStringList> paths);
};

} // namespace brickdesk
