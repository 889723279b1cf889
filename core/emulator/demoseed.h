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

    // "/", "/Users/<user>", "/Shared"; for `demo` sample notebooks, files,
    // a repo and an experiment in several users' folders too.
    static void seedWorkspace(WorkspaceStore &workspace, const QString &user, bool demo);
    // No jobs; for `demo` five jobs whose tasks run the demo notebooks.
    static void seedJobs(JobsStore &jobs, const QString &user, bool demo);
    // An empty root for Seed::Empty; a small, realistic DBFS for Seed::Demo.
    static void seedDbfs(DbfsStore &dbfs, bool demo);
};

} // namespace brickdesk::emulator
