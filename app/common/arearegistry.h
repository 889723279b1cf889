#pragma once

#include <QIcon>
#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace brickdesk {

class AreaPage;

// What the shell needs to know of an area: how to list it in the navigation
// and how to make its page for one workspace. The shell (main window,
// workspace pane) names no area; it lists what is registered here.
struct AreaDescriptor
{
    // Stable: saved in settings ("workspace", "dbfs", "jobs"…).
    QString id;
    // Translated when asked, so a language change shows at once.
    std::function<QString()> name;
    QString iconPath;
    // Position in the navigation; lower comes first.
    int order = 0;
    // The area's page for one workspace, without a connection yet.
    std::function<AreaPage *()> createPage;
    // The number an older Brickdesk saved for this area, or -1.
    int legacyIndex = -1;
};

class AreaRegistry
{
public:
    // The application's areas: registerBuiltInAreas() filled in on first use.
    static const AreaRegistry &builtIn();

    // Adds `area`; an id that is already there is replaced.
    void add(AreaDescriptor area);

    // In navigation order.
    const QList<AreaDescriptor> &areas() const { return m_areas; }
    // Null when no area has that id.
    const AreaDescriptor *find(const QString &id) const;
    // The id for a saved setting: an id, or the number an older version
    // saved; the first area's id when it names none.
    QString idFromSetting(const QVariant &saved) const;

private:
    QList<AreaDescriptor> m_areas;
};

// app/builtinareas.cpp: one line per area.
void registerBuiltInAreas(AreaRegistry &registry);

} // namespace brickdesk
