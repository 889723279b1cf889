#!/usr/bin/env bash
# Packaging checked like the rest of the suite.
#   check_package.sh installed <build-dir> <scratch-dir>
#     `cmake --install` into a scratch root; the installed desktop entry and
#     AppStream metadata pass desktop-file-validate and appstreamcli (strict),
#     and every Exec line passes only options the installed brickdesk takes.
#   check_package.sh deb <build-dir> <scratch-dir>
#     builds the .deb with CPack, extracts it into a scratch root with
#     dpkg-deb -x (a file-level install: `dpkg --root` would also need a whole
#     dpkg database and the dependencies inside that root), and checks its
#     file list, its control fields and its dependencies, then the same
#     desktop entry and metadata checks on the extracted files.
set -euo pipefail
mode=$1 build=$2 scratch=$3
app_id=dev.brickdesk.Brickdesk
fail() { echo "FAIL: $*" >&2; exit 1; }

rm -rf "$scratch"
mkdir -p "$scratch/home"
# brickdesk --help below: no display, and nothing written to the real home.
export QT_QPA_PLATFORM=offscreen HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/.config

# A value CPack was configured with, read from <build>/CPackConfig.cmake.
cpack_value() {
  sed -n "s/^set($1 \"\(.*\)\")\$/\1/p" "$build/CPackConfig.cmake"
}

validate_desktop_files() {
  local root=$1
  local desktop=$root/usr/share/applications/$app_id.desktop
  local metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
  [ -f "$desktop" ] || fail "no desktop entry at $desktop"
  [ -f "$metainfo" ] || fail "no AppStream metadata at $metainfo"
  desktop-file-validate "$desktop" || fail "desktop-file-validate refused $desktop"
  # --strict: anything above a pedantic hint fails; --no-net: CI has no network.
  appstreamcli validate --no-net --strict "$metainfo" || fail "appstreamcli refused $metainfo"

  # Every Exec line runs brickdesk with options the installed program lists
  # in --help, and nothing else: it takes no positional arguments (its usage
  # line says so, checked too), so no field codes (%U, %f ...) either.
  local help
  help=$("$root/usr/bin/brickdesk" --help) || fail "brickdesk --help failed"
  echo "$help" | grep -qE '^Usage: .*brickdesk \[options\]$' ||
    fail "brickdesk's usage changed (positional arguments?): $(echo "$help" | head -1)"
  local exec_line program argument
  while IFS= read -r exec_line; do
    read -r -a words <<< "${exec_line#Exec=}"
    program=${words[0]:-}
    [ "$program" = brickdesk ] || fail "$exec_line: runs ${program:-nothing}, not brickdesk"
    for argument in "${words[@]:1}"; do
      case "$argument" in
        --*) echo "$help" | grep -qE "^ +(-[a-z], )?$argument( |\$)" ||
               fail "$exec_line: brickdesk takes no option $argument" ;;
        *) fail "$exec_line: brickdesk takes no argument $argument" ;;
      esac
    done
  done < <(grep '^Exec=' "$desktop")
  grep -q '^Exec=' "$desktop" || fail "the desktop entry has no Exec line"

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
  dpkg-deb --fsys-tarfile "$deb" | tar -t | sed 's|^\./|/|; s|/$||' | grep -v '^$' |
    sort > "$scratch/files.txt"

  expected=(/usr/bin/brickdesk /usr/bin/brickdesk-emulator
            /usr/share/applications/$app_id.desktop
            /usr/share/metainfo/$app_id.metainfo.xml
            /usr/share/icons/hicolor/scalable/apps/$app_id.svg)
  icon_sizes=(16 32 48 64 128 256 512)
  for size in "${icon_sizes[@]}"; do
    expected+=(/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png)
  done
  for file in "${expected[@]}"; do
    grep -qx "$file" "$scratch/files.txt" || fail "the package lacks $file"
  done
  # Nothing else (no headers, libraries, test or benchmark binaries, .qm
  # files: the translations are compiled into brickdesk), and no folder but
  # those on the way to the files above.
  for file in "${expected[@]}"; do
    while [ "$file" != /usr ]; do echo "$file"; file=${file%/*}; done
  done | sort -u > "$scratch/allowed.txt"
  echo /usr >> "$scratch/allowed.txt"
  unexpected=$(grep -vxF -f "$scratch/allowed.txt" "$scratch/files.txt" || true)
  [ -z "$unexpected" ] || fail "unexpected in the package:"$'\n'"$unexpected"
  for binary in brickdesk brickdesk-emulator; do
    file "$scratch/root/usr/bin/$binary" | grep -q 'ELF 64-bit LSB' ||
      fail "/usr/bin/$binary is not an executable"
    [ -x "$scratch/root/usr/bin/$binary" ] || fail "/usr/bin/$binary is not executable"
  done
  for size in "${icon_sizes[@]}"; do
    icon=$scratch/root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    file "$icon" | grep -q "PNG image data, $size x $size," ||
      fail "${size}x${size} icon is not a ${size}px PNG: $(file -b "$icon")"
  done

  [ "$(dpkg-deb -f "$deb" Package)" = brickdesk ] || fail "package name"
  [ "$(dpkg-deb -f "$deb" Version)" = "$(cpack_value CPACK_PACKAGE_VERSION)" ] ||
    fail "package version $(dpkg-deb -f "$deb" Version)"
  [ -z "$(dpkg-deb -f "$deb" Homepage)" ] || fail "the package names a homepage"
  depends=$(dpkg-deb -f "$deb" Depends)
  echo "Depends: $depends"
  has_dependency() { echo "$depends" | grep -qE "(^|[ ,])$1([ ,(]|\$)"; }
  # The packages loaded as plugins, which shlibdeps cannot see, as CMake
  # lists them in CPACK_DEBIAN_PACKAGE_DEPENDS.
  plugins=$(cpack_value CPACK_DEBIAN_PACKAGE_DEPENDS | tr ',' ' ')
  [ -n "$plugins" ] || fail "no CPACK_DEBIAN_PACKAGE_DEPENDS in $build/CPackConfig.cmake"
  for dependency in $plugins; do
    has_dependency "$dependency" || fail "Depends lacks $dependency (CPACK_DEBIAN_PACKAGE_DEPENDS)"
  done
  # shlibdeps ran: the libraries the binaries link, with the versions
  # dpkg-shlibdeps puts on them (nobody writes those by hand here).
  for dependency in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6charts6 \
                    libqt6keychain1 libc6; do
    echo "$depends" | grep -qE "(^|[ ,])$dependency \(>= [^)]+\)" ||
      fail "Depends lacks $dependency with a version (did shlibdeps run?)"
  done
  validate_desktop_files "$scratch/root"
  echo "package $(basename "$deb"): $(wc -l < "$scratch/files.txt") entries, dependencies complete"
  ;;
*)
  fail "unknown mode $mode"
  ;;
esac
