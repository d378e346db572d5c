#!/usr/bin/env bash
# Renders the icon's SVG source into the PNG sizes the window uses (and jpackage takes on Linux)
# and the ICO that jpackage takes on Windows. Needs rsvg-convert (librsvg2-bin) and ImageMagick.
# The results are committed, so a build machine needs neither; rerun this after editing the SVG.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
png_dir="$here/../../src/main/resources/no/cxday/planner/ui/icons"
mkdir -p "$png_dir"
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" "$here/cxday-planner.svg" -o "$png_dir/cxday-planner-$size.png"
done
convert "$png_dir"/cxday-planner-{16,24,32,48,64,128,256}.png "$here/cxday-planner.ico"
echo "icons written to $png_dir and $here/cxday-planner.ico"
