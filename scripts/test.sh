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
exec dbus-run-session -- bash -c '
  set -euo pipefail
  # The keyring password only unlocks a throwaway keyring of this session.
  eval "$(printf "brickdesk-test\n" | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
  export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
  export BRICKDESK_REQUIRE_KEYCHAIN=1
  ctest --preset ci "$@"
' bash "$@"
