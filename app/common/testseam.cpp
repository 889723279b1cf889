#include "app/common/testseam.h"

#include <QList>

namespace brickdesk {

namespace {

// Function-local, so seams defined at namespace scope in other files can
// register during static initialisation in any order.
QList<std::function<void()>> &resets()
{
    static QList<std::function<void()>> all;
    return all;
}

} // namespace

void detail::registerTestSeamReset(std::function<void()> reset)
{
    resets().append(std::move(reset));
}

void resetTestSeams()
{
    for (const auto &reset : std::as_const(resets()))
        reset();
}

} // namespace brickdesk
