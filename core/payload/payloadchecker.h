#pragma once

#include "core/payload/jsonparser.h"
#include "core/payload/payloadissue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace brickdesk {

class JsonSchemaValidator;

// Everything Brickdesk checks in a payload's text before it may be sent: it
// parses, it fits the kind's schema, and the keys the server owns (a job's
// job_id on reset, a pipeline's id) keep their original values. Issues are
// located in the text so an editor can point at them.
class PayloadChecker
{
    Q_DECLARE_TR_FUNCTIONS(PayloadChecker)

public:
    struct Result
    {
        std::optional<JsonSyntaxError> syntaxError;
        QJsonObject payload;  // valid only without a syntax error
        PayloadIssues issues; // errors first, then warnings, each in text order

        bool canSubmit() const { return !syntaxError && !hasErrors(issues); }
    };

    // `validator` may be null (a kind without a schema): then only syntax and
    // pinned keys are checked.
    PayloadChecker(std::shared_ptr<const JsonSchemaValidator> validator,
                   std::optional<QJsonObject> original = {}, QStringList pinnedKeys = {});

    Result check(const QString &text) const;

    const std::optional<QJsonObject> &original() const { return m_original; }
    const QStringList &pinnedKeys() const { return m_pinnedKeys; }

private:
    PayloadIssues pinnedKeyIssues(const QJsonObject &payload) const;

    std::shared_ptr<const JsonSchemaValidator> m_validator;
    std::optional<QJsonObject> m_original;
    QStringList m_pinnedKeys;
};

} // namespace brickdesk
