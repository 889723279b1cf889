#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace brickdesk {

// One Library object of the Libraries API ({"pypi": {"package", "repo"}},
// {"maven": {"coordinates", "repo"}}, {"whl": path}, {"jar": path},
// {"requirements": path}, {"cran": {...}}): built from what a user typed,
// with the reason when it is not installable, and described back in words.
class LibrarySpec
{
    Q_DECLARE_TR_FUNCTIONS(LibrarySpec)

public:
    enum class Kind { PyPI, Maven, Wheel, Jar, Requirements, Cran };

    struct Result
    {
        QJsonObject library; // {} when not valid
        QString problem;     // empty when valid
        bool isValid() const { return problem.isEmpty(); }
    };

    // `text`: the package ("pandas==2.2.2"), Maven coordinates
    // (group:artifact:version) or the file's path; `repo`: an optional PyPI
    // index or Maven repository URL (ignored for files).
    static Result build(Kind kind, const QString &text, const QString &repo = {});

    // "PyPI", "Maven", "Wheel", "JAR", "Requirements", "CRAN".
    static QString kindName(Kind kind);
    static std::optional<Kind> kindOf(const QJsonObject &library);
    // The package, coordinates or path ("pandas==2.2.2"); the repository
    // after it when one is set.
    static QString describe(const QJsonObject &library);
    // Where a workspace file or cloud object may be installed from.
    static bool hasInstallablePrefix(const QString &path);
};

} // namespace brickdesk
