#include "core/emulator/faultinjector.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

// Glob match where '*' spans any run of characters (slashes included) and
// '?' one character: enough for "/api/2.0/workspace/*" and "*".
bool globMatch(QStringView pattern, QStringView text)
{
    qsizetype p = 0, t = 0, star = -1, mark = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == u'?' || pattern[p] == text[t])) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == u'*') {
            star = p++;
            mark = t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

struct KindName
{
    FaultRule::Kind kind;
    QLatin1StringView name;
};

constexpr KindName kKinds[] = {
    {FaultRule::Kind::RateLimit, "rate-limit"_L1},    {FaultRule::Kind::Latency, "latency"_L1},
    {FaultRule::Kind::ServerError, "error"_L1},       {FaultRule::Kind::DropConnection, "drop"_L1},
    {FaultRule::Kind::MalformedBody, "malformed"_L1},
};

} // namespace

bool FaultRule::matches(const QByteArray &requestMethod, const QString &path) const
{
    if (remaining == 0)
        return false;
    if (!method.isEmpty() && method.compare(requestMethod, Qt::CaseInsensitive) != 0)
        return false;
    return globMatch(pathPattern, path);
}

int FaultInjector::addRule(const FaultRule &rule)
{
    const int id = m_nextId++;
    m_rules.append({id, rule});
    return id;
}

void FaultInjector::removeRule(int id)
{
    m_rules.removeIf([id](const Entry &entry) { return entry.id == id; });
}

void FaultInjector::clear()
{
    m_rules.clear();
}

QList<FaultRule> FaultInjector::rules() const
{
    QList<FaultRule> out;
    for (const Entry &entry : m_rules)
        out.append(entry.rule);
    return out;
}

int FaultInjector::rateLimit(const QString &pathPattern, int retryAfterSeconds, int count)
{
    FaultRule rule;
    rule.kind = FaultRule::Kind::RateLimit;
    rule.pathPattern = pathPattern;
    rule.retryAfterSeconds = retryAfterSeconds;
    rule.remaining = count;
    return addRule(rule);
}

int FaultInjector::latency(const QString &pathPattern, int ms, int count)
{
    FaultRule rule;
    rule.kind = FaultRule::Kind::Latency;
    rule.pathPattern = pathPattern;
    rule.latencyMs = ms;
    rule.remaining = count;
    return addRule(rule);
}

int FaultInjector::serverError(const QString &pathPattern, int status, int count,
                               int retryAfterSeconds)
{
    FaultRule rule;
    rule.kind = FaultRule::Kind::ServerError;
    rule.pathPattern = pathPattern;
    rule.status = status;
    rule.retryAfterSeconds = retryAfterSeconds;
    rule.remaining = count;
    return addRule(rule);
}

int FaultInjector::dropConnection(const QString &pathPattern, int count)
{
    FaultRule rule;
    rule.kind = FaultRule::Kind::DropConnection;
    rule.pathPattern = pathPattern;
    rule.remaining = count;
    return addRule(rule);
}

int FaultInjector::malformedBody(const QString &pathPattern, int count)
{
    FaultRule rule;
    rule.kind = FaultRule::Kind::MalformedBody;
    rule.pathPattern = pathPattern;
    rule.remaining = count;
    return addRule(rule);
}

FaultDecision FaultInjector::decide(const QByteArray &method, const QString &path)
{
    FaultDecision decision;
    for (Entry &entry : m_rules) {
        FaultRule &rule = entry.rule;
        if (!rule.matches(method, path))
            continue;
        if (rule.skip > 0) {
            --rule.skip;
            continue;
        }
        if (rule.kind == FaultRule::Kind::Latency) {
            decision.latencyMs += rule.latencyMs;
        } else if (!decision.fault) {
            decision.fault = rule;
        } else {
            continue; // only the first failure applies, later ones keep their counts
        }
        if (rule.remaining > 0)
            --rule.remaining;
    }
    return decision;
}

