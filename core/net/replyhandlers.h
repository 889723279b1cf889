#pragma once

#include "core/net/apiclient.h"
#include "core/net/apireply.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>

#include <optional>
#include <type_traits>
#include <utility>

namespace brickdesk {

// Adapters from one ApiReply to the typed callbacks services hand out, so a
// service method is its request plus one of these, and no caller ever sees
// raw JSON. Each callback gets the error (or none) and, on failure, a
// default-constructed value.

// For calls whose answer carries nothing: done(error).
template <typename Done> ReplyHandler noBody(Done done)
{
    return [done = std::move(done)](const ApiReply &reply) { done(reply.optionalError()); };
}

// For calls that answer one object: done(error, parse(json)).
template <typename Parse, typename Done> ReplyHandler oneObject(Parse parse, Done done)
{
    return [parse = std::move(parse), done = std::move(done)](const ApiReply &reply) {
        using Value = std::invoke_result_t<Parse, const QJsonObject &>;
        done(reply.optionalError(), reply.ok() ? parse(reply.json()) : Value());
    };
}

// For calls whose answer the caller reads as it is: done(error, json).
template <typename Done> ReplyHandler wholeObject(Done done)
{
    return oneObject([](const QJsonObject &json) { return json; }, std::move(done));
}

// For calls that answer a list in `field`: done(error, items). A missing
// field is an empty list: the API leaves an empty array out ({}).
template <typename Parse, typename Done>
ReplyHandler listOf(QLatin1StringView field, Parse parse, Done done)
{
    return [field, parse = std::move(parse), done = std::move(done)](const ApiReply &reply) {
        using Value = std::invoke_result_t<Parse, const QJsonObject &>;
        QList<Value> items;
        if (reply.ok()) {
            const QJsonArray array = reply.json().value(field).toArray();
            items.reserve(array.size());
            for (const QJsonValue &value : array)
                items.append(parse(value.toObject()));
        }
        done(reply.optionalError(), items);
    };
}

} // namespace brickdesk
