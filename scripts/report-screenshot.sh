#!/usr/bin/env bash
# Screenshots for docs/report.md, taken with headless Chromium (Debian package `chromium`):
#   docs/img/report.png        the report of a baseline run (java -jar target/reesim.jar run)
#   docs/img/report-sweep.png  a sweep report built from a small illustrative stats.csv and sobol.csv
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

mkdir -p "$work/sweep"
cat > "$work/sweep/stats.csv" <<'CSV'
scenario,scenario.enforcementScale,scenario.exportTariffAdd,metric,mean,sd,ci95_lo,ci95_hi,n
s1,0.5,0,mined_unregistered_2010s,5200,400,4914,5486,10
s2,1,0,mined_unregistered_2010s,3900,300,3685,4115,10
s3,2,0,mined_unregistered_2010s,2100,250,1921,2279,10
s4,0.5,0.25,mined_unregistered_2010s,5600,420,5300,5900,10
s5,1,0.25,mined_unregistered_2010s,4300,310,4078,4522,10
s6,2,0.25,mined_unregistered_2010s,2500,260,2314,2686,10
s1,0.5,0,price_domestic_Nd_2015,60,5,56.4,63.6,10
s2,1,0,price_domestic_Nd_2015,66,4,63.1,68.9,10
s3,2,0,price_domestic_Nd_2015,75,6,70.7,79.3,10
s4,0.5,0.25,price_domestic_Nd_2015,52,5,48.4,55.6,10
s5,1,0.25,price_domestic_Nd_2015,57,4,54.1,59.9,10
s6,2,0.25,price_domestic_Nd_2015,64,6,59.7,68.3,10
CSV
cat > "$work/sweep/sobol.csv" <<'CSV'
outcome,parameter,first_order,total
mined_unregistered_2010s,scenario.enforcementScale,0.71,0.78
mined_unregistered_2010s,scenario.exportTariffAdd,0.12,0.2
price_domestic_Nd_2015,scenario.enforcementScale,0.4,0.5
price_domestic_Nd_2015,scenario.exportTariffAdd,0.45,0.55
CSV
java -jar target/reesim.jar report --quiet "$work/sweep"
shot "$work/sweep/report.html" "$PWD/docs/img/report-sweep.png" 1750
