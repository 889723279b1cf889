#pragma once

#include <QByteArray>

namespace brickdesk::test {

// Every file under the test's home and config folders, read whole, so a test
// can prove a secret it used was never written to disk. The keyring files
// (the keychain itself, encrypted) are left out.
QByteArray everythingOnDisk();

} // namespace brickdesk::test
