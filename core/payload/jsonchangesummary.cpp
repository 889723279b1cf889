#include "core/payload/jsonchangesummary.h"

#include "core/payload/jsonpath.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

QString memberPath(const QString &path, const QString &key)
{
    const QString member = JsonPath().member(key).toString();
    return path.isEmpty() || member.startsWith(u'[') ? path + member : path + u'.' + member;
}

// The field that names every item of a list of objects, uniquely; empty
// when there is none.
QString namingField(const QJsonArray &before, const QJsonArray &after)
{
    static const QStringList candidates = {u"task_key"_s, u"job_cluster_key"_s,
                                           u"environment_key"_s, u"name"_s};
    for (const QString &field : candidates) {
        QSet<QString> inBefore;
        QSet<QString> inAfter;
        const auto names = [&field](const QJsonArray &array, QSet<QString> &seen) {
            for (const QJsonValue &item : array) {
                const QJsonValue name = item.toObject().value(field);
                if (!name.isString() || seen.contains(name.toString()))
                    return false;
                seen.insert(name.toString());
            }
            return true;
        };
        if (names(before, inBefore) && names(after, inAfter) &&
            !(before.isEmpty() && after.isEmpty()))
            return field;
    }
    return {};
}

QJsonObject itemNamed(const QJsonArray &array, const QString &field, const QString &name)
{
    for (const QJsonValue &item : array) {
        if (item.toObject().value(field).toString() == name)
            return item.toObject();
    }
    return {};
}

} // namespace

JsonChangeSummary JsonChangeSummary::between(const QJsonValue &before, const QJsonValue &after)
{
    JsonChangeSummary summary;
    summary.compare(before, after, QString());
    return summary;
}

void JsonChangeSummary::compare(const QJsonValue &before, const QJsonValue &after,
                                const QString &path)
{
    if (before == after)
        return;
    if (before.isObject() && after.isObject())
        compareObjects(before.toObject(), after.toObject(), path);
    else if (before.isArray() && after.isArray())
        compareArrays(before.toArray(), after.toArray(), path);
    else
        changed << path;
}

void JsonChangeSummary::compareObjects(const QJsonObject &before, const QJsonObject &after,
                                       const QString &path)
{
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!after.contains(it.key()))
            removed << memberPath(path, it.key());
        else
            compare(it.value(), after.value(it.key()), memberPath(path, it.key()));
    }
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (!before.contains(it.key()))
            added << memberPath(path, it.key());
    }
}

void JsonChangeSummary::compareArrays(const QJsonArray &before, const QJsonArray &after,
                                      const QString &path)
{
    const QString field = namingField(before, after);
    if (field.isEmpty()) {
        if (before.size() != after.size()) {
            changed << path;
            return;
        }
        for (qsizetype i = 0; i < before.size(); ++i)
            compare(before.at(i), after.at(i), path + u'[' + QString::number(i) + u']');
        return;
    }
    const auto itemPath = [&](const QJsonValue &item) {
        return path + u'[' + item.toObject().value(field).toString() + u']';
    };
    for (const QJsonValue &item : before) {
        const QString name = item.toObject().value(field).toString();
        const QJsonObject counterpart = itemNamed(after, field, name);
        if (counterpart.isEmpty())
            removed << itemPath(item);
        else
            compare(item, counterpart, itemPath(item));
    }
    for (const QJsonValue &item : after) {
        if (itemNamed(before, field, item.toObject().value(field).toString()).isEmpty())
            added << itemPath(item);
    }
}

QString JsonChangeSummary::text() const
{
    if (isEmpty())
        return tr("no changes");
    QStringList parts;
    if (!changed.isEmpty())
        parts << tr("changed: %1").arg(changed.join(", "_L1));
    if (!added.isEmpty())
        parts << tr("added: %1").arg(added.join(", "_L1));
    if (!removed.isEmpty())
        parts << tr("removed: %1").arg(removed.join(", "_L1));
    return parts.join("; "_L1);
}

} // namespace brickdesk
