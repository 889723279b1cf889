#!/usr/bin/env bash
# Installs the Debian 12 packages Brickdesk needs to build, test and run.
# Idempotent: does nothing when every package is already present.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6svg6-dev qt6-svg-dev qt6-charts-dev libqt6opengl6-dev libgl-dev
  qtkeychain-qt6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-qpa-plugins libqt6sql6-sqlite
  libvalijson-dev zlib1g-dev
  xvfb xauth gnome-keyring dbus dbus-x11 libsecret-tools
  fonts-dejavu-core fonts-noto-cjk
  dpkg-dev file ccache
  clang libclang-rt-14-dev
  desktop-file-utils appstream
  python3 python3-requests curl
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
