#pragma once

#include "core/emulator/emulatorarea.h"
#include "core/emulator/httpmessage.h"
#include "core/emulator/secretsstore.h"

#include <optional>

namespace brickdesk::emulator {

class EmulatorClock;
class Router;

// /api/2.0/secrets/*: scopes (Databricks- and Azure Key Vault-backed),
// secrets and ACLs, with the service's name rules, limits and the
// MANAGE > WRITE > READ checks for the signed-in user.
class SecretsApi : public EmulatorArea
{
public:
    SecretsApi(SecretsStore &store, EmulatorClock &clock, const SecretsCaller &caller);
    void registerRoutes(Router &router) override;
    void seed(const SeedContext &context) override;

    // Who the requests come from. Admins (members of `admins`) have MANAGE on
    // every scope; anyone else only what ACLs grant them and their groups.
    void setCaller(const SecretsCaller &caller) { m_caller = caller; }
    const SecretsCaller &caller() const { return m_caller; }

    HttpResponse createScope(const HttpRequest &request);
    HttpResponse listScopes(const HttpRequest &request) const;
    HttpResponse deleteScope(const HttpRequest &request);
    HttpResponse putSecret(const HttpRequest &request);
    HttpResponse listSecrets(const HttpRequest &request) const;
    HttpResponse deleteSecret(const HttpRequest &request);
    HttpResponse getSecret(const HttpRequest &request) const;
    HttpResponse putAcl(const HttpRequest &request);
    HttpResponse getAcl(const HttpRequest &request) const;
    HttpResponse listAcls(const HttpRequest &request) const;
    HttpResponse deleteAcl(const HttpRequest &request);

    static bool isValidScopeName(const QString &name);
    static bool isValidKeyName(const QString &name);

private:
    // 404 for a missing scope, 403 when the caller's level is below `needed`.
    std::optional<HttpResponse> require(const QString &scope, SecretPermission needed) const;

    SecretsStore &m_store;
    EmulatorClock &m_clock;
    SecretsCaller m_caller;
};

} // namespace brickdesk::emulator
