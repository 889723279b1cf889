#pragma once

#include <QString>

namespace brickdesk::emulator {

class DbfsStore;
class JobsStore;
class WorkspaceStore;

// Sample content: what a new user sees in `brickdesk --demo`, and what tests
// that need "a realistic workspace" start from.
class DemoSeed
{
public:
    static constexpr qint64 kLargeJobId = 9'007'199'254'740'993LL; // 2^53 + 1

    // "/", "/Users/<user>", "/Shared".
    static void seedEmpty(WorkspaceStore &workspace, JobsStore &jobs, const QString &user);
    static void seedDemo(WorkspaceStore &workspace, JobsStore &jobs, const QString &user);
    // An empty root for Seed::Empty; a small, realistic DBFS for Seed::Demo.
    static void seedDbfs(DbfsStore &dbfs, bool demo);
};

} // namespace brickdesk::emulator
