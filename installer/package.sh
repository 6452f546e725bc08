#!/usr/bin/env bash
# Builds a self-contained Tickmark app image (and, with --deb, a .deb) with jpackage.
# The image bundles a Java runtime, so the machine it is installed on needs nothing else.
#   installer/package.sh            -> installer/target/Tickmark/ (app image)
#   installer/package.sh --deb      -> installer/target/tickmark_VERSION_amd64.deb as well
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$here/target"
version="$(sed -n 's:.*<version>\([0-9][0-9.]*\)\(-SNAPSHOT\)\{0,1\}</version>.*:\1:p' "$root/pom.xml" | head -1)"
jpackage_bin="${JAVA_HOME:+$JAVA_HOME/bin/}jpackage"

(cd "$root" && ./mvnw -B -q -DskipTests package -pl app -am)

rm -rf "$out" && mkdir -p "$out/input"
cp "$root/app/target/tickmark-app.jar" "$out/input/"
cp "$root"/app/target/lib/*.jar "$out/input/"

common=(--name Tickmark --app-version "$version" --vendor "Tickmark"
  --description "Back-office workstation for algorithmic trading firms"
  --input "$out/input" --main-jar tickmark-app.jar --main-class com.tickmark.app.Main
  --java-options "-Xmx2g -XX:+UseParallelGC" --dest "$out")
if [ -f "$root/src-assets/icons/tickmark.png" ]; then
  common+=(--icon "$root/src-assets/icons/tickmark.png")
fi

"$jpackage_bin" --type app-image "${common[@]}"
echo "App image: $out/Tickmark (run $out/Tickmark/bin/Tickmark)"

if [ "${1:-}" = "--deb" ]; then
  "$jpackage_bin" --type deb "${common[@]}" --linux-shortcut --linux-menu-group Office
  echo "Debian package: $(ls "$out"/*.deb)"
fi
