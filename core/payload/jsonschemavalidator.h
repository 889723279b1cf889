#pragma once

#include "core/payload/payloadissue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

#include <memory>

namespace brickdesk {

// Checks a payload against one of Brickdesk's JSON Schemas (draft 7) with
// valijson, and says what is wrong in plain words with the path of the value
// at fault. Fields the schema does not list are warnings, found by walking
// the schema's `properties` here rather than through additionalProperties
// errors: the API ignores or accepts fields newer than the schema, and the
// user may know better.
class JsonSchemaValidator
{
    Q_DECLARE_TR_FUNCTIONS(JsonSchemaValidator)

public:
    explicit JsonSchemaValidator(const QJsonObject &schema);
    // Reads the schema from a file or resource (":/schemas/…").
    static std::unique_ptr<JsonSchemaValidator> fromFile(const QString &path);
    ~JsonSchemaValidator();

    JsonSchemaValidator(const JsonSchemaValidator &) = delete;
    JsonSchemaValidator &operator=(const JsonSchemaValidator &) = delete;

    // Whether the schema could be read; why not, when not.
    bool isValid() const;
    QString loadError() const;

    // Errors first, each group in document order of their paths' discovery.
    PayloadIssues validate(const QJsonValue &payload) const;

private:
    PayloadIssues schemaErrors(const QJsonValue &payload) const;
    PayloadIssues unknownFields(const QJsonValue &payload) const;
    // A valijson failure at `path` in words, from what its subschema `node` asks.
    static QString explain(const QString &description, const JsonPath &path,
                           const QJsonObject &node);
    static QString typeText(const QJsonObject &node);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace brickdesk
