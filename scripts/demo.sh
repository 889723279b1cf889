#!/usr/bin/env bash
# Quick start (a): installs what is missing, builds, and opens Brickdesk on
# the built-in demo workspace (a local emulator; no account needed).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target brickdesk
exec ./build/dev/app/brickdesk --demo "$@"
