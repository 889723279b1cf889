#pragma once

#include <QtGlobal>

#include <optional>

namespace brickdesk {

// When and how long to wait before sending a failed call again. Bounded both
// in attempts and in total time, so a dead host fails in finite time.
struct RetryPolicy
{
    int maxAttempts = 6;         // including the first
    qint64 maxTotalMs = 120'000; // give up once this much time has passed
    int baseDelayMs = 500;       // first back-off step
    int maxDelayMs = 16'000;     // cap for one exponential step

    // Delay before attempt number `nextAttempt` (2 = first retry). A
    // server-given Retry-After wins; a small positive jitter is added so many
    // clients do not return at the same instant, but never less than asked.
    int delayMs(int nextAttempt, std::optional<int> retryAfterMs) const;

    static RetryPolicy none() { return RetryPolicy{1, 0, 0, 0}; }
};

} // namespace brickdesk