QString FaultInjector::kindName(FaultRule::Kind kind)
{
    for (const auto &entry : kKinds)
        if (entry.kind == kind)
            return entry.name;
    return {};
}

std::optional<FaultRule> FaultInjector::parse(const QString &spec, QString *error)
{
    const auto fail = [error](const QString &text) -> std::optional<FaultRule> {
        if (error)
            *error = text;
        return std::nullopt;
    };
    const QStringList parts = spec.split(u':');
    if (parts.size() < 2 || parts[1].isEmpty())
        return fail(
            QCoreApplication::translate(
                "FaultInjector", "Fault \"%1\" must look like <kind>:<path-pattern>[:key=value]...")
                .arg(spec));

    FaultRule rule;
    bool knownKind = false;
    for (const auto &entry : kKinds) {
        if (parts[0] == entry.name) {
            rule.kind = entry.kind;
            knownKind = true;
        }
    }
    if (!knownKind)
        return fail(QCoreApplication::translate("FaultInjector",
                                                "Unknown fault kind \"%1\" (expected rate-limit, "
                                                "latency, error, drop or malformed).")
                        .arg(parts[0]));
    rule.pathPattern = parts[1];

    bool sawMs = false;
    for (qsizetype i = 2; i < parts.size(); ++i) {
        const QString key = parts[i].section(u'=', 0, 0);
        const QString value = parts[i].section(u'=', 1);
        if (!parts[i].contains(u'=') || value.isEmpty())
            return fail(QCoreApplication::translate("FaultInjector",
                                                    "Fault option \"%1\" must look like key=value.")
                            .arg(parts[i]));
        if (key == "method"_L1) {
            rule.method = value.toUpper().toLatin1();
            continue;
        }
        if (key == "mode"_L1 && rule.kind == FaultRule::Kind::DropConnection) {
            if (value != "abort"_L1 && value != "mid-body"_L1)
                return fail(QCoreApplication::translate(
                                "FaultInjector", "Drop mode must be abort or mid-body, not %1.")
                                .arg(value));
            rule.abortBeforeAnswer = value == "abort"_L1;
            continue;
        }
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || number < 0)
            return fail(QCoreApplication::translate(
                            "FaultInjector", "Fault option \"%1\" needs a non-negative integer.")
                            .arg(parts[i]));
        if (key == "count"_L1) {
            if (number == 0)
                return fail(QCoreApplication::translate(
                    "FaultInjector", "Fault option \"count\" must be at least 1."));
            rule.remaining = number;
        } else if (key == "skip"_L1) {
            rule.skip = number;
        } else if (key == "retry-after"_L1 && (rule.kind == FaultRule::Kind::RateLimit ||
                                               rule.kind == FaultRule::Kind::ServerError)) {
            rule.retryAfterSeconds = number;
        } else if (key == "ms"_L1 && rule.kind == FaultRule::Kind::Latency) {
            rule.latencyMs = number;
            sawMs = true;
        } else if (key == "status"_L1 && rule.kind == FaultRule::Kind::ServerError) {
            if (number < 500 || number > 599)
                return fail(
                    QCoreApplication::translate(
                        "FaultInjector", "Fault option \"status\" must be a 5xx status, not %1.")
                        .arg(number));
            rule.status = number;
        } else {
            return fail(QCoreApplication::translate(
                            "FaultInjector", "Fault option \"%1\" does not apply to %2 faults.")
                            .arg(key, parts[0]));
        }
    }
    if (rule.kind == FaultRule::Kind::Latency && !sawMs)
        return fail(
            QCoreApplication::translate("FaultInjector", "Latency faults need ms=<milliseconds>."));
    // A server error sends Retry-After only when asked for explicitly.
    if (rule.kind == FaultRule::Kind::ServerError && !spec.contains("retry-after="_L1))
        rule.retryAfterSeconds = 0;
    return rule;
}

} // namespace brickdesk::emulator
