#include "core/net/retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace brickdesk {

int RetryPolicy::delayMs(int nextAttempt, std::optional<int> retryAfterMs) const
{
    auto *random = QRandomGenerator::global();
    if (retryAfterMs) {
        // The server said when; add up to 10% so clients spread out, never less.
        const int wait = std::max(0, *retryAfterMs);
        return wait + int(random->bounded(wait / 10 + 1));
    }
    // Exponential back-off with "equal jitter": half fixed, half random.
    const int step = std::max(1, nextAttempt - 1);
    const qint64 exponential = qint64(baseDelayMs) << std::min(step - 1, 20);
    const int capped = int(std::min<qint64>(exponential, maxDelayMs));
    return capped / 2 + int(random->bounded(capped / 2 + 1));
}

} // namespace brickdesk
