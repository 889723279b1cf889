#!/usr/bin/env bash
# Packaging checked like the rest of the suite.
#   check_package.sh installed <build-dir> <scratch-dir>
#     `cmake --install` into a scratch root; the installed desktop entry and
#     AppStream metadata pass desktop-file-validate and appstreamcli (strict).
#   check_package.sh deb <build-dir> <scratch-dir>
#     builds the .deb with CPack, extracts it into a scratch root with
#     dpkg-deb -x (a file-level install: `dpkg --root` would also need a whole
#     dpkg database and the dependencies inside that root), and checks its
#     file list, its control fields and its dependencies.
set -euo pipefail
mode=$1 build=$2 scratch=$3
app_id=dev.brickdesk.Brickdesk
fail() { echo "FAIL: $*" >&2; exit 1; }

rm -rf "$scratch"
mkdir -p "$scratch"

validate_desktop_files() {
  local root=$1
  local desktop=$root/usr/share/applications/$app_id.desktop
  local metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
  [ -f "$desktop" ] || fail "no desktop entry at $desktop"
  [ -f "$metainfo" ] || fail "no AppStream metadata at $metainfo"
  desktop-file-validate "$desktop" || fail "desktop-file-validate refused $desktop"
  # --strict: anything above a pedantic hint fails; --no-net: CI has no network.
  appstreamcli validate --no-net --strict "$metainfo" || fail "appstreamcli refused $metainfo"
  # Every Exec line runs brickdesk with options it takes (only --demo) and no
  # field codes (%U, %f ...): it opens no files or URLs.
  while IFS= read -r exec_line; do
    case "$exec_line" in
      "Exec=brickdesk" | "Exec=brickdesk --demo") ;;
      *) fail "unexpected $exec_line" ;;
    esac
  done < <(grep '^Exec=' "$desktop")
  # No homepage is named that does not exist (the project has none yet).
  ! grep -q '<url' "$metainfo" || fail "the metadata names a URL"
}

case "$mode" in
installed)
  DESTDIR=$scratch/root cmake --install "$build" --prefix /usr > "$scratch/install.log"
  validate_desktop_files "$scratch/root"
  echo "installed desktop entry and metadata validate"
  ;;
deb)
  (cd "$build" && cpack -G DEB -B "$scratch" > "$scratch/cpack.log") ||
    { cat "$scratch/cpack.log"; fail "cpack failed"; }
  deb=$(ls "$scratch"/*.deb)
  [ "$(echo "$deb" | wc -l)" -eq 1 ] || fail "expected one .deb, got: $deb"
  dpkg-deb -x "$deb" "$scratch/root"
  dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|; s|/$||' | grep -v '^$' |
    sort > "$scratch/files.txt"

  expected=(/usr/bin/brickdesk /usr/bin/brickdesk-emulator
            /usr/share/applications/$app_id.desktop
            /usr/share/metainfo/$app_id.metainfo.xml
            /usr/share/icons/hicolor/scalable/apps/$app_id.svg)
  for size in 16 32 48 64 128 256 512; do
    expected+=(/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png)
  done
  for file in "${expected[@]}"; do
    grep -qx "$file" "$scratch/files.txt" || fail "the package lacks $file"
  done
  # Nothing else but the folders on the way to those files (and the
  # Debian changelog/copyright CPack may add under /usr/share/doc).
  while IFS= read -r file; do
    [ -d "$scratch/root$file" ] && continue
    printf '%s\n' "${expected[@]}" | grep -qx "$file" && continue
    case "$file" in /usr/share/doc/brickdesk/*) continue ;; esac
    fail "unexpected file in the package: $file"
  done < "$scratch/files.txt"
  for binary in brickdesk brickdesk-emulator; do
    file "$scratch/root/usr/bin/$binary" | grep -q 'ELF 64-bit LSB' ||
      fail "/usr/bin/$binary is not an executable"
    [ -x "$scratch/root/usr/bin/$binary" ] || fail "/usr/bin/$binary is not executable"
  done

  [ "$(dpkg-deb -f "$deb" Package)" = brickdesk ] || fail "package name"
  [ -z "$(dpkg-deb -f "$deb" Homepage)" ] || fail "the package names a homepage"
  depends=$(dpkg-deb -f "$deb" Depends)
  echo "Depends: $depends"
  # shlibdeps ran (the Qt and keychain libraries the binaries link), and the
  # plugins that are loaded at run time, which it cannot see, are named.
  for dependency in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6svg6 \
                    libqt6charts6 libqt6keychain1 qt6-qpa-plugins libc6; do
    echo "$depends" | grep -qE "(^|[ ,])$dependency([ ,(]|$)" ||
      fail "Depends lacks $dependency"
  done
  validate_desktop_files "$scratch/root"
  echo "package $(basename "$deb"): $(wc -l < "$scratch/files.txt") entries, dependencies complete"
  ;;
*)
  fail "unknown mode $mode"
  ;;
esac
