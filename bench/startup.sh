#!/usr/bin/env bash
# Start-up: process start to the main window laid out with a plan open, against a minimal JavaFX
# program that shows one window, alternately in the same run. Prints each run and the medians.
# Usage: bench/startup.sh [RUNS] [PLAN]   (default 7 runs, the example plan). Needs a display:
# with none, it starts Xvfb (apt-get install xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
plan=${2:-docs/examples/cx-dagen-2026.cxplan.json}
mvn -q -B -DskipTests package
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :97 -screen 0 1366x768x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb' EXIT
  export DISPLAY=:97
  sleep 1
fi
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
measure() {
  local start out
  start=$(date +%s%3N)
  out=$("$@" 2>/dev/null | grep '^shown ')
  echo "$(( $(echo "$out" | awk '{print $2}') - start )) $(echo "$out" | awk '{print $6}')"
}
: > target/startup-app.txt
: > target/startup-minimal.txt
for i in $(seq "$runs"); do
  app=$(measure java -Dcxday.startupProbe=true -jar target/cxday-planner.jar "$plan")
  minimal=$(measure java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
      'no.cxday.planner.bench.MinimalWindow$Launch')
  echo "run $i: app ${app% *} ms (heap ${app#* } MB), minimal ${minimal% *} ms"
  echo "${app% *}" >> target/startup-app.txt
  echo "${minimal% *}" >> target/startup-minimal.txt
done
a=$(median < target/startup-app.txt)
m=$(median < target/startup-minimal.txt)
echo "median: app $a ms, minimal JavaFX window $m ms, ratio $(awk "BEGIN {printf \"%.2f\", $a / $m}")"
