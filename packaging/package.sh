#!/usr/bin/env bash
# Builds Dynamo Desk's native packages with jpackage, from the app that `mvn package` lays out in
# target/app, with a Java runtime trimmed to the modules jdeps finds (plus TLS and charsets).
#
#   packaging/package.sh [TYPE...]    TYPE: app-image, deb, rpm (Linux); msi, exe (Windows); dmg, pkg (macOS)
#                                     default: app-image and the system's usual installer
# Output in target/packages/. Each system builds its own packages (JavaFX's jars are per system):
# Linux needs dpkg-deb and fakeroot for .deb; Windows needs WiX Toolset 3 on the PATH for .msi and
# Git Bash to run this script; macOS needs Xcode's command-line tools (iconutil).
set -euo pipefail
cd "$(dirname "$0")/.."

[[ -f target/app/dynamodesk.jar ]] || mvn -B -q package -DskipTests
command -v jpackage >/dev/null || { echo "package.sh: jpackage not found: use a JDK 17 or newer" >&2; exit 1; }

version=$(unzip -p target/app/dynamodesk.jar META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *\([0-9.]*\).*/\1/p' | tr -d '\r')
[[ -n $version ]] || { echo "package.sh: no version in the jar's manifest" >&2; exit 1; }

case "$(uname -s)" in
  Linux) system=linux; default_types=(app-image deb) ;;
  Darwin) system=macos; default_types=(app-image dmg) ;;
  MINGW*|MSYS*|CYGWIN*) system=windows; default_types=(app-image msi) ;;
  *) echo "package.sh: unknown system $(uname -s)" >&2; exit 1 ;;
esac
types=("$@")
(( ${#types[@]} )) || types=("${default_types[@]}")

# The modules the app and its libraries use, and what jdeps cannot see: TLS with elliptic curves
# (AWS endpoints), extra charsets, JNDI (Logback, Jetty) and the zip file system.
modules=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps \
  --class-path "target/app/lib/*" target/app/dynamodesk.jar)
modules="$modules,jdk.crypto.ec,jdk.charsets,java.naming,jdk.zipfs"
echo "package.sh: version $version, modules $modules"

out=target/packages
rm -rf "$out" && mkdir -p "$out"
common=(--name dynamodesk --app-version "$version" --vendor "Dynamo Desk"
  --description "Desktop client for Amazon DynamoDB and DynamoDB Local"
  --copyright "Dynamo Desk contributors"
  --input target/app --main-jar dynamodesk.jar --main-class dev.dynamodesk.Main
  --add-modules "$modules" --jlink-options "--strip-debug --no-header-files --no-man-pages --compress=2"
  --java-options "-Dfile.encoding=UTF-8" --dest "$out")
case $system in
  linux) common+=(--icon packaging/icons/dynamodesk.png) ;;
  windows) common+=(--icon packaging/icons/dynamodesk.ico) ;;
  macos)
    iconset=target/dynamodesk.iconset; mkdir -p "$iconset"
    for size in 16 32 64 128 256 512; do cp "packaging/icons/dynamodesk-$size.png" "$iconset/icon_${size}x${size}.png"; done
    iconutil -c icns "$iconset" -o target/dynamodesk.icns
    common+=(--icon target/dynamodesk.icns) ;;
esac

for type in "${types[@]}"; do
  args=(--type "$type" "${common[@]}")
  case $type in
    deb|rpm) args+=(--resource-dir packaging/linux --linux-package-name dynamodesk --linux-app-category devel
        --linux-menu-group "Development" --linux-shortcut --linux-deb-maintainer "dynamodesk@users.noreply.github.com"
        --linux-package-deps libgtk-3-0) ;;
    msi|exe) args+=(--win-menu --win-menu-group "Dynamo Desk" --win-shortcut --win-dir-chooser
        --win-upgrade-uuid 5e0f5b0e-4c7e-4b8e-9a57-3f3bde1b7a51
        --add-launcher dynamodesk-cli=packaging/windows/dynamodesk-cli.properties) ;;
    dmg|pkg) args+=(--mac-package-name "Dynamo Desk" --mac-package-identifier dev.dynamodesk) ;;
  esac
  echo "package.sh: building $type"
  jpackage "${args[@]}"
done
ls -l "$out"
