#include "core/payload/payloadchecker.h"

#include "core/payload/jsonformatter.h"
#include "core/payload/jsonschemavalidator.h"
#include "core/payload/jsontextlocator.h"

namespace brickdesk {

PayloadChecker::PayloadChecker(std::shared_ptr<const JsonSchemaValidator> validator,
                               std::optional<QJsonObject> original, QStringList pinnedKeys)
    : m_validator(std::move(validator))
    , m_original(std::move(original))
    , m_pinnedKeys(std::move(pinnedKeys))
{}

PayloadChecker::Result PayloadChecker::check(const QString &text) const
{
    Result result;
    JsonParseResult parsed = JsonParser::parseObject(text);
    if (!parsed.ok()) {
        result.syntaxError = parsed.error;
        return result;
    }
    result.payload = parsed.object;

    PayloadIssues issues = pinnedKeyIssues(result.payload);
    if (m_validator) {
        for (PayloadIssue &issue : m_validator->validate(result.payload)) {
            // The caller named these keys; the schema of the settings need not know them.
            const bool pinned = issue.path.segments().size() == 1 &&
                                m_pinnedKeys.contains(issue.path.topLevelKey());
            if (!(pinned && !issue.isError()))
                issues.append(std::move(issue));
        }
    }

    const JsonTextLocator locator(text);
    for (PayloadIssue &issue : issues) {
        const JsonTextLocator::Span span = locator.find(issue.path);
        issue.offset = span.start;
        issue.length = span.length;
        if (span.isValid())
            issue.position = JsonParser::positionAt(text, span.start);
    }
    std::stable_sort(issues.begin(), issues.end(), [](const auto &a, const auto &b) {
        if (a.isError() != b.isError())
            return a.isError();
        return a.offset < b.offset;
    });
    result.issues = std::move(issues);
    return result;
}

PayloadIssues PayloadChecker::pinnedKeyIssues(const QJsonObject &payload) const
{
    PayloadIssues issues;
    const QJsonObject original = m_original.value_or(QJsonObject());
    for (const QString &key : m_pinnedKeys) {
        if (payload.value(key) == original.value(key))
            continue;
        const QString message =
            original.contains(key)
                ? tr("`%1` is read-only; keep it as %2")
                      .arg(key, JsonFormatter::normalised(original.value(key)).trimmed())
                : tr("`%1` is read-only and cannot be set here").arg(key);
        issues.append({PayloadIssue::Severity::Error, JsonPath().member(key), message});
    }
    return issues;
}

} // namespace brickdesk
