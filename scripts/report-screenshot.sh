#!/usr/bin/env bash
# Screenshots for docs/report.md, taken with headless Chromium (Debian package `chromium`):
#   docs/img/report.png        the report of a baseline run (java -jar target/reesim.jar run)
#   docs/img/report-sweep.png  the report of a small real sweep (enforcement x export tariff grid, 5 seeds)
# Usage: scripts/report-screenshot.sh        (builds target/reesim.jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v chromium >/dev/null || { echo "chromium not found: apt-get install -y chromium" >&2; exit 2; }
[ -f target/reesim.jar ] || mvn -q -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

shot() { # shot HTML PNG HEIGHT
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$work/profile-$RANDOM" --hide-scrollbars \
    --virtual-time-budget=20000 --window-size=1400,"$3" --screenshot="$2" "file://$1" 2>/dev/null
  echo "wrote $2"
}

java -jar target/reesim.jar run --quiet --out "$work/baseline"
shot "$work/baseline/report.html" "$PWD/docs/img/report.png" 2720

# a real sweep: the enforcement x tariff grid of configs/sweeps/enforcement-tariff.yaml with 5 seeds
sed -e 's/^seeds: 20 /seeds: 5 /' -e "s#^base: ../baseline.yaml#base: $PWD/configs/baseline.yaml#" \
  configs/sweeps/enforcement-tariff.yaml > "$work/grid.yaml"
java -jar target/reesim.jar sweep --quiet --config "$work/grid.yaml" --out "$work/sweep" >/dev/null
shot "$work/sweep/report.html" "$PWD/docs/img/report-sweep.png" 1750
