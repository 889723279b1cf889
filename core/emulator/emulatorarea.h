#pragma once

#include <QString>

namespace brickdesk::emulator {

class EmulatorClock;
class ProcessRunner;
class Router;

enum class Seed { Empty, Demo };

// What Emulator::seed() hands every area: which content, and for whom.
struct SeedContext
{
    Seed seed = Seed::Empty;
    QString userName; // the signed-in user, owner of /Users/<userName>
    bool demo() const { return seed == Seed::Demo; }
};

// What an area may use besides its own store: the emulator's clock, its
// process runner (clusters starting, runs running) and who is signed in.
struct AreaContext
{
    EmulatorClock &clock;
    ProcessRunner &processes;
    QString userName;
    QString workspaceId;
};

// One emulated API area (workspace, DBFS, jobs, ...). The Emulator keeps a
// list of areas, registers every area's routes once and seeds every area on
// Emulator::seed(), so adding an area is its class plus one line in that list.
class EmulatorArea
{
public:
    virtual ~EmulatorArea() = default;

    virtual void registerRoutes(Router &router) = 0;
    // Replaces the area's content (stores, open handles) with `context.seed`.
    // Areas without content of their own keep the default.
    virtual void seed(const SeedContext &context) { static_cast<void>(context); }
};

} // namespace brickdesk::emulator
