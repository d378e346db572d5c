#!/usr/bin/env bash
# Checks the .deb as a user would meet it: installs it with dpkg -i, runs `check` on the example
# plan (and on a broken one) through the launcher and through the menu's start script, sees the
# class-data-sharing archive used and the file type registered in the MIME database, and removes
# it (the type with it).
# Needs root. Usage: packaging/check-deb.sh [--skip-build]   (--skip-build reuses target/packaging)
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" != "--skip-build" ]]; then
    packaging/build.sh --skip-jar
fi
deb="$(ls target/packaging/cxday-planner_*.deb)"
launcher=/opt/cxday-planner/bin/cxday-planner
start=/opt/cxday-planner/lib/app/cxday-planner-start

# What installing the package needs on a bare machine, each for its own reason:
#   libgtk-3-0        the package's declared dependency (the window toolkit's native side)
#   xdg-utils         xdg-desktop-menu and xdg-mime, which the postinst calls to register the
#                     menu entry and the *.cxplan.json type
#   shared-mime-info  update-mime-database, which xdg-mime runs to rebuild the MIME database that
#                     every file manager reads; without it the type is copied but never known
missing=()
for package in libgtk-3-0 xdg-utils shared-mime-info; do
    # Installed, not only known: a package removed but not purged still answers dpkg -s.
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if (( ${#missing[@]} )); then
    apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null \
        || { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null; }
fi

# Set before installing: a dpkg -i that fails half-way must not leave the package behind.
trap 'dpkg -r cxday-planner >/dev/null 2>&1 || true' EXIT
dpkg -i "$deb"

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
rm -f "$broken"
# The file type is read from the shared MIME database itself, the one source that GIO, KDE and
# xdg-mime's helpers all consult: `xdg-mime query filetype` answers from whichever helper it finds
# (without libfile-mimeinfo-perl it falls back to `file`, which never reads the database).
plan_type=application/x-cxday-plan+json
glob_type="$(awk -F: '$3 == "*.cxplan.json" { print $2 }' /usr/share/mime/globs2 2>/dev/null)"
[[ "$glob_type" == "$plan_type" ]] \
    || { echo "check-deb: the MIME database gives *.cxplan.json the type '${glob_type:-none}', not $plan_type" >&2; exit 1; }
grep -q "^MimeType=.*$plan_type" /opt/cxday-planner/lib/cxday-planner-cxday-planner.desktop \
    || { echo "check-deb: the menu entry does not open $plan_type files" >&2; exit 1; }

dpkg -r cxday-planner
[[ ! -e /opt/cxday-planner ]] || { echo "check-deb: /opt/cxday-planner is still there after dpkg -r" >&2; exit 1; }
! grep -q ':\*\.cxplan\.json$' /usr/share/mime/globs2 2>/dev/null \
    || { echo "check-deb: *.cxplan.json is still in the MIME database after dpkg -r" >&2; exit 1; }
trap - EXIT
echo "check-deb: $deb installs, checks a plan, registers *.cxplan.json and removes cleanly"
