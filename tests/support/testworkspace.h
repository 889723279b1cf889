#pragma once

#include "core/emulator/emulator.h"
#include "core/net/apiclient.h"

#include <memory>

namespace brickdesk::test {

// The token every test emulator accepts. Tests grep logs for it.
inline constexpr char kTestToken[] = "dapi-test-0123456789abcdef";

// An emulator on a free loopback port plus a client connected to it: the
// starting point of every test that talks HTTP.
class TestWorkspace
{
public:
    explicit TestWorkspace(emulator::Seed seed = emulator::Seed::Empty);
    ~TestWorkspace();

    emulator::Emulator &emulator() { return *m_emulator; }
    ApiClient &client() { return *m_client; }
    QUrl url() const { return m_emulator->url(); }

private:
    std::unique_ptr<emulator::Emulator> m_emulator;
    std::unique_ptr<ApiClient> m_client;
};

// Sends `request` and spins the event loop until its one reply arrives.
ApiReply sendAndWait(ApiClient &client, const ApiRequest &request, int timeoutMs = 20000);

} // namespace brickdesk::test
