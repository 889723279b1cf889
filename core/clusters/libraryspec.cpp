#include "core/clusters/libraryspec.h"

#include <QStringList>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

const QStringList &installablePrefixes()
{
    static const QStringList prefixes{u"/Workspace/"_s, u"/Volumes/"_s, u"dbfs:/"_s,
                                      u"s3://"_s,       u"abfss://"_s,  u"gs://"_s};
    return prefixes;
}

// Why `repo` is not a repository URL; empty when it is (or is empty).
QString repoProblem(const QString &repo)
{
    if (repo.isEmpty())
        return {};
    const QUrl url(repo, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != "https"_L1 && url.scheme() != "http"_L1))
        return LibrarySpec::tr("The repository must be an http:// or https:// URL.");
    return {};
}

QString pathProblem(const QString &path, const QString &suffix, const QString &what)
{
    if (path.isEmpty())
        return LibrarySpec::tr("Enter the path of the %1.").arg(what);
    if (!LibrarySpec::hasInstallablePrefix(path))
        return LibrarySpec::tr("The path must start with /Workspace/, /Volumes/, dbfs:/, s3://, "
                               "abfss:// or gs://.");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        return LibrarySpec::tr("The %1 must end with %2.").arg(what, suffix);
    return {};
}

} // namespace

bool LibrarySpec::hasInstallablePrefix(const QString &path)
{
    for (const QString &prefix : installablePrefixes())
        if (path.startsWith(prefix) && path.size() > prefix.size())
            return true;
    return false;
}

LibrarySpec::Result LibrarySpec::build(Kind kind, const QString &text, const QString &repo)
{
    const QString value = text.trimmed();
    const QString repository = repo.trimmed();
    switch (kind) {
    case Kind::PyPI:
    case Kind::Cran: {
        if (value.isEmpty())
            return {{}, tr("Enter a package name.")};
        if (value.contains(u' '))
            return {{}, tr("The package must not contain spaces (write pandas==2.2.2).")};
        if (const QString problem = repoProblem(repository); !problem.isEmpty())
            return {{}, problem};
        QJsonObject package{{u"package"_s, value}};
        if (!repository.isEmpty())
            package.insert(u"repo"_s, repository);
        return {QJsonObject{{kind == Kind::PyPI ? u"pypi"_s : u"cran"_s, package}}, {}};
    }
    case Kind::Maven: {
        if (value.isEmpty())
            return {{}, tr("Enter the Maven coordinates (group:artifact:version).")};
        const QStringList parts = value.split(u':');
        const bool complete = parts.size() == 3 &&
                              std::none_of(parts.cbegin(), parts.cend(), [](const QString &part) {
                                  return part.isEmpty() || part.contains(u' ');
                              });
        if (!complete)
            return {{},
                    tr("Maven coordinates must be group:artifact:version, for example "
                       "com.databricks:spark-xml_2.12:0.18.0.")};
        if (const QString problem = repoProblem(repository); !problem.isEmpty())
            return {{}, problem};
        QJsonObject maven{{u"coordinates"_s, value}};
        if (!repository.isEmpty())
            maven.insert(u"repo"_s, repository);
        return {QJsonObject{{u"maven"_s, maven}}, {}};
    }
    case Kind::Wheel:
        if (const QString problem = pathProblem(value, u".whl"_s, tr("wheel")); !problem.isEmpty())
            return {{}, problem};
        return {QJsonObject{{u"whl"_s, value}}, {}};
    case Kind::Jar:
        if (const QString problem = pathProblem(value, u".jar"_s, tr("JAR")); !problem.isEmpty())
            return {{}, problem};
        return {QJsonObject{{u"jar"_s, value}}, {}};
    case Kind::Requirements:
        if (const QString problem = pathProblem(value, u".txt"_s, tr("requirements file"));
            !problem.isEmpty())
            return {{}, problem};
        return {QJsonObject{{u"requirements"_s, value}}, {}};
    }
    return {{}, tr("Unknown library kind.")};
}

QString LibrarySpec::kindName(Kind kind)
{
    switch (kind) {
    case Kind::PyPI:
        return tr("PyPI");
    case Kind::Maven:
        return tr("Maven");
    case Kind::Wheel:
        return tr("Wheel");
    case Kind::Jar:
        return tr("JAR");
    case Kind::Requirements:
        return tr("Requirements");
    case Kind::Cran:
        return tr("CRAN");
    }
    return {};
}

std::optional<LibrarySpec::Kind> LibrarySpec::kindOf(const QJsonObject &library)
{
    if (library.contains("pypi"_L1))
        return Kind::PyPI;
    if (library.contains("maven"_L1))
        return Kind::Maven;
    if (library.contains("whl"_L1))
        return Kind::Wheel;
    if (library.contains("jar"_L1))
        return Kind::Jar;
    if (library.contains("requirements"_L1))
        return Kind::Requirements;
    if (library.contains("cran"_L1))
        return Kind::Cran;
    return std::nullopt;
}

QString LibrarySpec::describe(const QJsonObject &library)
{
    for (const auto key : {"pypi"_L1, "cran"_L1, "maven"_L1}) {
        if (!library.contains(key))
            continue;
        const QJsonObject spec = library.value(key).toObject();
        const QString name =
            spec.value(key == "maven"_L1 ? "coordinates"_L1 : "package"_L1).toString();
        const QString repo = spec.value("repo"_L1).toString();
        return repo.isEmpty() ? name : tr("%1 from %2").arg(name, repo);
    }
    for (const auto key : {"whl"_L1, "jar"_L1, "requirements"_L1, "egg"_L1})
        if (library.contains(key))
            return library.value(key).toString();
    // A kind of a later API version: its first key.
    return library.isEmpty() ? QString() : library.begin().key();
}

} // namespace brickdesk
