#pragma once

#include "core/emulator/emulator.h"
#include "tests/support/rawhttp.h"
#include "tests/support/testworkspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace brickdesk::test {

// An emulator on a free port plus raw HTTP helpers that send the test token:
// emulator tests check bytes on the wire, not the client's interpretation.
class EmulatorFixture
{
public:
    explicit EmulatorFixture(emulator::Seed seed = emulator::Seed::Empty)
    {
        m_emulator.setAcceptedToken(QByteArray(kTestToken));
        m_emulator.seed(seed);
        if (!m_emulator.listen(0))
            qFatal("the test emulator could not listen on loopback");
    }

    emulator::Emulator &emulator() { return m_emulator; }

    QUrl url(const QString &path, const QUrlQuery &query = {}) const
    {
        QUrl url = m_emulator.url();
        url.setPath(path);
        if (!query.isEmpty())
            url.setQuery(query);
        return url;
    }

    static RawHeaders auth(RawHeaders headers = {})
    {
        headers.append({"Authorization", QByteArray("Bearer ") + kTestToken});
        return headers;
    }

    RawResponse get(const QString &path, const QUrlQuery &query = {},
                    const RawHeaders &headers = {}) const
    {
        return rawRequest("GET", url(path, query), {}, auth(headers));
    }

    RawResponse post(const QString &path, const QJsonObject &body) const
    {
        return rawRequest("POST", url(path), QJsonDocument(body).toJson(QJsonDocument::Compact),
                          auth({{"Content-Type", "application/json"}}));
    }

    RawResponse postRaw(const QString &path, const QByteArray &body, const QByteArray &contentType,
                        const QUrlQuery &query = {}) const
    {
        return rawRequest("POST", url(path, query), body, auth({{"Content-Type", contentType}}));
    }

private:
    emulator::Emulator m_emulator;
};

inline QUrlQuery query(std::initializer_list<std::pair<QString, QString>> items)
{
    QUrlQuery q;
    for (const auto &[key, value] : items)
        q.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    return q;
}

} // namespace brickdesk::test
