#include "app/common/arearegistry.h"

#include <QVariant>

#include <algorithm>

namespace brickdesk {

const AreaRegistry &AreaRegistry::builtIn()
{
    // Filled by an explicit call rather than static registrars in each area:
    // the linker drops unreferenced objects of a static library, and with
    // them any registrar they held.
    static const AreaRegistry registry = [] {
        AreaRegistry built;
        registerBuiltInAreas(built);
        return built;
    }();
    return registry;
}

void AreaRegistry::add(AreaDescriptor area)
{
    m_areas.removeIf([&](const AreaDescriptor &known) { return known.id == area.id; });
    const auto at = std::upper_bound(
        m_areas.begin(), m_areas.end(), area.order,
        [](int order, const AreaDescriptor &known) { return order < known.order; });
    m_areas.insert(at, std::move(area));
}

const AreaDescriptor *AreaRegistry::find(const QString &id) const
{
    for (const AreaDescriptor &area : m_areas)
        if (area.id == id)
            return &area;
    return nullptr;
}

QString AreaRegistry::idFromSetting(const QVariant &saved) const
{
    if (m_areas.isEmpty())
        return {};
    // Older versions saved the row of a fixed list as a number.
    bool isNumber = false;
    const int legacy = saved.toString().toInt(&isNumber);
    if (isNumber) {
        for (const AreaDescriptor &area : m_areas)
            if (area.legacyIndex == legacy)
                return area.id;
    } else if (find(saved.toString())) {
        return saved.toString();
    }
    return m_areas.first().id;
}

} // namespace brickdesk
