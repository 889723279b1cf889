#pragma once

#include <QByteArray>

namespace brickdesk {

// Proof Key for Code Exchange (RFC 7636), S256 only: the verifier stays in
// memory, the challenge goes to the authorize URL.
struct Pkce
{
    QByteArray verifier;  // 64 random URL-safe characters
    QByteArray challenge; // BASE64URL(SHA256(verifier)), no padding

    static Pkce generate();
    static QByteArray challengeFor(const QByteArray &verifier);
    // `length` URL-safe random characters, for verifiers and `state`.
    static QByteArray randomToken(int length);
};

} // namespace brickdesk
