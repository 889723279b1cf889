#include "core/jobs/jobparameters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace brickdesk {

JobParameterGroup::JobParameterGroup(QString field, Shape shape, bool namesFixed)
    : m_field(std::move(field))
    , m_shape(shape)
    , m_namesFixed(namesFixed)
{}

void JobParameterGroup::addFromJob(const QString &name, const QString &defaultValue)
{
    parameters.append({name, defaultValue, defaultValue, true});
    if (m_shape == Shape::Positional)
        m_jobValues.append(defaultValue);
}

bool JobParameterGroup::isLegacy() const
{
    return m_field != "job_parameters"_L1;
}

QString JobParameterGroup::title() const
{
    if (m_field == "job_parameters"_L1)
        return tr("Job parameters");
    if (m_field == "notebook_params"_L1)
        return tr("Notebook parameters (notebook_params)");
    if (m_field == "python_params"_L1)
        return tr("Python arguments (python_params)");
    if (m_field == "python_named_params"_L1)
        return tr("Python wheel named parameters (python_named_params)");
    if (m_field == "jar_params"_L1)
        return tr("JAR arguments (jar_params)");
    if (m_field == "spark_submit_params"_L1)
        return tr("spark-submit arguments (spark_submit_params)");
    if (m_field == "sql_params"_L1)
        return tr("SQL parameters (sql_params)");
    return m_field;
}

QJsonValue JobParameterGroup::valuesJson() const
{
    if (m_shape == Shape::Positional) {
        QJsonArray list;
        for (const JobParameter &p : parameters)
            list.append(p.value);
        return list;
    }
    QJsonObject map;
    for (const JobParameter &p : parameters)
        map.insert(p.name, p.value);
    return map;
}

QJsonValue JobParameterGroup::overridesJson() const
{
    if (m_shape == Shape::Positional) {
        QStringList values;
        for (const JobParameter &p : parameters)
            values.append(p.value);
        return values != m_jobValues ? valuesJson() : QJsonValue(QJsonValue::Undefined);
    }
    QJsonObject map;
    for (const JobParameter &p : parameters) {
        if (!p.fromJob || p.value != p.defaultValue)
            map.insert(p.name, p.value);
    }
    return map.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(map);
}

QString JobParameterGroup::problem(const QJsonValue &json) const
{
    if (m_shape == Shape::Named) {
        QSet<QString> seen;
        for (qsizetype i = 0; i < parameters.size(); ++i) {
            const QString name = parameters.at(i).name.trimmed();
            if (name.isEmpty())
                return tr("%1: parameter %2 has no name.").arg(title()).arg(i + 1);
            if (seen.contains(name))
                return tr("%1: “%2” is given twice; each name may appear once.").arg(title(), name);
            seen.insert(name);
        }
    }
    if (isLegacy() && (json.isObject() || json.isArray())) {
        const qsizetype bytes =
            (json.isObject() ? QJsonDocument(json.toObject()) : QJsonDocument(json.toArray()))
                .toJson(QJsonDocument::Compact)
                .size();
        if (bytes > kMaxLegacyJsonBytes)
            return tr("%1 would be %2 bytes of JSON; the Jobs API accepts at most %3.")
                .arg(title(), QLocale().toString(bytes), QLocale().toString(kMaxLegacyJsonBytes));
    }
    return {};
}

} // namespace brickdesk
