#pragma once

#include "core/emulator/httpmessage.h"

#include <QString>

namespace brickdesk::emulator {

// The Databricks REST error body {"error_code": "<CODE>", "message": "..."}
// with the HTTP status the service pairs with each code. Every emulator area
// answers its errors through these, so a code is spelled (and paired with its
// status) in one place.

// 400 INVALID_PARAMETER_VALUE: a field is missing, malformed or out of range.
HttpResponse invalidParameter(const QString &message);
// 400 MALFORMED_REQUEST: the body is not what the endpoint parses. The
// default message is the service's answer to a body that is not a JSON object.
HttpResponse malformedRequest(const QString &message = {});
// 404 RESOURCE_DOES_NOT_EXIST.
HttpResponse notFound(const QString &message);
// 400 INVALID_STATE: the object exists but cannot do this now (a cluster
// that is not running, a run that already finished).
HttpResponse invalidState(const QString &message);
// 400 RESOURCE_ALREADY_EXISTS, as the workspace and DBFS APIs answer it.
HttpResponse resourceAlreadyExists(const QString &message);
// 409 ALREADY_EXISTS, the newer APIs' (workspace-files) spelling of a conflict.
HttpResponse alreadyExists(const QString &message);
// 403 PERMISSION_DENIED.
HttpResponse permissionDenied(const QString &message);
// 400 BAD_REQUEST: the request is well formed but the service refuses it
// (writing to a read-only secret scope, reading secret values outside a
// notebook).
HttpResponse badRequest(const QString &message);
// 400 RESOURCE_LIMIT_EXCEEDED: a per-workspace or per-object quota is full
// (secret scopes per workspace, secrets per scope).
HttpResponse resourceLimitExceeded(const QString &message);
// 500 INTERNAL_ERROR.
HttpResponse internalError(const QString &message);
// Any other code, with its status.
HttpResponse apiError(int status, const QString &errorCode, const QString &message);

} // namespace brickdesk::emulator
