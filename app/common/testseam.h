#pragma once

#include <functional>
#include <optional>
#include <utility>

namespace brickdesk {

namespace detail {
void registerTestSeamReset(std::function<void()> reset);
}

// What a test sets to pre-answer a dialog or stand in for the desktop (the
// browser that opens a URL), so GUI tests never block on a window. Every
// seam registers itself, so one call, resetTestSeams(), puts all of them
// back between tests; a forgotten seam cannot leak into the next test.
template <typename T> class TestSeam
{
public:
    TestSeam()
    {
        detail::registerTestSeamReset([this] { m_value.reset(); });
    }
    TestSeam(const TestSeam &) = delete;
    TestSeam &operator=(const TestSeam &) = delete;

    void set(std::optional<T> value) { m_value = std::move(value); }
    const std::optional<T> &value() const { return m_value; }
    explicit operator bool() const { return m_value.has_value(); }
    const T &operator*() const { return *m_value; }

private:
    std::optional<T> m_value;
};

// Clears every TestSeam: for a test's cleanup().
void resetTestSeams();

} // namespace brickdesk
