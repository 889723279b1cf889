#include "core/auth/pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace brickdesk {

QByteArray Pkce::randomToken(int length)
{
    static constexpr char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    QByteArray token(length, Qt::Uninitialized);
    auto *random = QRandomGenerator::system(); // cryptographically secure
    for (char &c : token)
        c = alphabet[random->bounded(int(sizeof(alphabet) - 1))];
    return token;
}

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Pkce Pkce::generate()
{
    Pkce pkce;
    pkce.verifier = randomToken(64);
    pkce.challenge = challengeFor(pkce.verifier);
    return pkce;
}

} // namespace brickdesk
