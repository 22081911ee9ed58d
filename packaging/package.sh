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

# The app as packaged: target/app, except that DynamoDB Local's jar loses the Class-Path of its
# manifest ('.' and a DynamoDBLocal_lib folder that is not there). A folder on the class path
# keeps the JVM from using a class data archive, which makes the packaged app start in half the time.
input=target/package-input
rm -rf "$input" && cp -r target/app "$input"
for local_jar in "$input"/lib/DynamoDBLocal-*.jar; do
  unpacked=$(mktemp -d)
  (cd "$unpacked" && jar xf "$OLDPWD/$local_jar")
  awk 'BEGIN{skip=0} /^Class-Path:/{skip=1; next} skip && /^ /{next} {skip=0; print}' \
    "$unpacked/META-INF/MANIFEST.MF" > "$unpacked/MANIFEST.MF"
  rm "$unpacked/META-INF/MANIFEST.MF"
  jar --create --file "$local_jar" --manifest "$unpacked/MANIFEST.MF" -C "$unpacked" .
  rm -rf "$unpacked"
done

common=(--name dynamodesk --app-version "$version" --vendor "Dynamo Desk"
  --description "Desktop client for Amazon DynamoDB and DynamoDB Local"
  --copyright "Dynamo Desk contributors"
  --input "$input" --main-jar dynamodesk.jar --main-class dev.dynamodesk.Main
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

# record_class_list IMAGE: starts the image once (a first run against an in-memory Local, on a
# private virtual display) and records the classes a start loads (-XX:DumpLoadedClassList) in
# lib/app/startup-classes.txt. From that list dynamodesk-cds makes the class data archive: here
# for the image, and at install time for the packages, since Java 17 refuses an archive whose
# class path has moved.
record_class_list() {
  local image=$1 cfg="$1/lib/app/dynamodesk.cfg" list="$1/lib/app/startup-classes.txt"
  local xvfb=()
  if [[ -z ${DISPLAY:-} ]]; then
    command -v xvfb-run >/dev/null || { echo "package.sh: no display and no xvfb-run: no class list, so no class archive (the app starts slower)"; return; }
    xvfb=(xvfb-run -a)
  fi
  local home; home=$(mktemp -d)
  cp "$cfg" "$cfg.orig"
  # A first start (Getting started, sample tables on disk), then a command on those tables: the
  # archive serves the window and the command line alike.
  printf '%s\n' "java-options=-XX:DumpLoadedClassList=$home/window.txt" "java-options=-Ddynamodesk.home=$home" \
    "java-options=-Ddynamodesk.local.port=0" "java-options=-Ddynamodesk.sampleEvents=100" \
    "java-options=-Ddynamodesk.exitWhenReady=true" "java-options=-Ddynamodesk.noKeychain=true" >> "$cfg"
  echo "package.sh: recording the classes of a start and of a command"
  timeout 180 "${xvfb[@]}" "$image/bin/dynamodesk" >"$home/training.out" 2>&1 || echo "package.sh: the recording run ended with $? (see $home/training.out)"
  sed -i "s|DumpLoadedClassList=$home/window.txt|DumpLoadedClassList=$home/command.txt|" "$cfg"
  timeout 120 "$image/bin/dynamodesk" scan UserData --limit 25 --profile local >>"$home/training.out" 2>&1 \
    || echo "package.sh: the recorded command ended with $? (see $home/training.out)"
  mv "$cfg.orig" "$cfg"
  # Both lists, each line once, in the order first seen.
  cat "$home"/window.txt "$home"/command.txt 2>/dev/null | awk '!seen[$0]++' > "$list"
  [[ -s $list ]] && echo "package.sh: $(wc -l < "$list") classes recorded"
}

# add_archive_launcher IMAGE: bin/dynamodesk-cds, the same launcher with its own cfg: the app's
# class path and -Xshare:dump, so that the JVM writes the classes in lib/app/startup-classes.txt
# into the class data archive lib/app/dynamodesk.jsa and ends, running none of the app's code.
# The main launcher then maps that archive instead of reading, checking and linking some 9,000
# classes from jars. (Not jpackage's --add-launcher: that would put it in the desktop menu.)
add_archive_launcher() {
  local app="$1/lib/app"
  cp "$1/bin/dynamodesk" "$1/bin/dynamodesk-cds"
  { sed -n '1,/^\[JavaOptions\]/p' "$app/dynamodesk.cfg"
    printf '%s\n' 'java-options=-Xshare:dump' 'java-options=-XX:SharedClassListFile=$APPDIR/startup-classes.txt' \
      'java-options=-XX:SharedArchiveFile=$APPDIR/dynamodesk.jsa' 'java-options=-Xlog:cds=off'
  } > "$app/dynamodesk-cds.cfg"
}

# The app image first; then each installer from it.
image_args=(--type app-image "${common[@]}")
case $system in
  linux) image_args+=(--java-options "-XX:SharedArchiveFile=\$APPDIR/dynamodesk.jsa -Xshare:auto -Xlog:cds=off") ;;
  windows) image_args+=(--add-launcher dynamodesk-cli=packaging/windows/dynamodesk-cli.properties) ;;
esac
echo "package.sh: building app-image"
jpackage "${image_args[@]}"
case $system in
  linux)
    image="$out/dynamodesk"
    add_archive_launcher "$image"
    record_class_list "$image"
    # The installers carry the list and make the archive where they install (postinst).
    package_image=$(mktemp -d)/dynamodesk
    cp -a "$image" "$package_image"
    if [[ -s $image/lib/app/startup-classes.txt ]]; then
      "$image/bin/dynamodesk-cds" >/dev/null && echo "package.sh: class archive of $(du -h "$image/lib/app/dynamodesk.jsa" | cut -f1)"
    fi ;;
  windows) image="$out/dynamodesk"; package_image=$image ;;
  macos) image="$out/dynamodesk.app"; package_image=$image ;;
esac

for type in "${types[@]}"; do
  [[ $type == app-image ]] && continue
  args=(--type "$type" --app-image "$package_image" --name dynamodesk --app-version "$version" --vendor "Dynamo Desk"
    --description "Desktop client for Amazon DynamoDB and DynamoDB Local" --copyright "Dynamo Desk contributors"
    --dest "$out")
  case $type in
    deb|rpm) args+=(--resource-dir packaging/linux --linux-package-name dynamodesk --linux-app-category devel
        --linux-menu-group "Development" --linux-shortcut --linux-deb-maintainer "dynamodesk@users.noreply.github.com"
        --linux-package-deps libgtk-3-0 --icon packaging/icons/dynamodesk.png) ;;
    msi|exe) args+=(--win-menu --win-menu-group "Dynamo Desk" --win-shortcut --win-dir-chooser
        --win-upgrade-uuid 5e0f5b0e-4c7e-4b8e-9a57-3f3bde1b7a51) ;;
    dmg|pkg) args+=(--mac-package-name "Dynamo Desk" --mac-package-identifier dev.dynamodesk) ;;
  esac
  echo "package.sh: building $type"
  jpackage "${args[@]}"
done
ls -l "$out"
