#!/usr/bin/env bash
# Builds CX Day Planner's installers from the runnable jar, with a small runtime made by jlink.
#   Linux:   an app image and a .deb    (needs fakeroot and dpkg-deb)
#   Windows: an .msi                    (needs the WiX Toolset 3 on PATH; run in Git Bash)
#   macOS:   a .dmg                     (needs Xcode's command line tools for iconutil)
# jpackage builds only for the system it runs on, so each installer is built on its own system.
# Usage: packaging/build.sh [--skip-jar]   Output: target/packaging/
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" != "--skip-jar" ]]; then
    mvn -B -q -DskipTests package
fi
jar=target/cxday-planner.jar
[[ -f "$jar" ]] || { echo "build.sh: $jar is missing; run without --skip-jar" >&2; exit 1; }

# jpackage wants a plain version number: 0.1.0-SNAPSHOT becomes 0.1.0.
pom_version="$(mvn -B -q help:evaluate -Dexpression=project.version -DforceStdout | sed 's/\x1b\[[0-9;]*m//g')"
version="${pom_version%%-*}"

out=target/packaging
rm -rf "$out"
mkdir -p "$out/input"
cp "$jar" "$out/input/"
# The classes the first window loads; the installer makes a class-data-sharing archive of them.
packaging/classlist.sh "$jar" "$out/input/cxday-planner.classlist"

# The JDK modules the jar needs, plus the locale data for Norwegian day and month names.
modules="$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps "$jar"),jdk.localedata"
# JavaFX goes into the runtime as modules: loaded from the class path (the jar's own copy, which
# these then hide), JavaFX warns "Unsupported JavaFX configuration" on every start. Maven's JavaFX
# jars for this system (javafx-base-VERSION-linux.jar and its kin) are those modules; the ones
# without a classifier are empty.
javafx_modules="$out/javafx-modules"
mvn -B -q dependency:copy-dependencies -DincludeGroupIds=org.openjfx -DoutputDirectory="$javafx_modules"
for module_jar in "$javafx_modules"/*.jar; do
    if [[ "$(basename "$module_jar")" =~ ^javafx-[a-z]+-[0-9.]+\.jar$ ]]; then
        rm "$module_jar"
    fi
done
modules="$modules,javafx.controls"
# The runtime gets its own class-data-sharing archive, which shortens start-up.
strip_native=()
if command -v objcopy >/dev/null; then
    strip_native=(--strip-native-debug-symbols "objcopy=$(command -v objcopy)")
fi
jlink --module-path "$javafx_modules" --add-modules "$modules" --include-locales=en,nb,nn,no \
    --strip-debug "${strip_native[@]}" --no-header-files --no-man-pages --compress=2 \
    --generate-cds-archive --output "$out/runtime"

common=(
    --name cxday-planner
    --app-version "$version"
    --vendor "CX Day Planner"
    --copyright "Apache License 2.0"
    --description "Plan, print and review International Customer Experience Day (CX-dagen planlegger)"
)
app_image=(
    "${common[@]}"
    --input "$out/input"
    --main-jar cxday-planner.jar
    --main-class no.cxday.planner.Main
    --runtime-image "$out/runtime"
    # The quick compiler alone: on two cores the optimising one competes with start-up for the CPU
    # (about 0.6 s here); what it would gain later is measured in the README (Performance).
    --java-options -XX:TieredStopAtLevel=1
    # ControlsFX (on the class path) reaches a node's children by reflection, which JavaFX as
    # modules allows only when opened to it.
    --java-options "--add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED"
)
installer=(
    "${common[@]}"
    --license-file LICENSE
    --file-associations packaging/cxplan-association.properties
)

case "$(uname -s)" in
    Linux)
        cp packaging/linux/cxday-planner-start "$out/input/"
        jpackage --type app-image --dest "$out" --icon src/main/resources/no/cxday/planner/ui/icons/cxday-planner-256.png \
            "${app_image[@]}"
        jpackage --type deb --dest "$out" --app-image "$out/cxday-planner" "${installer[@]}" \
            --resource-dir packaging/linux \
            --linux-package-name cxday-planner \
            --linux-deb-maintainer "cxday-planner@example.org" \
            --linux-menu-group "Office" --linux-app-category misc --linux-shortcut \
            --linux-package-deps "libgtk-3-0"
        ;;
    MINGW* | MSYS* | CYGWIN*)
        jpackage --type msi --dest "$out" --icon packaging/icons/cxday-planner.ico "${app_image[@]}" "${installer[@]}" \
            --win-menu --win-menu-group "CX Day Planner" --win-shortcut --win-dir-chooser \
            --win-upgrade-uuid 6f7a3c1e-2b4d-4e8a-9c55-0c1d2e3f4a5b
        ;;
    Darwin)
        iconset="$out/cxday-planner.iconset"
        mkdir -p "$iconset"
        for size in 16 32 128 256; do
            cp "src/main/resources/no/cxday/planner/ui/icons/cxday-planner-$size.png" "$iconset/icon_${size}x${size}.png"
            cp "src/main/resources/no/cxday/planner/ui/icons/cxday-planner-$((size * 2)).png" "$iconset/icon_${size}x${size}@2x.png" 2>/dev/null || true
        done
        iconutil -c icns "$iconset" -o "$out/cxday-planner.icns"
        jpackage --type dmg --dest "$out" --icon "$out/cxday-planner.icns" "${app_image[@]}" "${installer[@]}" \
            --mac-package-identifier no.cxday.planner --mac-package-name "CX Day Planner"
        ;;
    *)
        echo "build.sh: no installer for $(uname -s)" >&2
        exit 1
        ;;
esac
ls -1 "$out"
