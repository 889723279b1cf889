#include "core/payload/jsonschemavalidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

// valijson aborts on a bad schema unless it may throw; its exceptions stay
// inside this file.
#define VALIJSON_USE_EXCEPTIONS 1
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <cmath>
#include <functional>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// valijson reports a failure again on every enclosing value ("Failed to
// validate item #2 in array."); the innermost report says what is wrong.
bool isEnclosingReport(const QString &description)
{
    static const QStringList prefixes = {
        u"Failed to validate item #"_s,
        u"Failed to validate against schema associated with property name"_s,
        u"Failed to validate against additional properties schema"_s,
        u"Failed to validate against schema associated with pattern"_s,
        u"Failed to validate against child schema #"_s,
        u"Failed to validate against dependent schema"_s,
    };
    return std::any_of(prefixes.cbegin(), prefixes.cend(),
                       [&](const QString &prefix) { return description.startsWith(prefix); });
}

// "1000", not valijson's "1000.000000".
QString numberText(const QJsonValue &value)
{
    const double number = value.toDouble();
    if (number == std::floor(number) && std::abs(number) < 1e15)
        return QString::number(static_cast<qint64>(number));
    return QString::number(number);
}

// The schema's view of a payload: which subschema describes the value at a
// path, following local "$ref"s ("#/definitions/Task").
class SchemaNavigator
{
public:
    explicit SchemaNavigator(const QJsonObject &root)
        : m_root(root)
    {}

    QJsonObject resolve(QJsonObject node) const
    {
        for (int hops = 0; hops < 32 && node.contains("$ref"_L1); ++hops)
            node = pointer(node.value("$ref"_L1).toString());
        return node;
    }

    // The subschema of the member `key` of an object described by `node`;
    // empty when the schema says nothing about it.
    QJsonObject member(const QJsonObject &node, const QString &key) const
    {
        const QJsonObject properties = node.value("properties"_L1).toObject();
        if (properties.contains(key))
            return resolve(properties.value(key).toObject());
        const QJsonValue additional = node.value("additionalProperties"_L1);
        return additional.isObject() ? resolve(additional.toObject()) : QJsonObject();
    }

    QJsonObject element(const QJsonObject &node) const
    {
        const QJsonValue items = node.value("items"_L1);
        return items.isObject() ? resolve(items.toObject()) : QJsonObject();
    }

    QJsonObject at(const JsonPath &path) const
    {
        QJsonObject node = resolve(m_root);
        for (const auto &segment : path.segments()) {
            node = segment.isIndex() ? element(node) : member(node, segment.key);
            if (node.isEmpty())
                break;
        }
        return node;
    }

private:
    // A JSON pointer into the root schema; only local ones ("#/…") are used.
    QJsonObject pointer(const QString &reference) const
    {
        if (!reference.startsWith("#"_L1))
            return {};
        QJsonValue at = m_root;
        const QStringList parts = reference.mid(1).split(u'/', Qt::SkipEmptyParts);
        for (QString part : parts) {
            part.replace("~1"_L1, "/"_L1).replace("~0"_L1, "~"_L1);
            at = at.isArray() ? at.toArray().at(part.toInt()) : at.toObject().value(part);
        }
        return at.toObject();
    }

    QJsonObject m_root;
};

// valijson names values by "[key]" and "[index]" from "<root>"; which one a
// "[2]" is depends on the payload, so the path is read along it.
JsonPath pathOf(const std::vector<std::string> &context, const QJsonValue &payload)
{
    JsonPath path;
    QJsonValue at = payload;
    for (const std::string &part : context) {
        if (part.size() < 2 || part.front() != '[' || part.back() != ']')
            continue; // "<root>"
        const QString name = QString::fromStdString(part.substr(1, part.size() - 2));
        bool isNumber = false;
        const qsizetype index = name.toLongLong(&isNumber);
        if (at.isArray() && isNumber) {
            path = path.element(index);
            at = at.toArray().at(index);
        } else {
            path = path.member(name);
            at = at.toObject().value(name);
        }
    }
    return path;
}

} // namespace

struct JsonSchemaValidator::Private
{
    QJsonObject schemaJson;
    valijson::Schema schema;
    QString loadError;
    bool valid = false;
};

