#include "app/common/browseropener.h"

#include "app/common/testseam.h"

#include <QDesktopServices>

namespace brickdesk {

namespace {
TestSeam<std::function<void(const QUrl &)>> s_opener;
}

bool BrowserOpener::open(const QUrl &url)
{
    if (s_opener) {
        (*s_opener)(url);
        return true;
    }
    return QDesktopServices::openUrl(url);
}

void BrowserOpener::setOpenerForTesting(std::function<void(const QUrl &)> opener)
{
    s_opener.set(opener ? std::optional(std::move(opener)) : std::nullopt);
}

} // namespace brickdesk
