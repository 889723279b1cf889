#!/usr/bin/env bash
# Quick start (b): installs what is missing, builds with warnings as errors,
# and runs the whole test suite twice: once as shipped (GCC), once built by
# clang with AddressSanitizer and UndefinedBehaviorSanitizer, which also runs
# the fuzz targets' corpus replay and a short bounded fuzzing run.
#
# One suite only:  BRICKDESK_SUITES=ci bash scripts/test.sh
#                  BRICKDESK_SUITES=sanitize bash scripts/test.sh
# Arguments go to ctest, e.g. `bash scripts/test.sh -R dbfs`.
#
# GUI tests run offscreen; keychain tests get a private D-Bus session with an
# unlocked gnome-keyring, as on a desktop.
set -euo pipefail
cd "$(dirname "$0")/.."

suites=${BRICKDESK_SUITES:-ci sanitize}

bash scripts/install-deps.sh
for suite in $suites; do
  cmake --preset "$suite" >/dev/null
  cmake --build --preset "$suite"
done

export QT_QPA_PLATFORM=offscreen
# A throwaway keyring: its own data dir, so a login keyring left on the
# machine (with another password) is never touched or needed.
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home"
dbus-run-session -- bash -c '
  set -uo pipefail
  eval "$(printf "brickdesk-test\n" | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
  export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
  export BRICKDESK_REQUIRE_KEYCHAIN=1
  status=0
  for suite in '"$suites"'; do
    echo "== test suite: $suite"
    ctest --preset "$suite" "$@" || status=1
  done
  exit $status
' bash "$@"
