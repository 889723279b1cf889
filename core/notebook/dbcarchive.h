#pragma once

#include "core/notebook/notebook.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace brickdesk {

struct DbcNotebook
{
    QString path; // relative, '/'-separated, without the language extension
    Notebook notebook;
};

// A DBC archive: a ZIP whose entries are notebook models in JSON, named
// "<relative path>.<python|scala|sql|r>". Only notebooks travel in DBC.
class DbcArchive
{
public:
    static QByteArray write(const QList<DbcNotebook> &notebooks);
    static std::optional<QList<DbcNotebook>> read(const QByteArray &archive,
                                                  QString *error = nullptr);
};

} // namespace brickdesk
