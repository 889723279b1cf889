#!/usr/bin/env bash
# Quick start (b): installs what is missing, builds with warnings as errors,
# and runs the whole test suite. GUI tests run offscreen; keychain tests get a
# private D-Bus session with an unlocked gnome-keyring, as on a desktop.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci

export QT_QPA_PLATFORM=offscreen
# A throwaway keyring: its own data dir, so a login keyring left on the
# machine (with another password) is never touched or needed.
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home"
dbus-run-session -- bash -c '
  set -euo pipefail
  eval "$(printf "brickdesk-test\n" | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
  export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
  export BRICKDESK_REQUIRE_KEYCHAIN=1
  ctest --preset ci "$@"
' bash "$@"