JsonSchemaValidator::JsonSchemaValidator(const QJsonObject &schema)
    : d(std::make_unique<Private>())
{
    d->schemaJson = schema;
    try {
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        const valijson::adapters::QtJsonAdapter adapter(schema);
        parser.populateSchema(adapter, d->schema);
        d->valid = true;
    } catch (const std::exception &error) {
        d->loadError = tr("The schema cannot be used: %1").arg(QString::fromUtf8(error.what()));
    }
}

JsonSchemaValidator::~JsonSchemaValidator() = default;

std::unique_ptr<JsonSchemaValidator> JsonSchemaValidator::fromFile(const QString &path)
{
    QFile file(path);
    QJsonParseError parseError{};
    QJsonDocument document;
    QString problem;
    if (!file.open(QIODevice::ReadOnly)) {
        problem = tr("The schema %1 cannot be read: %2").arg(path, file.errorString());
    } else {
        document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            problem =
                tr("The schema %1 is not a JSON object: %2").arg(path, parseError.errorString());
    }
    auto validator = std::make_unique<JsonSchemaValidator>(document.object());
    if (!problem.isEmpty()) {
        validator->d->valid = false;
        validator->d->loadError = problem;
    }
    return validator;
}

bool JsonSchemaValidator::isValid() const
{
    return d->valid;
}

QString JsonSchemaValidator::loadError() const
{
    return d->loadError;
}

PayloadIssues JsonSchemaValidator::validate(const QJsonValue &payload) const
{
    if (!d->valid)
        return {};
    return schemaErrors(payload) + unknownFields(payload);
}

PayloadIssues JsonSchemaValidator::schemaErrors(const QJsonValue &payload) const
{
    valijson::Validator validator;
    valijson::ValidationResults results;
    const valijson::adapters::QtJsonAdapter target(payload);
    try {
        validator.validate(d->schema, target, &results);
    } catch (const std::exception &error) {
        return {{PayloadIssue::Severity::Error, JsonPath(),
                 tr("The schema check failed: %1").arg(QString::fromUtf8(error.what()))}};
    }

    const SchemaNavigator navigator(d->schemaJson);
    PayloadIssues issues;
    QSet<QString> seen;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        const QString description = QString::fromStdString(error.description);
        if (isEnclosingReport(description))
            continue;
        const JsonPath path = pathOf(error.context, payload);
        const QString message = explain(description, path, navigator.at(path));
        if (seen.contains(path.toString() + u'\n' + message))
            continue;
        seen.insert(path.toString() + u'\n' + message);
        issues.append({PayloadIssue::Severity::Error, path, message});
    }
    return issues;
}

PayloadIssues JsonSchemaValidator::unknownFields(const QJsonValue &payload) const
{
    const SchemaNavigator navigator(d->schemaJson);
    PayloadIssues issues;
    const std::function<void(const QJsonValue &, const QJsonObject &, const JsonPath &)> walk =
        [&](const QJsonValue &value, const QJsonObject &node, const JsonPath &path) {
            if (value.isObject()) {
                // Without `properties` the schema leaves the object open (a
                // map, a loose new_cluster): nothing in it is unknown.
                const bool listsFields = node.contains("properties"_L1);
                const QJsonObject object = value.toObject();
                for (auto it = object.begin(); it != object.end(); ++it) {
                    const QJsonObject child = navigator.member(node, it.key());
                    const bool known = node.value("properties"_L1).toObject().contains(it.key());
                    if (listsFields && !known &&
                        !node.value("additionalProperties"_L1).isObject()) {
                        issues.append({PayloadIssue::Severity::Warning, path.member(it.key()),
                                       tr("unknown field `%1`; Databricks may ignore or reject it")
                                           .arg(it.key())});
                        continue;
                    }
                    walk(it.value(), child, path.member(it.key()));
                }
            } else if (value.isArray()) {
                const QJsonObject items = navigator.element(node);
                const QJsonArray array = value.toArray();
                for (qsizetype i = 0; i < array.size(); ++i)
                    walk(array.at(i), items, path.element(i));
            }
        };
    walk(payload, navigator.resolve(d->schemaJson), JsonPath());
    return issues;
}

