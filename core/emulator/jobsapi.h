#pragma once

#include "core/emulator/emulatorarea.h"
#include "core/emulator/httpmessage.h"

#include <QJsonObject>

namespace brickdesk::emulator {

class JobsStore;
class Router;
struct Job;

// /api/2.x/jobs/*: list (token and offset paging) and get, for 2.0, 2.1, 2.2.
class JobsApi : public EmulatorArea
{
public:
    static constexpr int kDefaultLimit = 20;
    static constexpr int kMaxLimit = 100;

    explicit JobsApi(JobsStore &store);
    void registerRoutes(Router &router) override;
    void seed(const SeedContext &context) override;

    HttpResponse list(const HttpRequest &request) const;
    HttpResponse get(const HttpRequest &request) const;

    static QJsonObject jobJson(const Job &job, bool expandTasks);

private:
    JobsStore &m_store;
};

} // namespace brickdesk::emulator
