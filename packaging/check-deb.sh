#!/usr/bin/env bash
# Checks the .deb as a user would meet it: installs it with dpkg -i, runs `check` on the example
# plan (and on a broken one) through the launcher and through the menu's start script, sees the
# class-data-sharing archive used and the file type registered, and removes it.
# Needs root. Usage: packaging/check-deb.sh [--skip-build]   (--skip-build reuses target/packaging)
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" != "--skip-build" ]]; then
    packaging/build.sh --skip-jar
fi
deb="$(ls target/packaging/cxday-planner_*.deb)"
launcher=/opt/cxday-planner/bin/cxday-planner
start=/opt/cxday-planner/lib/app/cxday-planner-start

missing=()
for package in libgtk-3-0 xdg-utils; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if (( ${#missing[@]} )); then
    apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi

dpkg -i "$deb"
trap 'dpkg -r cxday-planner >/dev/null 2>&1 || true' EXIT

cfg=/opt/cxday-planner/lib/app/cxday-planner.cfg
grep -q 'SharedArchiveFile=$APPDIR/cxday-planner.jsa' "$cfg" && [[ -f /opt/cxday-planner/lib/app/cxday-planner.jsa ]] \
    || { echo "check-deb: postinst made no class-data-sharing archive" >&2; exit 1; }
# The archive must also be taken, by the launcher and by the menu's start script: a stale or
# mismatched archive is silently ignored by the JVM.
for starter in "$launcher" "$start"; do
    loaded="$(JAVA_TOOL_OPTIONS=-Xlog:class+load=info "$starter" check docs/examples/cx-dagen-2026.cxplan.json 2>&1)" \
        || { echo "check-deb: $starter refused the example plan: $loaded" >&2; exit 1; }
    grep -q 'no.cxday.planner.Main source: shared objects file' <<< "$loaded" \
        || { echo "check-deb: $starter does not load the program from the class-data-sharing archive" >&2; exit 1; }
done
exec_line="$(grep '^Exec=' /opt/cxday-planner/lib/cxday-planner-cxday-planner.desktop)"
[[ "$exec_line" == "Exec=$start %f" ]] || { echo "check-deb: the menu entry starts $exec_line" >&2; exit 1; }
grep -q 'java-options=-XX:TieredStopAtLevel=1' "$cfg" \
    || { echo "check-deb: the launcher does not start with the quick compiler alone" >&2; exit 1; }
broken="$(mktemp --suffix=.cxplan.json)"
echo '{"formatVersion": 1, "title": ' > "$broken"
for starter in "$launcher" "$start"; do
    if "$starter" check "$broken"; then
        echo "check-deb: $starter accepted a broken plan" >&2
        exit 1
    fi
done
filetype="$(xdg-mime query filetype "$broken")"
rm -f "$broken"
[[ "$filetype" == "application/x-cxday-plan+json" ]] || { echo "check-deb: a plan is of type $filetype" >&2; exit 1; }

dpkg -r cxday-planner
[[ ! -e /opt/cxday-planner ]] || { echo "check-deb: /opt/cxday-planner is still there after dpkg -r" >&2; exit 1; }
trap - EXIT
echo "check-deb: $deb installs, checks a plan, registers *.cxplan.json and removes cleanly"
