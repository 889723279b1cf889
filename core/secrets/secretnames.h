#pragma once

#include <QString>

namespace brickdesk {

// The documented name rules, checked while the user types. The server has
// the last word (older workspaces are looser), so these only catch what no
// workspace accepts. Each returns what is wrong, empty when the name is fine.
namespace SecretNames {

constexpr int kMaxLength = 128;
// The largest value put accepts: 128 KB.
constexpr qsizetype kMaxValueBytes = 128 * 1024;
// Keys per scope.
constexpr int kMaxKeysPerScope = 1000;

// Letters, digits, '-', '_', '.' and '@'; at most 128 characters.
QString scopeNameProblem(const QString &name);
// Letters, digits, '-', '_' and '.'; at most 128 characters.
QString keyNameProblem(const QString &name);

} // namespace SecretNames

} // namespace brickdesk
