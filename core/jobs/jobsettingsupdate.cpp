#include "core/jobs/jobsettingsupdate.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// The arrays update merges by key, and each one's key field.
struct KeyedArray
{
    QLatin1StringView field;
    QLatin1StringView key;
};
constexpr KeyedArray kKeyedArrays[] = {{"tasks"_L1, "task_key"_L1},
                                       {"job_clusters"_L1, "job_cluster_key"_L1}};

const KeyedArray *keyedArray(const QString &field)
{
    for (const KeyedArray &array : kKeyedArrays)
        if (field == array.field)
            return &array;
    return nullptr;
}

// Entries by key, in their order; entries without a key are not mergeable.
QList<QPair<QString, QJsonObject>> byKey(const QJsonArray &array, QLatin1StringView key,
                                         bool *allKeyed)
{
    QList<QPair<QString, QJsonObject>> out;
    *allKeyed = true;
    for (const QJsonValue &value : array) {
        const QJsonObject entry = value.toObject();
        const QString k = entry.value(key).toString();
        *allKeyed = *allKeyed && !k.isEmpty();
        out.append({k, entry});
    }
    return out;
}

} // namespace

JobSettingsUpdate JobSettingsUpdate::between(const QJsonObject &original, const QJsonObject &edited)
{
    JobSettingsUpdate update;
    for (auto it = original.begin(); it != original.end(); ++it)
        if (!edited.contains(it.key()))
            update.fieldsToRemove.append(it.key());

    for (auto it = edited.begin(); it != edited.end(); ++it) {
        const QJsonValue before = original.value(it.key());
        if (before == it.value())
            continue;
        const KeyedArray *array = keyedArray(it.key());
        if (!array || !before.isArray() || !it.value().isArray()) {
            update.newSettings.insert(it.key(), it.value());
            continue;
        }
        bool oldKeyed = false, newKeyed = false;
        const auto oldEntries = byKey(before.toArray(), array->key, &oldKeyed);
        const auto newEntries = byKey(it.value().toArray(), array->key, &newKeyed);
        if (!oldKeyed || !newKeyed) {
            // Without keys nothing merges: send the whole array.
            update.newSettings.insert(it.key(), it.value());
            continue;
        }
        QMap<QString, QJsonObject> oldByKey;
        for (const auto &[key, entry] : oldEntries)
            oldByKey.insert(key, entry);
        QJsonArray changed;
        QSet<QString> kept;
        for (const auto &[key, entry] : newEntries) {
            kept.insert(key);
            if (oldByKey.value(key) != entry)
                changed.append(entry);
        }
        for (const auto &[key, entry] : oldEntries)
            if (!kept.contains(key))
                update.fieldsToRemove.append(QString(array->field) + u'/' + key);
        if (!changed.isEmpty())
            update.newSettings.insert(it.key(), changed);
    }
    return update;
}

QJsonObject JobSettingsUpdate::apply(const QJsonObject &original, const JobSettingsUpdate &update)
{
    QJsonObject result = original;
    for (const QString &field : update.fieldsToRemove) {
        const qsizetype slash = field.indexOf(u'/');
        if (slash < 0) {
            result.remove(field);
            continue;
        }
        const QString arrayName = field.left(slash);
        const KeyedArray *array = keyedArray(arrayName);
        if (!array)
            continue;
        QJsonArray kept;
        for (const QJsonValue &value : result.value(arrayName).toArray())
            if (value.toObject().value(array->key).toString() != field.mid(slash + 1))
                kept.append(value);
        result.insert(arrayName, kept);
    }
    for (auto it = update.newSettings.begin(); it != update.newSettings.end(); ++it) {
        const KeyedArray *array = keyedArray(it.key());
        if (!array) {
            result.insert(it.key(), it.value());
            continue;
        }
        QJsonArray merged = result.value(it.key()).toArray();
        for (const QJsonValue &value : it.value().toArray()) {
            const QString key = value.toObject().value(array->key).toString();
            bool replaced = false;
            for (qsizetype i = 0; i < merged.size() && !replaced; ++i)
                if (merged.at(i).toObject().value(array->key).toString() == key) {
                    merged.replace(i, value);
                    replaced = true;
                }
            if (!replaced)
                merged.append(value);
        }
        result.insert(it.key(), merged);
    }
    return result;
}

} // namespace brickdesk