QString JsonSchemaValidator::typeText(const QJsonObject &node)
{
    static const QHash<QString, const char *> names = {
        {u"string"_s, QT_TRANSLATE_NOOP("JsonSchemaValidator", "a string")},
        {u"integer"_s, QT_TRANSLATE_NOOP("JsonSchemaValidator", "a whole number")},
        {u"number"_s, QT_TRANSLATE_NOOP("JsonSchemaValidator", "a number")},
        {u"boolean"_s, QT_TRANSLATE_NOOP("JsonSchemaValidator", "true or false")},
        {u"object"_s, QT_TRANSLATE_NOOP("JsonSchemaValidator", "an object, in { }")},
        {u"array"_s, QT_TRANSLATE_NOOP("JsonSchemaValidator", "a list, in [ ]")},
        {u"null"_s, QT_TRANSLATE_NOOP("JsonSchemaValidator", "null")},
    };
    const QJsonValue type = node.value("type"_L1);
    const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray{type};
    QStringList texts;
    for (const QJsonValue &one : types)
        texts << tr(
            names.value(one.toString(), QT_TRANSLATE_NOOP("JsonSchemaValidator", "another type")));
    return texts.join(tr(" or "));
}

QString JsonSchemaValidator::explain(const QString &description, const JsonPath &path,
                                     const QJsonObject &node)
{
    const QString name = path.isRoot() ? tr("the payload") : path.leafName();
    static const QRegularExpression required(u"^Missing required property '(.*)'\\.$"_s);
    if (const auto match = required.match(description); match.hasMatch())
        return tr("required field `%1` is missing").arg(match.captured(1));

    const auto limit = [&](const char *keyword) { return node.value(QLatin1StringView(keyword)); };
    const auto count = [&](const char *keyword) { return limit(keyword).toInt(); };

    if (description.startsWith("Failed to match against any enum values"_L1)) {
        QStringList values;
        for (const QJsonValue &value : node.value("enum"_L1).toArray())
            values << (value.isString() ? value.toString() : numberText(value));
        return tr("`%1` must be one of %2").arg(name, values.join(", "_L1));
    }
    if (description.startsWith("Value type not permitted"_L1))
        return tr("`%1` must be %2").arg(name, typeText(node));
    if (description.startsWith("Expected number less than or equal to"_L1))
        return tr("`%1` must be at most %2").arg(name, numberText(limit("maximum")));
    if (description.startsWith("Expected number less than"_L1))
        return tr("`%1` must be less than %2")
            .arg(name, numberText(node.contains("exclusiveMaximum"_L1) ? limit("exclusiveMaximum")
                                                                       : limit("maximum")));
    if (description.startsWith("Expected number greater than or equal to"_L1))
        return tr("`%1` must be at least %2").arg(name, numberText(limit("minimum")));
    if (description.startsWith("Expected number greater than"_L1))
        return tr("`%1` must be more than %2")
            .arg(name, numberText(node.contains("exclusiveMinimum"_L1) ? limit("exclusiveMinimum")
                                                                       : limit("minimum")));
    if (description.startsWith("String should be no more than"_L1))
        return tr("`%1` must be at most %n character(s) long", "", count("maxLength")).arg(name);
    if (description.startsWith("String should be no fewer than"_L1))
        return count("minLength") == 1
                   ? tr("`%1` must not be empty").arg(name)
                   : tr("`%1` must be at least %n character(s) long", "", count("minLength"))
                         .arg(name);
    if (description.startsWith("Array should contain no more than"_L1))
        return tr("`%1` can have at most %n item(s)", "", count("maxItems")).arg(name);
    if (description.startsWith("Array should contain no fewer than"_L1))
        return tr("`%1` needs at least %n item(s)", "", count("minItems")).arg(name);
    if (description.startsWith("Object should have no more than"_L1))
        return tr("`%1` can have at most %n key(s)", "", count("maxProperties")).arg(name);
    if (description.startsWith("Object should have no fewer than"_L1))
        return tr("`%1` needs at least %n key(s)", "", count("minProperties")).arg(name);
    if (description.startsWith("Failed to match regex"_L1))
        return tr("`%1` does not have the expected format").arg(name);
    if (description.contains("uniqueness constraint"_L1))
        return tr("`%1` has the same item more than once").arg(name);
    // A constraint Brickdesk's schemas do not use yet: valijson's words.
    return tr("`%1`: %2").arg(name, description);
}

} // namespace brickdesk
