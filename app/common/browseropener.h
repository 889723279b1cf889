#pragma once

#include <QUrl>

#include <functional>

namespace brickdesk {

// Opens a workspace page (a notebook, a job, a run) in the user's browser.
// Tests put an opener of their own in its place, so no browser starts.
class BrowserOpener
{
public:
    // False when the desktop could not open it.
    static bool open(const QUrl &url);
    static void setOpenerForTesting(std::function<void(const QUrl &)> opener);
};

} // namespace brickdesk
