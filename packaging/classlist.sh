#!/usr/bin/env bash
# Records which classes (and lambda forms) the program loads from its start to the first frame of
# its window with the example plan open. The installer turns this list into a class-data-sharing
# archive (java -Xshare:dump), which is what makes start-up fast.
# The recording run needs no display: it draws on Monocle's headless screen (a test dependency),
# so only the few window-system classes differ from a real start. It writes no settings of yours.
# Usage: packaging/classlist.sh JAR OUTPUT
set -euo pipefail
cd "$(dirname "$0")/.."
jar="$1"
output="$2"

classpath="$(mktemp)"
home="$(mktemp -d)"
trap 'rm -rf "$classpath" "$home"' EXIT
if ! log="$(mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath")"; then
    echo "$log" >&2
    exit 1
fi
monocle="$(tr ':' '\n' < "$classpath" | grep '/openjfx-monocle-')"

XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" timeout 120 java \
    -XX:DumpLoadedClassList="$output" \
    -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dcxday.startupProbe=true \
    -cp "$jar:$monocle" no.cxday.planner.Main docs/examples/cx-dagen-2026.cxplan.json >/dev/null 2>&1

classes="$(grep -vc '^#' "$output")"
(( classes > 1000 )) || { echo "classlist.sh: only $classes classes recorded; did the window open?" >&2; exit 1; }
echo "classlist.sh: $classes classes recorded in $output"
