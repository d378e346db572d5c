#!/usr/bin/env bash
# Start-up: process start to the main window laid out with a plan open, against a minimal JavaFX
# program that shows one window, each alternately in the same run. Prints each run and the medians.
#   app         the jar started as the installer starts it: with the class-data-sharing archive the
#               .deb makes at install (same class list, same command) and the quick compiler alone
#   app (jar)   plain `java -jar`, as `java -jar target/cxday-planner.jar` starts it
#   menu        the installed .deb as its menu entry and a double-clicked plan start it (the start
#               script), when /opt/cxday-planner is there
#   launcher    the installed .deb's jpackage launcher, for the command line
#   minimal     the yardstick, plain `java`; and again with the app's compiler option
# Usage: bench/startup.sh [RUNS] [PLAN]   (default 7 runs, the example plan). Needs a display:
# with none, it starts Xvfb (apt-get install xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
plan=${2:-docs/examples/cx-dagen-2026.cxplan.json}
mvn -q -B -DskipTests package
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
jar=target/cxday-planner.jar
archive=target/bench/cxday-planner.jsa
mkdir -p target/bench
packaging/classlist.sh "$jar" target/bench/cxday-planner.classlist
java -Xshare:dump -XX:SharedClassListFile=target/bench/cxday-planner.classlist -XX:SharedArchiveFile="$archive" \
    -cp "$jar" >/dev/null 2>&1
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :97 -screen 0 1366x768x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb' EXIT
  export DISPLAY=:97
  sleep 1
fi
quick=-XX:TieredStopAtLevel=1
minimal=(-cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" 'no.cxday.planner.bench.MinimalWindow$Launch')
launcher=/opt/cxday-planner/bin/cxday-planner
menu=/opt/cxday-planner/lib/app/cxday-planner-start
names=(app app-jar minimal minimal-quick)
[ -x "$menu" ] && names+=(menu launcher)

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
measure() {
  local start out
  start=$(date +%s%3N)
  out=$("$@" 2>/dev/null | grep '^shown ')
  echo "$(( $(echo "$out" | awk '{print $2}') - start )) $(echo "$out" | awk '{print $6}')"
}
run() {
  case "$1" in
    app) measure java -XX:SharedArchiveFile="$archive" $quick -Dcxday.startupProbe=true -jar "$jar" "$plan" ;;
    app-jar) measure java -Dcxday.startupProbe=true -jar "$jar" "$plan" ;;
    minimal) measure java "${minimal[@]}" ;;
    minimal-quick) measure java $quick "${minimal[@]}" ;;
    menu) JAVA_TOOL_OPTIONS=-Dcxday.startupProbe=true measure "$menu" "$plan" ;;
    launcher) JAVA_TOOL_OPTIONS=-Dcxday.startupProbe=true measure "$launcher" "$plan" ;;
  esac
}
for name in "${names[@]}"; do : > "target/bench/startup-$name.txt"; done
for i in $(seq "$runs"); do
  line="run $i:"
  for name in "${names[@]}"; do
    result=$(run "$name")
    echo "${result% *}" >> "target/bench/startup-$name.txt"
    line+=" $name ${result% *} ms"
    [[ "$name" == app ]] && line+=" (heap ${result#* } MB)"
  done
  echo "$line"
done
declare -A med
for name in "${names[@]}"; do med[$name]=$(median < "target/bench/startup-$name.txt"); done
ratio() { awk "BEGIN {printf \"%.2f\", $1 / $2}"; }
echo "median of $runs: app ${med[app]} ms, minimal JavaFX window ${med[minimal]} ms: ratio $(ratio "${med[app]}" "${med[minimal]}")"
echo "  the minimal window with the app's compiler option: ${med[minimal-quick]} ms, ratio $(ratio "${med[app]}" "${med[minimal-quick]}")"
echo "  plain java -jar: ${med[app-jar]} ms, ratio $(ratio "${med[app-jar]}" "${med[minimal]}")"
if [ -x "$menu" ]; then
  echo "  installed, from the menu: ${med[menu]} ms, ratio $(ratio "${med[menu]}" "${med[minimal]}")"
  echo "  installed, bin/cxday-planner: ${med[launcher]} ms, ratio $(ratio "${med[launcher]}" "${med[minimal]}")"
fi
